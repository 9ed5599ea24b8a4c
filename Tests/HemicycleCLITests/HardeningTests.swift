import ArgumentParser
import Foundation
import GRDB
import HemicycleCLI
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
}
