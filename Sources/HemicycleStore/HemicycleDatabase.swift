import Foundation
import GRDB

/// The Hemicycle database: one SQLite file in WAL mode, so that reports (other processes, or
/// other `HemicycleDatabase` values) read while an import writes.
///
/// Each value holds one connection (a GRDB `DatabaseQueue`): a command reads or imports on one
/// thread, and a second connection per process (a `DatabasePool`'s readers) cost a fifth of
/// `hemicycle ballot` as a whole process. The file is switched to WAL when it is created; the
/// mode is stored in the file, so later opens find it set.
///
/// Opening checks that the file is Hemicycle's (`PRAGMA application_id`) and that its schema is
/// not newer than this code (`PRAGMA user_version`), then runs the pending migrations.
///
/// A database whose file, or folder, has no write permission (mode `0444`, a folder `0555`) is
/// opened read-only: reports work, an import is refused with ``StoreError/notWritable(path:reason:)``
/// before anything is written. The permission bits are honoured even for root, who could write
/// anyway: a file made read-only is meant to stay as it is.
public final class HemicycleDatabase: Sendable {
    /// The file path.
    public let path: String
    /// The GRDB connection: reads and writes are serialised on it.
    public let queue: DatabaseQueue
    /// Why the database is opened read-only (the file or its folder is not writable), or nil
    /// when it can be written.
    public let readOnlyReason: String?

    /// Test hook, not a user setting: when this environment variable holds a number of pages,
    /// every connection sets `PRAGMA max_page_count` to it, so that a database cannot grow past
    /// its current size and an import fails as on a full disk (`SQLITE_FULL`). SQLite never
    /// lowers the limit below the current size, so `1` means "no room at all".
    public static let maximumPageCountVariable = "HEMICYCLE_TEST_MAX_PAGE_COUNT"

    /// The most of the file SQLite maps into memory for reading, in bytes (1 GiB; address space,
    /// not memory: pages are shared with the system's file cache).
    static let memoryMapSize = 1 << 30

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

