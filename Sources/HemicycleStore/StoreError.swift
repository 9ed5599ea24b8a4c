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
