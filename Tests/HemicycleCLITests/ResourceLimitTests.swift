import ArgumentParser
import Foundation
import GRDB
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleStore
import HemicycleTestSupport
import Testing

/// Runs the built `hemicycle` with arguments and extra environment variables, and returns its
/// exit status and standard error.
func runHemicycle(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, error: String) {
    let process = Process()
    process.executableURL = BuiltExecutable.url
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, message)
}

/// The error a command throws in-process, and the exit status `hemicycle` gives it.
func failure(_ arguments: [String]) throws -> (message: String, status: Int32) {
    do {
        _ = try hemicycle(arguments)
    } catch {
        return ("\(error)", Hemicycle.exitStatus(for: error) ?? Hemicycle.exitCode(for: error).rawValue)
    }
    Issue.record("hemicycle \(arguments.joined(separator: " ")) did not fail")
    return ("", 0)
}

/// Resource limits: read-only databases, a full disk, missing files, folders and files given one
/// for the other. Every failure names the file, exits with the status documented in
/// `hemicycle --help`, and leaves the database byte for byte as it was.
@Suite("Resource limits", .serialized)
struct ResourceLimitTests {
    let fixtureBallot = SharedData.fixture("an/scrutin-quirks.json").path
    let otherBallot = SharedData.fixture("an/scrutin-po0.json").path

    /// A folder holding a database with the fixture ballot (n° 7 of legislature 99).
    func seededDatabase() throws -> (folder: URL, path: String) {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("limits.sqlite").path
        _ = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/organe-group.json").path, fixtureBallot])
        return (folder, path)
    }