    /// Opens (creating if needed) the database at `path`; with `readOnly`, opens an existing,
    /// up-to-date database without ever writing to it (a server's connections), as if its file were
    /// read-only.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.unreadable(path: path, reason: "is a directory, not a database file")
        }
        try HemicycleDatabase.checkForeignFile(path: path)
        readOnlyReason = HemicycleDatabase.readOnlyReason(path: path) ?? (readOnly ? "opened read-only" : nil)
        if readOnlyReason == nil {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw StoreError.notWritable(path: path, reason: error.localizedDescription)
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(HemicycleDatabase.busyTimeout)
        configuration.readonly = readOnlyReason != nil
        let maximumPageCount = ProcessInfo.processInfo.environment[HemicycleDatabase.maximumPageCountVariable].flatMap { Int($0) }
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            if let maximumPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)") }
            // Reads through a memory map instead of a read(2) copy per page: the analytics scan
            // the whole vote table (tens of MB) on every command.
            try db.execute(sql: "PRAGMA mmap_size = \(HemicycleDatabase.memoryMapSize)")
        }
        do {
            queue = try DatabaseQueue(path: readOnlyReason != nil ? HemicycleDatabase.readingPath(path) : path, configuration: configuration)
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path, readOnlyReason: readOnlyReason)
        }
        try migrate()
    }

    /// Where to open a read-only database. Reading a WAL database needs its `-shm` file, which
    /// SQLite creates beside it: impossible in a read-only folder. When neither `-wal` nor `-shm`
    /// exists there, the file alone holds every committed transaction, and nobody can start
    /// writing (that needs the same folder), so it is opened as immutable (an SQLite URI), which
    /// reads it without the `-shm`. Otherwise the plain path.
    static func readingPath(_ path: String) -> String {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: path), !manager.isWritableFile(atPath: folder) || !hasWritePermissionBits(folder),
              !manager.fileExists(atPath: path + "-wal"), !manager.fileExists(atPath: path + "-shm") else { return path }
        return URL(fileURLWithPath: path).absoluteString + "?immutable=1"
    }

    private static func hasWritePermissionBits(_ path: String) -> Bool {
        (fileStatus(path)?.permissions ?? 0o200) & 0o222 != 0
    }

    /// The permission bits (`0o644`) and size in bytes of `path`, nil when it cannot be examined.
    /// Read with stat(2): FileManager's attribute dictionary also looks up the owner's and group's
    /// names, reading `/etc/passwd` and `/etc/group` at every call of every command.
    static func fileStatus(_ path: String) -> (permissions: Int, size: Int)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (Int(status.st_mode) & 0o7777, Int(status.st_size))
    }

    /// Throws ``StoreError/notWritable(path:reason:)`` when the database was opened read-only;
    /// called before an import starts, so that nothing is read in vain.
    public func requireWritable() throws {
        if let readOnlyReason { throw StoreError.notWritable(path: path, reason: readOnlyReason) }
    }

    /// Why the database at `path` cannot be written, judged from permissions before SQLite opens
    /// it: the file exists without write permission, or it must live in (or create files in:
    /// the `-wal` and `-shm` of WAL mode) a folder without write permission. Nil when writable,
    /// or when the folder does not exist yet (it will be created).
    static func readOnlyReason(path: String) -> String? {
        let manager = FileManager.default
        func permissions(_ path: String) -> Int? { fileStatus(path)?.permissions }
        // Write permission for someone in the mode bits, and for this user (access(2)).
        func writable(_ path: String) -> Bool { (permissions(path) ?? 0o200) & 0o222 != 0 && manager.isWritableFile(atPath: path) }
        func why(_ path: String) -> String {
            let mode = String(permissions(path) ?? 0, radix: 8)
            return (permissions(path) ?? 0) & 0o222 == 0 ? "read-only (mode \(mode))" : "not writable by this user (mode \(mode))"
        }
        if manager.fileExists(atPath: path), !writable(path) {
            return "the file is \(why(path))"
        }
        let folder = (URL(fileURLWithPath: path).deletingLastPathComponent().path as NSString).standardizingPath
        if manager.fileExists(atPath: folder), !writable(folder) {
            return "its folder \(folder) is \(why(folder)) (SQLite writes the -wal and -shm files beside the database)"
        }
        return nil
    }

    /// Refuses an existing SQLite file that is not Hemicycle's, before GRDB touches it.
    private static func checkForeignFile(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let size = fileStatus(path)?.size ?? 0
        guard size > 0 else { return }
        let handle = FileHandle(forReadingAtPath: path)
        let head = (try? handle?.read(upToCount: 100)) ?? Data()
        try? handle?.close()
        guard head.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw StoreError.unreadable(path: path, reason: "not an SQLite database")
        }
        guard head.count >= 72 else { throw StoreError.unreadable(path: path, reason: "truncated SQLite header") }
        // The SQLite header stores application_id big-endian at offset 68, user_version at 60.
        var applicationID = head[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        var userVersion = head[60..<64].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        if applicationID != HemicycleSchema.applicationID {
            // The file's header can be stale: in WAL mode, page 1 — the application id with it —
            // stays in the `-wal` file until a checkpoint, so a first import killed before its
            // first checkpoint leaves a main file without the id. SQLite reads the WAL: ask it.
            // An empty database (no schema yet) is fine to adopt; one with tables is not ours.
            let seen = try? DatabaseQueue(path: path).read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
            }
            guard let seen else { throw StoreError.notHemicycleDatabase(path: path) }
            applicationID = seen.0
            userVersion = seen.1
            if applicationID != HemicycleSchema.applicationID, seen.2 > 0 || userVersion != 0 {
                throw StoreError.notHemicycleDatabase(path: path)
            }
        }
        if applicationID == HemicycleSchema.applicationID, Int(userVersion) > HemicycleSchema.version {
            throw StoreError.newerSchema(path: path, found: Int(userVersion), supported: HemicycleSchema.version)
        }
    }

    /// Marks the file as Hemicycle's, in WAL mode, and runs pending migrations. Writes only when
    /// something is pending, so that opening a database for reading never waits for a running
    /// import, and never writes.
    private func migrate() throws {
        do {
            let (applicationID, userVersion, pending) = try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 try !HemicycleSchema.migrator.hasCompletedMigrations(db))
            }
            guard applicationID != HemicycleSchema.applicationID || userVersion != HemicycleSchema.version || pending else { return }
            if let readOnlyReason {
                throw StoreError.notWritable(path: path, reason: "\(readOnlyReason), and the database must first be created or upgraded")
            }
            try queue.writeWithoutTransaction { db in
                // WAL, so that reports read while an import writes; stored in the file, so set
                // once, here, when the database is created (or adopted, or upgraded).
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA application_id = \(HemicycleSchema.applicationID)")
            }
            let rewriting = try queue.read { db in
                try HemicycleSchema.rewritingMigrations.subtracting(HemicycleSchema.migrator.appliedIdentifiers(db))
            }
            let upgrading = userVersion != 0
            try HemicycleSchema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA user_version = \(HemicycleSchema.version)")
                // Outside any transaction, as VACUUM must be; a new store has nothing to give back.
                if upgrading, !rewriting.isEmpty { try db.execute(sql: "VACUUM") }
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path, readOnlyReason: readOnlyReason)
        }
    }

    /// Maps SQLite errors to messages a user can act on (see ``StoreError/init(sqlite:path:readOnlyReason:)``).
    static func translate(_ error: DatabaseError, path: String, readOnlyReason: String? = nil) -> StoreError {
        StoreError(error, path: path, readOnlyReason: readOnlyReason)
    }

    /// Runs `body` in a read transaction; SQLite's errors come out as ``StoreError``s, which say
    /// what a user can do (a damaged page, a locked file) without the SQL of the query.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// The number of ballots stored.
    public func ballotCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot") ?? 0 }
    }
}
