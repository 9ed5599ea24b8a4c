import GRDB
import GRDBSQLite

/// A row of a raw scan: column values read straight from the SQLite statement, without building
/// a GRDB `Row` per row. Used where hundreds of thousands of rows are read (the votes of a
/// legislature), where GRDB's per-row access cost most of the load time.
///
/// A `RawRow` is only valid inside the closure it is given to.
struct RawRow {
    fileprivate let statement: SQLiteStatement

    /// Whether column `i` (from 0) is NULL.
    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(statement, i) == SQLITE_NULL }

    /// Column `i` as an integer (0 for NULL).
    func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(statement, i)) }

    /// Column `i` as an integer, nil for NULL.
    func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : int(i) }

    /// Column `i` as a boolean (a non-zero integer).
    func bool(_ i: Int32) -> Bool { sqlite3_column_int64(statement, i) != 0 }

    /// Column `i` as text ("" for NULL).
    func text(_ i: Int32) -> String {
        withBytes(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Column `i` as text, nil for NULL.
    func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }

    /// Calls `body` with the UTF-8 bytes of column `i` (empty for NULL), without copying them.
    func withBytes<T>(_ i: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        // sqlite3_column_text before sqlite3_column_bytes: the order SQLite documents.
        guard let pointer = sqlite3_column_text(statement, i) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, i))))
    }

    /// Calls `body` with the bytes of BLOB column `i` (empty for NULL or an empty blob), without
    /// copying them.
    func withBlob<T>(_ i: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        // sqlite3_column_blob before sqlite3_column_bytes, as for text.
        guard let pointer = sqlite3_column_blob(statement, i) else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, i))))
    }
}

extension Database {
    /// Runs `sql` with `arguments` and calls `body` with each row, read through SQLite's column
    /// functions directly (see ``RawRow``). SQLite errors are thrown as GRDB's `DatabaseError`.
    func scanRaw(sql: String, arguments: StatementArguments = StatementArguments(), _ body: (RawRow) throws -> Void) throws {
        let statement = try makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = sqlite3_db_handle(handle).map { String(cString: sqlite3_errmsg($0)) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            try body(RawRow(statement: handle))
        }
    }

    /// The rows of `sql`, each made into a value by `decode` from a ``RawRow``.
    func fetchAllRaw<Value>(sql: String, arguments: StatementArguments = StatementArguments(),
                            _ decode: (RawRow) throws -> Value) throws -> [Value] {
        var values: [Value] = []
        try scanRaw(sql: sql, arguments: arguments) { values.append(try decode($0)) }
        return values
    }
}
