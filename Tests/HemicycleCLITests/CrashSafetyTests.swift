import HemicycleCLITestSupport
import Foundation
import GRDB
import HemicycleStore
import HemicycleTestSupport
import Testing

extension BuiltExecutable {
    static var isAvailable: Bool { url != nil && ShippedDatabase.isAvailable }
}

/// Runs `hemicycle` with arguments in a child process.
func launch(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = BuiltExecutable.url
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = Pipe()
    try process.run()
    return process
}

@Suite("Crash safety and concurrent use", .serialized, .enabled(if: BuiltExecutable.isAvailable, "SKIPPED: the hemicycle executable or datasets/ were not found beside the tests"))
struct CrashSafetyTests {
    let dumps = ["AMO_acteurs_organes_mandats_XVII.json.zip", "Scrutins_XVII_20260702.json.zip"].map { SharedData.datasets.appendingPathComponent($0).path }

    /// A database holding the fixture ballot (legislature 99), and its snapshot.
    func seededDatabase() throws -> (path: String, snapshot: [String]) {
        let path = try SharedData.temporaryFolder().appendingPathComponent("crash.sqlite").path
        _ = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/organe-group.json").path, SharedData.fixture("an/scrutin-quirks.json").path])
        return (path, try Self.snapshot(path))
    }

    static func snapshot(_ path: String) throws -> [String] {
        let queue = try openForReading(path)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var rows: [String] = []
            for table in tables {
                rows.append("\(table): \(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1)")
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1 LIMIT 50").map { "\(table) \($0)" }
            }
            return rows
        }
    }

    /// SIGKILL at several points of a full import: the database is as before, intact, and the
    /// next import succeeds.
    @Test(arguments: [0.3, 1.0, 2.5, 5.0])
    func killedImportLeavesTheDatabaseAsItWas(after seconds: Double) throws {
        let (path, before) = try seededDatabase()
        let process = try launch(["import", "--quiet", "--db", path] + dumps)
        Thread.sleep(forTimeInterval: seconds)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try Self.snapshot(path) == before || !wasRunning, "killed after \(seconds) s: the database changed")
        let integrity = try openForReading(path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        // The next import succeeds and the fixture ballot is still there.
        let output = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/scrutin-quirks.json").path])
        #expect(output.contains("ballots"))
        #expect(try HemicycleDatabase(path: path).ballot("7", legislature: 99).ballot.voters == 4)
    }

    /// Issue 22: a *first* import (a new file) killed at several moments. The file it leaves is
    /// Hemicycle's, intact: the next import succeeds, whatever SIGKILL interrupted (before the
    /// WAL's first checkpoint, the application id is only in the WAL).
    @Test(arguments: [0.3, 0.7, 1.2, 2.5])
    func killedFirstImportLeavesADatabaseTheNextImportUses(after seconds: Double) throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("first.sqlite").path
        let process = try launch(["import", "--quiet", "--db", path] + dumps)
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        if FileManager.default.fileExists(atPath: path) {
            let integrity = try openForReading(path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            #expect(integrity == "ok", "killed after \(seconds) s")
        }
        let output = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/scrutin-quirks.json").path])
        #expect(output.contains("ballots"), "killed after \(seconds) s")
        #expect(try HemicycleDatabase(path: path).ballot("7", legislature: 99).ballot.voters == 4)
    }

    /// Issue 22: `ballots --format csv > /dev/full` exited 0 with nothing written and no message.
    /// A write error on standard output is an error: exit 74, said on standard error.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "SKIPPED: no /dev/full"))
    func aFullStandardOutputIsAnError() throws {
        let (path, _) = try seededDatabase()
        let arguments = ["ballots", "--format", "csv", "--legislature", "99", "--db", path]
        let (status, message) = try runToEnd(arguments, output: FileHandle(forWritingAtPath: "/dev/full"))
        #expect(status == 74)
        #expect(message.contains("cannot write the output: No space left on device"), "\(message)")
        // The same command to a pipe whose reader has gone (`| head`) is not an error of ours.
        let sink = Pipe()
        try sink.fileHandleForReading.close()
        #expect(try runToEnd(arguments, output: sink).status != 74)
    }

    /// Issue 22: error messages quoted crafted names with their raw ESC and BEL (terminal
    /// control); they are shown as visible symbols.
    @Test func errorMessagesShowControlCharactersVisibly() throws {
        let (status, message) = try runToEnd(["import", "--quiet", "--db", try SharedData.temporaryFolder().appendingPathComponent("h.sqlite").path,
                                               "/nonexistent/\u{1B}[31mred\u{07}.json"])
        #expect(status == 66)
        #expect(!message.contains("\u{1B}") && !message.contains("\u{07}"))
        #expect(message.contains("\u{241B}[31mred\u{2407}.json"), "\(message.debugDescription)")
    }

    /// Runs the built `hemicycle` to its end, its standard output to `output` (else nowhere);
    /// returns its exit status and what it wrote to standard error.
    func runToEnd(_ arguments: [String], output: Any? = nil) throws -> (status: Int32, message: String) {
        let process = Process()
        process.executableURL = BuiltExecutable.url
        process.arguments = arguments
        process.standardOutput = output ?? FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    @Test func readersWorkAndASecondImportIsRefusedWhileAnImportRuns() throws {
        let (path, _) = try seededDatabase()
        let first = try launch(["import", "--quiet", "--db", path] + dumps)
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL); first.waitUntilExit() } }
        Thread.sleep(forTimeInterval: 1.0)
        guard first.isRunning else {
            Issue.record("the first import ended too fast to test concurrency")
            return
        }
        // A report reads while the import writes (WAL).
        let report = try hemicycle(["ballot", "7", "--legislature", "99", "--db", path])
        #expect(report.contains("4 voters of 577 seats"))
        // A second import waits for the lock, then stops with a clear message.
        let second = try launch(["import", "--quiet", "--db", path, SharedData.fixture("an/scrutin-po0.json").path])
        second.waitUntilExit()
        let message = String(decoding: (second.standardError as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data(), as: UTF8.self)
        if first.isRunning {
            #expect(second.terminationStatus != 0)
            #expect(message.contains("another import is running"))
        }
    }
}