    /// The database file's bytes and row counts, to show that nothing changed.
    func state(_ path: String) throws -> (bytes: Data, ballots: Int, votes: Int) {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let queue = try openForReading(path)
        defer { try? queue.close() }
        let counts = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot") ?? -1, try Int.fetchOne(db, sql: "SELECT count(*) FROM vote") ?? -1)
        }
        return (bytes, counts.0, counts.1)
    }

    func setPermissions(_ mode: Int, _ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func aReadOnlyDatabaseFileRefusesAnImportAndStillAnswersReports() throws {
        let (_, path) = try seededDatabase()
        let before = try state(path)
        try setPermissions(0o444, path)
        defer { try? setPermissions(0o644, path) }

        let (message, status) = try failure(["import", "--quiet", "--db", path, otherBallot])
        #expect(message.contains(path) && message.contains("read-only (mode 444)"), "\(message)")
        #expect(status == 74)
        let after = try state(path)
        #expect(after.bytes == before.bytes && after.ballots == before.ballots, "the database changed")

        let report = try hemicycle(["ballot", "7", "--legislature", "99", "--db", path])
        #expect(report.contains("4 voters of 577 seats"))
    }

    @Test func aDatabaseInAReadOnlyFolderRefusesAnImport() throws {
        let (folder, path) = try seededDatabase()
        let before = try state(path)
        try setPermissions(0o555, folder.path)
        defer { try? setPermissions(0o755, folder.path) }

        let (message, status) = try failure(["import", "--quiet", "--db", path, otherBallot])
        #expect(message.contains(path) && message.contains("folder") && message.contains("read-only"), "\(message)")
        #expect(status == 74)
        #expect(try state(path).bytes == before.bytes, "the database changed")
        // A new database cannot be created there either.
        let (created, createdStatus) = try failure(["import", "--quiet", "--db", folder.appendingPathComponent("new.sqlite").path, otherBallot])
        #expect(created.contains("new.sqlite") && created.contains("read-only"), "\(created)")
        #expect(createdStatus == 74)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.sqlite").path))
    }

    /// SQLite cannot create the `-shm` file that reading a WAL database needs in a read-only
    /// folder; the database is then opened immutable, and reports work without writing anything.
    @Test func aReportOnADatabaseInAReadOnlyFolderWorks() throws {
        let (folder, path) = try seededDatabase()
        let before = try state(path)
        let companions = [path + "-wal", path + "-shm"]
        // Everything is in the main file once the import's connections are closed.
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        try #require(walSize == 0, "the -wal file still holds transactions")
        for file in companions { try? FileManager.default.removeItem(atPath: file) }
        try setPermissions(0o555, folder.path)
        defer { try? setPermissions(0o755, folder.path) }

        let report = try hemicycle(["ballot", "7", "--legislature", "99", "--db", path])
        #expect(report.contains("4 voters of 577 seats"))
        #expect(companions.allSatisfy { !FileManager.default.fileExists(atPath: $0) }, "nothing written beside the database")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before.bytes)
    }

    /// The test hook caps the database a few pages above its current size: opening succeeds
    /// (GRDB writes a page when it first opens a WAL database), then the import of 60 ballots
    /// runs out of room inside its transaction, as on a full disk.
    @Test func lawTextsThatCannotBeReadHaveTheirStatus() throws {
        // XML that is not UTF-8 (it made Foundation's XML parser trap): bad input data.
        let invalid = SharedData.fixture("legislation/akn-invalid-utf8-name.xml").path
        let (message, status) = try failure(["law", "diff", invalid, invalid])
        #expect(message == "\(invalid): not an Akoma Ntoso document: not valid UTF-8 at byte 45", "\(message)")
        #expect(status == 65)
        let missing = try SharedData.temporaryFolder().appendingPathComponent("absent.xml").path
        let (missingMessage, missingStatus) = try failure(["law", "diff", missing, invalid])
        #expect(missingMessage == "\(missing): cannot read the file", "\(missingMessage)")
        #expect(missingStatus == 66)
    }

    @Test(.enabled(if: BuiltExecutable.url != nil, "SKIPPED: the hemicycle executable was not found beside the tests"))
    func aFullDiskFailsTheImportAndLeavesTheDatabaseAsItWas() throws {
        let (folder, path) = try seededDatabase()
        let before = try CrashSafetyTests.snapshot(path)
        let pages = try openForReading(path).read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        let dump = folder.appendingPathComponent("dump")
        try FileManager.default.createDirectory(at: dump, withIntermediateDirectories: true)
        let ballot = try String(contentsOfFile: otherBallot, encoding: .utf8)
        for number in 1...60 {
            try ballot.replacingOccurrences(of: "\"uid\": \"VTANR5L99V11\", \"numero\": \"11\"",
                                            with: "\"uid\": \"VTANR5L99V\(1000 + number)\", \"numero\": \"\(1000 + number)\"").write(
                to: dump.appendingPathComponent("V\(number).json"), atomically: false, encoding: .utf8)
        }
        let (status, message) = try runHemicycle(["import", "--quiet", "--db", path, dump.path],
                                                 environment: [HemicycleDatabase.maximumPageCountVariable: "\(pages + 4)"])
        #expect(status == 74)
        #expect(message.contains("\(path): cannot write the database: the disk is full"), "\(message)")
        #expect(try CrashSafetyTests.snapshot(path) == before, "the database changed")
        #expect(try openForReading(path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        // With room again, the same import succeeds.
        #expect(try hemicycle(["import", "--quiet", "--db", path, dump.path]).contains("ballots"))
    }

    @Test func aMissingDumpIsNamedAndChangesNothing() throws {
        let (folder, path) = try seededDatabase()
        let before = try state(path)
        let missing = folder.appendingPathComponent("no-such-dump.json.zip").path
        let (message, status) = try failure(["import", "--quiet", "--db", path, otherBallot, missing])
        #expect(message == "\(missing): no such file or directory")
        #expect(status == 66)
        #expect(try state(path).ballots == before.ballots)
    }

    @Test func aFolderGivenAsTheDatabaseIsRefused() throws {
        let folder = try SharedData.temporaryFolder()
        let (message, status) = try failure(["ballot", "7", "--db", folder.path])
        #expect(message.contains(folder.path) && message.contains("is a directory"), "\(message)")
        #expect(status == 66)
    }

    @Test func aFileGivenAsTheOutputFolderIsAUsageError() throws {
        let (folder, path) = try seededDatabase()
        let file = folder.appendingPathComponent("exports")
        try Data("a file".utf8).write(to: file)
        let (message, status) = try failure(["export", "ballots", "--db", path, "--legislature", "99", "--output", file.path])
        #expect(message.contains("cannot create the folder \(file.path)"), "\(message)")
        #expect(status == 64)
        #expect(try String(contentsOf: file, encoding: .utf8) == "a file", "the file was overwritten")
        // A folder given where the output file is expected.
        let (pageMessage, pageStatus) = try failure(["report", "7", "--legislature", "99", "--db", path, "--output", folder.path])
        #expect(pageMessage.contains("cannot write \(folder.path)"), "\(pageMessage)")
        #expect(pageStatus == 64)
    }

    @Test func malformedInputIsBadData() throws {
        let (_, path) = try seededDatabase()
        let (message, status) = try failure(["import", "--quiet", "--db", path, SharedData.fixture("an/scrutin-truncated.json").path])
        #expect(message.contains("scrutin-truncated.json") && message.contains("invalid JSON"), "\(message)")
        #expect(status == 65)
    }

    @Test(.enabled(if: BuiltExecutable.url != nil, "SKIPPED: the hemicycle executable was not found beside the tests"))
    func theProcessExitsWithTheDocumentedStatus() throws {
        let (folder, path) = try seededDatabase()
        let missing = try runHemicycle(["import", "--quiet", "--db", path, folder.appendingPathComponent("absent.json").path])
        #expect(missing.status == 66)
        #expect(missing.error.contains("absent.json: no such file or directory"), "\(missing.error)")
        let usage = try runHemicycle(["ballot", "--no-such-option"])
        #expect(usage.status == 64)
        let unknown = try runHemicycle(["ballot", "99999", "--legislature", "99", "--db", path])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("99999"), "\(unknown.error)")
        let help = try runHemicycle(["--help"])
        #expect(help.status == 0)
    }

    @Test func theExitCodesAreDocumentedInTheHelp() {
        let help = Hemicycle.helpMessage()
        for line in ["0   success", "64  usage", "65  bad input data", "66  input missing or unreadable", "74  the database cannot be written", "75  another import is running"] {
            #expect(help.contains(line), "hemicycle --help: \(line)")
        }
    }
}
