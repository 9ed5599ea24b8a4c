import Foundation
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// The real pair of the 17th legislature's ballots dump (2025-11-17, then 2026-07-02), served as
/// the official path by a local server.
@Suite("Update with the real 17th-legislature dumps", .serialized, .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RealDumpPairTests {
    @Test func secondUpdateReportsTheNewBallotsAndTheRepublishedV2() async throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        let path = "/17/loi/scrutins/Scrutins.json.zip"
        let database = try FixtureDumps.store()
        let updater = Updater(database: database, settings: FixtureDumps.settings(server, legislature: 17))

        server.serve(try Data(contentsOf: SharedData.url("an/Scrutins_XVII.json.zip")), at: path)
        let first = try await updater.run()
        #expect(first.newBallots.count == 3876)

        // A campaign's watch, saved before the update that brings the 2030 Olympic Games bill.
        try database.addWatch(Watch(name: "jo", kind: .search, value: "jeux Olympiques"))
        server.serve(try Data(contentsOf: SharedData.url("an/Scrutins_XVII_20260702.json.zip")), at: path)
        let second = try await updater.run()
        let watched = Set(second.watchMatches.first { $0.watch.name == "jo" }?.ballots.map(\.number) ?? [])
        #expect(watched.isSuperset(of: [4800, 4813, 4963]), "\(watched.sorted())")
        #expect(watched.allSatisfy { $0 > 3876 }, "only new ballots are listed")
        #expect(second.newBallots.count == 4102)
        #expect(second.newBallots.first?.number == 3877)
        #expect(second.newBallots.last?.number == 7978)
        #expect(second.changedBallots.map(\.ballot.uid) == ["VTANR5L17V2"])
        #expect(!(second.changedBallots.first?.changes.isEmpty ?? true), "V2's counts changed")
        // The Olympic Games bill's article 35 (the VSA extension) is among the new ballots.
        let olympics = second.newBallots.filter { [4800, 4813, 4963].contains($0.number) }
        #expect(olympics.count == 3)
        #expect(try database.ballotCount() == 7978)

        let third = try await updater.run()
        #expect(!third.changedAnything)
        #expect(third.dumps.map(\.status) == [.notModified])
        #expect(server.requests.last?.status == 304)
        #expect(server.requests.last?.bodyBytes == 0)
    }
}
