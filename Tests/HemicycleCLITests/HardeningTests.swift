import ArgumentParser
import Foundation
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
}
