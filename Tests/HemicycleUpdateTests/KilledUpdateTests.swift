import Foundation
import GRDB
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// `hemicycle update` killed (SIGKILL) in another process, during the download or the import:
/// the store is as it was, intact, and the next update succeeds.
@Suite("Killed update", .serialized, .enabled(if: BuiltExecutable.url != nil, "SKIPPED: the hemicycle executable was not found beside the tests"))
struct KilledUpdateTests {
    /// A store holding yesterday's fixture dump, the server that served it, and a snapshot.
    func seeded() async throws -> (FixtureServer, HemicycleDatabase, [String]) {
        let server = FixtureServer()
        try server.start()
        let (database, _, snapshot) = try await FixtureDumps.seeded(server)
        return (server, database, snapshot)
    }

    func launchUpdate(_ server: FixtureServer, database: HemicycleDatabase, legislature: Int) throws -> Process {
        let process = Process()
        process.executableURL = BuiltExecutable.url
        process.arguments = ["update", "--quiet", "--ballots-only", "--db", database.path, "--source", server.base,
                             "--legislature", "\(legislature)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits (at most 60 s) until the server has answered `count` requests.
    func waitForRequests(_ server: FixtureServer, count: Int) async throws {
        for _ in 0..<1200 where server.requests.count < count { try await Task.sleep(nanoseconds: 50_000_000) }
    }

    /// Killed while the server stalls mid-download.
    @Test func killedDuringDownload() async throws {
        let (server, database, before) = try await seeded()
        defer { server.stop() }
        server.serve(try FixtureDumps.today(), at: FixtureDumps.path, behaviour: .stalling)
        let process = try launchUpdate(server, database: database, legislature: FixtureDumps.legislature)
        try await waitForRequests(server, count: 2)
        #expect(process.isRunning, "the update should be waiting for the stalled body")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try FixtureDumps.snapshot(database) == before)
        server.setBehaviour(.normal, at: FixtureDumps.path)
        let summary = try await Updater(database: database, settings: FixtureDumps.settings(server)).run()
        #expect(summary.newBallots.map(\.number) == [9, 10])
    }

    /// Killed at several moments after the real 2026 dump (7,978 ballots) was sent: while it is
    /// checked or imported. The store is as before (or the update had already finished).
    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)), arguments: [0.3, 1.0, 2.5])
    func killedDuringCheckOrImport(after seconds: Double) async throws {
        let (server, database, before) = try await seeded()
        defer { server.stop() }
        server.serve(try Data(contentsOf: SharedData.url("an/Scrutins_XVII_20260702.json.zip")), at: "/17/loi/scrutins/Scrutins.json.zip")
        let process = try launchUpdate(server, database: database, legislature: 17)
        try await waitForRequests(server, count: 2)
        try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let after = try FixtureDumps.snapshot(database)
        // The update logs itself inside its import transaction, so a store that has the log of a
        // second update has the whole import: killed after the commit (while it matched the watches
        // or printed its summary), the update had finished. Anything in between is a loss.
        let committed = try await database.queue.read { db in
            let runs = try Int.fetchOne(db, sql: "SELECT count(*) FROM update_run") ?? 0
            let ballots = try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE legislature = 17") ?? 0
            return runs == 2 && ballots == 7978
        }
        #expect(after == before || committed || !wasRunning, "killed \(seconds) s after the download started: the store changed")
        let integrity = try await database.queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
    }
}
