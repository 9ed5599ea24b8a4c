import GRDB
import GRDBSQLite

/// Binds the parameters of a prepared statement with SQLite's own functions: GRDB's
/// `StatementArguments` box every value of every row, which cost more than SQLite's insertion
/// itself for the ~650,000 votes of a legislature.
///
/// Parameters are numbered from 1, as in SQLite. ``Statement/executeRaw(_:)`` clears the
/// bindings before each row, so that a parameter left unbound is NULL, never the previous row's.
struct RawBinder {
    fileprivate let statement: SQLiteStatement

    /// Binds text (SQLite copies it), or NULL for nil.
    func bind(_ index: Int32, _ text: String?) {
        guard var text else { sqlite3_bind_null(statement, index); return }
        text.withUTF8 { bytes in
            // SQLITE_TRANSIENT (-1): SQLite copies the bytes before this call returns.
            let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
            guard let base = bytes.baseAddress else {
                _ = sqlite3_bind_text(statement, index, "", 0, transient)
                return
            }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(statement, index, chars, Int32(bytes.count), transient)
            }
        }
    }

    /// Binds an integer, or NULL for nil.
    func bind(_ index: Int32, _ value: Int?) {
        guard let value else { sqlite3_bind_null(statement, index); return }
        sqlite3_bind_int64(statement, index, Int64(value))
    }

    /// Binds a boolean as 0 or 1.
    func bind(_ index: Int32, _ value: Bool) {
        sqlite3_bind_int64(statement, index, value ? 1 : 0)
    }
}

extension Statement {
    /// Binds the parameters with `bind` and runs the statement once (see ``RawBinder``).
    /// SQLite errors (a constraint, a full disk) are thrown as GRDB's `DatabaseError`.
    func executeRaw(_ bind: (RawBinder) -> Void) throws {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        bind(RawBinder(statement: handle))
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = sqlite3_db_handle(handle).map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
        sqlite3_reset(handle)
    }
}
