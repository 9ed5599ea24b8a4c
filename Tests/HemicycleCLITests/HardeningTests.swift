import ArgumentParser
import Foundation
import GRDB
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleImport
import HemicycleTestSupport
import Testing

/// Defects of issue 22's second hardening round, each reproduced first.
@Suite("Hardening, second round")
struct HardeningTests {
    /// `--db ""` built a temporary database that SQLite deletes at exit: an import vanished.
    @Test func anEmptyDatabasePathIsAUsageError() throws {
        #expect {
            try hemicycle(["ballots", "--db", ""])
        } throws: { error in
            Hemicycle.message(for: error).contains("--db needs a file name") && Hemicycle.exitCode(for: error).rawValue == 64
        }
    }

    /// A FIFO given to `import` (`import <(cat f.json)`) blocked forever while holding the import
    /// lock; it is refused before anything is read or locked.
    @Test func aPipeIsRefusedBeforeTheImportLocksTheDatabase() throws {
        let folder = try SharedData.temporaryFolder()
        let fifo = folder.appendingPathComponent("dump.json").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let database = folder.appendingPathComponent("h.sqlite").path
        #expect {
            try hemicycle(["import", "--quiet", "--db", database, fifo])
        } throws: { error in
            guard let error = error as? ImportError, case .unreadable(let path, let reason) = error else { return false }
            return path == fifo && reason.contains("a pipe or a device") && Hemicycle.exitStatus(for: error) == 66
        }
        // Nothing holds the lock: the next import works.
        let output = try hemicycle(["import", "--quiet", "--db", database, SharedData.fixture("an/scrutin-quirks.json").path])
        #expect(output.contains("ballots"))
    }

    /// Issue 22: a damaged page made commands exit 1 with SQLite's raw message and the SQL of the
    /// query. A damaged database is bad input (65), said plainly, with what to do.
    @Test func aDamagedPageIsBadInputSaidPlainly() throws {
        let folder = try SharedData.temporaryFolder()
        let database = folder.appendingPathComponent("h.sqlite").path
        _ = try hemicycle(["import", "--quiet", "--db", database, SharedData.fixture("an/organe-group.json").path,
                           SharedData.fixture("an/scrutin-quirks.json").path])
        // The root page of the `ballot` table overwritten with garbage: the database opens, and
        // the first query of the ballots meets the damage.
        let rootPage = try #require(try openForReading(database).read { db in
            try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'ballot'")
        })
        let pageSize = 4096
        let handle = try #require(FileHandle(forUpdatingAtPath: database))
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: pageSize))
        try handle.close()
        #expect {
            try hemicycle(["ballots", "--db", database, "--legislature", "99"])
        } throws: { error in
            let message = Hemicycle.message(for: error)
            return (Hemicycle.exitStatus(for: error) ?? Hemicycle.exitCode(for: error).rawValue) == 65 && message.contains("damaged") && !message.contains("SELECT")
        }
    }

    /// Issue 22: nothing verified a store. `check` passes on a sound one, and fails (exit 1)
    /// naming what is wrong: packed votes that no longer match their checksums, a damaged page.
    @Test func checkVerifiesTheStore() throws {
        let folder = try SharedData.temporaryFolder()
        let database = folder.appendingPathComponent("h.sqlite").path
        _ = try hemicycle(["import", "--quiet", "--db", database, SharedData.fixture("an/organe-group.json").path,
                           SharedData.fixture("an/scrutin-quirks.json").path])
        func check() throws -> (passed: Bool, json: [String: Any]) {
            do {
                let text = try hemicycle(["check", "--db", database, "--format", "json"])
                return (true, try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
            } catch let error as ExitCode where error == .failure {
                return (false, [:])
            }
        }
        let sound = try check()
        #expect(sound.passed && sound.json["passed"] as? Bool == true)
        let packed = try #require(sound.json["packed_votes"] as? [[String: Any]])
        #expect(packed.map { $0["state"] as? String } == ["ok"])
        #expect(try hemicycle(["check", "--db", database]).contains("The store is sound."))

        // One bit of the packed votes flipped: the check fails and says which legislature.
        let queue = try DatabaseQueue(path: database)
        try queue.write { db in
            var blob = try #require(try Data.fetchOne(db, sql: "SELECT group_entries FROM packed_votes"))
            blob[blob.startIndex + 17] ^= 0x01
            try db.execute(sql: "UPDATE packed_votes SET group_entries = ?", arguments: [blob])
        }
        try queue.close()
        let damaged = try check()
        #expect(!damaged.passed)
        let text = try? hemicycle(["check", "--db", database])
        #expect(text == nil, "a failed check throws (exit 1)")
        let sink = TextSink.collecting()
        _ = try? Console.$output.withValue(sink) {
            var command = try Hemicycle.parseAsRoot(["check", "--db", database])
            try command.run()
        }
        #expect(sink.text.contains("Packed votes, legislature 99") && sink.text.contains("DAMAGED"))
    }

    /// Issue 22: `ballot -1` said "Missing expected argument '<reference>'" (ArgumentParser reads
    /// `-1` as an option); the error now says what is wrong with the number.
    @Test(arguments: [["ballot", "-1"], ["ballots", "--limit", "-5"], ["whatif", "-773"]])
    func aNegativeNumberIsNamed(_ arguments: [String]) throws {
        #expect {
            try hemicycle(arguments)
        } throws: { error in
            let message = Hemicycle.message(for: error)
            return message.contains("is a negative number") && message.contains("'\(arguments.last ?? "")'")
                && Hemicycle.exitCode(for: error).rawValue == 64
        }
    }
}
