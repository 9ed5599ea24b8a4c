import GRDB
import HemicycleStore
import Testing

/// SQLite's errors, as a user reads them: each mapped to what can be done about it, with the exit
/// status the CLI documents (74: cannot write; 65: damaged; 75: busy).
@Suite("SQLite errors translated")
struct StoreErrorTests {
    /// Issue 22: a full disk during a first import surfaced as SQLite's "disk I/O error" (a write
    /// to the WAL failing with ENOSPC), reported as an unreadable database (65) instead of one
    /// that cannot be written (74).
    @Test(arguments: [ResultCode.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE, .SQLITE_IOERR, .SQLITE_FULL])
    func aWriteFailureIsNotWritable(_ code: ResultCode) {
        let error = StoreError(sqlite: DatabaseError(resultCode: code, message: "disk I/O error"), path: "h.sqlite")
        guard case .notWritable(let path, let reason) = error else {
            Issue.record("\(code) gave \(String(describing: error))")
            return
        }
        #expect(path == "h.sqlite" && !reason.isEmpty)
    }

    @Test(arguments: [ResultCode.SQLITE_IOERR_READ, .SQLITE_IOERR_SHORT_READ, .SQLITE_CORRUPT, .SQLITE_NOTADB])
    func aReadFailureOrDamageIsUnreadable(_ code: ResultCode) {
        let error = StoreError(sqlite: DatabaseError(resultCode: code, message: "database disk image is malformed", sql: "SELECT secret FROM t"),
                               path: "h.sqlite")
        guard case .unreadable(_, let reason) = error else {
            Issue.record("\(code) gave \(String(describing: error))")
            return
        }
        #expect(!reason.contains("SELECT"), "the SQL of the query is not the user's concern")
    }

    @Test func otherErrorsAreNotSQLite() {
        struct Other: Error {}
        #expect(StoreError(sqlite: Other(), path: "h.sqlite") == nil)
    }
}
