import GRDB

/// Why the store cannot be used. Every message names the database file.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is an SQLite database of another application.
    case notHemicycleDatabase(path: String)
    /// The database was written by a newer Hemicycle whose schema this version does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file is not an SQLite database at all, or is damaged.
    case unreadable(path: String, reason: String)
    /// The database cannot be written (read-only file or folder, full disk…).
    case notWritable(path: String, reason: String)
    /// Another import holds the write lock.
    case busy(path: String)
    /// A ballot, deputy or group was not found.
    case notFound(String)
    /// The store is empty: nothing has been imported.
    case empty(path: String)
    /// A text that should name a ballot does not (see ``HemicycleModel/BallotReference``): a usage error.
    case invalidReference(String)

    public var description: String {
        switch self {
        case .notHemicycleDatabase(let path):
            return "\(path): this SQLite database was not created by Hemicycle; refusing to touch it (use --db to choose another file)"
        case .newerSchema(let path, let found, let supported):
            return "\(path): the database has schema version \(found), newer than this Hemicycle supports (\(supported)); upgrade Hemicycle or use another --db"
        case .unreadable(let path, let reason):
            return "\(path): not a readable Hemicycle database: \(reason)"
        case .notWritable(let path, let reason):
            return "\(path): cannot write the database: \(reason)"
        case .busy(let path):
            return "\(path): another import is running on this database; try again when it ends"
        case .notFound(let what):
            return what
        case .empty(let path):
            return "\(path): the database holds no ballots yet; run `hemicycle import PATH…`"
        case .invalidReference(let reason):
            return reason
        }
    }
}

extension StoreError {
    /// The error a user can act on for one of SQLite's, or nil when `error` is not SQLite's.
    ///
    /// A failed *write* (a full disk shows as `SQLITE_FULL`, or as a "disk I/O error" when the
    /// write-ahead log cannot grow) means the database cannot be written (exit 74); a failed read,
    /// a damaged page or a file that is not a database means it cannot be read (65); a lock, that
    /// another process is using it. SQLite's text is kept, the SQL of the query is not (it says
    /// nothing a user can act on, and would print data from the query).
    ///
    /// - Parameters:
    ///   - path: the database file, named in the message.
    ///   - readOnlyReason: why the database was opened read-only, when it was (said instead of
    ///     SQLite's "attempt to write a readonly database").
    public init?(sqlite error: any Error, path: String, readOnlyReason: String? = nil) {
        guard let error = error as? DatabaseError else { return nil }
        self.init(error, path: path, readOnlyReason: readOnlyReason)
    }

    /// The error a user can act on for SQLite's `error` (see ``init(sqlite:path:readOnlyReason:)``).
    init(_ error: DatabaseError, path: String, readOnlyReason: String? = nil) {
        let said = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
        switch error.extendedResultCode {
        case .SQLITE_IOERR_READ, .SQLITE_IOERR_SHORT_READ:
            self = .unreadable(path: path, reason: "the file cannot be read (\(said))")
            return
        default:
            break
        }
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            self = .notWritable(path: path, reason: readOnlyReason ?? said)
        case .SQLITE_FULL:
            self = .notWritable(path: path, reason: "the disk is full")
        case .SQLITE_IOERR:
            self = .notWritable(path: path, reason: "\(said) while writing (is the disk full?)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .unreadable(path: path, reason: "the database is damaged (\(said)); `hemicycle check` reports what, and deleting the file rebuilds it from the dumps")
        default:
            self = .unreadable(path: path, reason: said)
        }
    }
}
