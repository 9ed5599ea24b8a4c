import Foundation
import GRDB

/// The Hemicycle database: one SQLite file, opened through GRDB in WAL mode so that reports can
/// read while an import writes.
///
/// Opening checks that the file is Hemicycle's (`PRAGMA application_id`) and that its schema is
/// not newer than this code (`PRAGMA user_version`), then runs the pending migrations.
public final class HemicycleDatabase: Sendable {
    /// The file path.
    public let path: String
    /// The GRDB connection pool (one writer, concurrent readers).
    public let pool: DatabasePool

    /// How long a connection waits for another one's lock before failing with
    /// ``StoreError/busy(path:)``, in seconds: a second import waits this long for the first.
    public static let busyTimeout: TimeInterval = 10

    /// The default location: `$HEMICYCLE_DB`, else `$XDG_DATA_HOME/hemicycle/hemicycle.sqlite`,
    /// else `~/.local/share/hemicycle/hemicycle.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["HEMICYCLE_DB"], !explicit.isEmpty { return explicit }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { "\($0)/.local/share" } ?? FileManager.default.temporaryDirectory.path)
        return "\(dataHome)/hemicycle/hemicycle.sqlite"
    }

    /// Opens (creating if needed) the database at `path`.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.unreadable(path: path, reason: "is a directory, not a database file")
        }
        try HemicycleDatabase.checkForeignFile(path: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.notWritable(path: path, reason: error.localizedDescription)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(HemicycleDatabase.busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
        try migrate()
    }

    /// Refuses an existing SQLite file that is not Hemicycle's, before GRDB touches it.
    private static func checkForeignFile(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        let handle = FileHandle(forReadingAtPath: path)
        let head = (try? handle?.read(upToCount: 100)) ?? Data()
        try? handle?.close()
        guard head.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw StoreError.unreadable(path: path, reason: "not an SQLite database")
        }
        guard head.count >= 72 else { throw StoreError.unreadable(path: path, reason: "truncated SQLite header") }
        // The SQLite header stores application_id big-endian at offset 68, user_version at 60.
        let applicationID = head[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        let userVersion = head[60..<64].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        if applicationID != HemicycleSchema.applicationID {
            // An empty database (no schema yet) is fine to adopt; one with tables is not ours.
            let hasTables: Bool = (try? DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            }) ?? 1 > 0
            if hasTables || userVersion != 0 { throw StoreError.notHemicycleDatabase(path: path) }
        } else if Int(userVersion) > HemicycleSchema.version {
            throw StoreError.newerSchema(path: path, found: Int(userVersion), supported: HemicycleSchema.version)
        }
    }

    /// Marks the file as Hemicycle's and runs pending migrations. Writes only when something is
    /// pending, so that opening a database for reading never waits for a running import.
    private func migrate() throws {
        do {
            let (applicationID, userVersion, pending) = try pool.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 try !HemicycleSchema.migrator.hasCompletedMigrations(db))
            }
            guard applicationID != HemicycleSchema.applicationID || userVersion != HemicycleSchema.version || pending else { return }
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(HemicycleSchema.applicationID)")
            }
            try HemicycleSchema.migrator.migrate(pool)
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA user_version = \(HemicycleSchema.version)")
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// Maps SQLite errors to messages a user can act on.
    static func translate(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .notWritable(path: path, reason: error.message ?? "read-only")
        case .SQLITE_FULL:
            return .notWritable(path: path, reason: "the disk is full")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .unreadable(path: path, reason: error.message ?? "damaged")
        default:
            return .unreadable(path: path, reason: error.description)
        }
    }

    /// The number of ballots stored.
    public func ballotCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot") ?? 0 }
    }
}
