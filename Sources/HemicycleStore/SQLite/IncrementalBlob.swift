import GRDB
import GRDBSQLite

/// One BLOB of one row, read in place through SQLite's incremental I/O (`sqlite3_blob_read`):
/// a reader takes it in chunks into a buffer of its own instead of receiving the whole value
/// copied into fresh memory (which is what `sqlite3_column_blob` does for a value spread over
/// overflow pages).
///
/// Only valid inside the closure of ``GRDB/Database/withIncrementalBlob(table:column:rowID:_:)``.
struct IncrementalBlob {
    fileprivate let handle: OpaquePointer

    /// The size of the value, in bytes.
    var byteCount: Int { Int(sqlite3_blob_bytes(handle)) }

    /// Copies the `buffer.count` bytes of the value that start at byte `offset` into `buffer`.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        guard let count = Int32(exactly: buffer.count), let start = Int32(exactly: offset) else {
            throw DatabaseError(resultCode: .SQLITE_RANGE, message: "blob range out of bounds: \(offset) + \(buffer.count)")
        }
        let code = sqlite3_blob_read(handle, base, count, start)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "reading a blob at byte \(offset)")
        }
    }
}

extension Database {
    /// Opens, read-only, the value of `column` in the row of `table` whose rowid is `rowID`, and
    /// calls `body` with it (see ``IncrementalBlob``); SQLite errors (no such row, a value that is
    /// not a BLOB or text) are thrown as GRDB's `DatabaseError`.
    func withIncrementalBlob<T>(table: String, column: String, rowID: Int64, _ body: (IncrementalBlob) throws -> T) throws -> T {
        var handle: OpaquePointer?
        let code = sqlite3_blob_open(sqliteConnection, "main", table, column, rowID, 0, &handle)
        guard code == SQLITE_OK, let handle else {
            let message = sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_blob_close(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        defer { sqlite3_blob_close(handle) }
        return try body(IncrementalBlob(handle: handle))
    }
}
