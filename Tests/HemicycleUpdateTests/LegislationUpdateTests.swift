import Foundation
import GRDB
import HemicycleImport
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// `update --legislation` against a local server: the dossiers and amendments dumps fetched with
/// the ballots' machinery (conditional requests, checks) and imported in the same transaction.
@Suite("Update of the legislation from a local server", .serialized)
struct LegislationUpdateTests {
    let server = FixtureServer()

    init() throws { try server.start() }

    /// Ballots, dossiers and amendments of legislature 99.
    func settings() -> UpdateSettings {
        var settings = FixtureDumps.settings(server)
        settings.kinds = [.ballots] + DumpKind.legislation
        return settings
    }

    /// Serves yesterday's three dumps.
    func serveYesterday() throws {
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path)
        server.serve(try FixtureLegislationDumps.dossiersYesterday(), at: FixtureLegislationDumps.dossiersPath)
        server.serve(try FixtureLegislationDumps.amendmentsYesterday(), at: FixtureLegislationDumps.amendmentsPath)
    }

    /// A store updated with yesterday's three dumps, its updater and snapshot; then the server
    /// serves today's sound ballots and dossiers (the test serves the amendments).
    func seededThenTodaysVotesAndDossiers() async throws -> (HemicycleDatabase, Updater, [String]) {
        let database = try FixtureDumps.store()
        let updater = Updater(database: database, settings: settings())
        try serveYesterday()
        _ = try await updater.run()
        let before = try FixtureDumps.snapshot(database)
        server.serve(try FixtureDumps.today(), at: FixtureDumps.path)
        server.serve(try FixtureLegislationDumps.dossiersToday(), at: FixtureLegislationDumps.dossiersPath)
        return (database, updater, before)
    }

    /// The update log's legislation counts of the last run.
    func loggedLegislation(_ database: HemicycleDatabase) throws -> [Int] {
        try database.queue.read { db in
            try Row.fetchOne(db, sql: """
                SELECT new_dossiers, changed_dossiers, new_documents, changed_documents, new_amendments, changed_amendments
                FROM update_run ORDER BY id DESC LIMIT 1
                """).map { row in (0..<6).map { row[$0] as Int } } ?? []
        }
    }

    /// First import, then 304 for every dump (nothing changed, no body), then a changed dossiers
    /// dump: the new and the changed dossier counted, the unchanged amendments not downloaded.
    @Test func firstThenNotModifiedThenChanged() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let updater = Updater(database: database, settings: settings())
        try serveYesterday()

        let first = try await updater.run()
        #expect(first.dumps.map(\.kind) == [.ballots, .dossiers, .amendments])
        #expect(first.dumps.map(\.status) == [.imported, .imported, .imported])
        #expect(first.newBallots.map(\.number) == [7, 8])
        #expect(first.legislation == LegislationChanges(newDossiers: 2, newAmendments: 2))
        #expect(try database.dossierCount() == 2)
        #expect(try loggedLegislation(database) == [2, 0, 0, 0, 2, 0])
        // The stored records name the URL they came from, not the temporary copy.
        let dossierDump = try await database.queue.read { db in
            try String.fetchOne(db, sql: "SELECT dump.path FROM dossier JOIN dump ON dump.id = dossier.dump_id LIMIT 1")
        }
        #expect(dossierDump == server.base + FixtureLegislationDumps.dossiersPath)

        let second = try await updater.run()
        #expect(second.dumps.map(\.status) == [.notModified, .notModified, .notModified])
        #expect(!second.changedAnything)
        #expect(second.legislation == nil)
        #expect(server.requests.suffix(3).map(\.status) == [304, 304, 304])
        #expect(server.requests.suffix(3).allSatisfy { $0.bodyBytes == 0 && $0.ifNoneMatch != nil })

        server.serve(try FixtureLegislationDumps.dossiersToday(), at: FixtureLegislationDumps.dossiersPath)
        let third = try await updater.run()
        #expect(third.dumps.map(\.status) == [.notModified, .imported, .notModified])
        #expect(third.legislation == LegislationChanges(newDossiers: 1, changedDossiers: 1))
        #expect(third.newBallots.isEmpty && third.changedBallots.isEmpty)
        #expect(try database.dossierCount() == 3)
        #expect(try loggedLegislation(database) == [1, 1, 0, 0, 0, 0])
        let kinds = try database.freshness().updatedDumps.map(\.kind)
        #expect(Set(kinds) == ["ballots", "dossiers", "amendments"])
    }

    /// A server that ignores validators sends the same legislation bytes: their SHA-256 says so,
    /// nothing is imported; then changed amendments are counted, the store holding both.
    @Test func sameBytesThenChangedAmendments() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let updater = Updater(database: database, settings: settings())
        try serveYesterday()
        server.serve(try FixtureLegislationDumps.amendmentsYesterday(), at: FixtureLegislationDumps.amendmentsPath, behaviour: .ignoresValidators)
        _ = try await updater.run()
        let before = try FixtureDumps.snapshot(database)
        let again = try await updater.run()
        #expect(again.dumps.map(\.status) == [.notModified, .notModified, .sameContent])
        #expect(!again.changedAnything)
        #expect(try FixtureDumps.snapshot(database).filter { !$0.hasPrefix("update_") } == before.filter { !$0.hasPrefix("update_") })

        server.serve(try FixtureLegislationDumps.amendmentsToday(), at: FixtureLegislationDumps.amendmentsPath)
        let today = try await updater.run()
        #expect(today.legislation == LegislationChanges(newAmendments: 2, changedAmendments: 1))
        #expect(today.changedAnything)
    }

    /// Today's ballots are sound but the amendments zip is corrupt (a flipped byte: its CRC
    /// fails): refused before the import, the store exactly as it was, ballots included.
    @Test func corruptLegislationZipLeavesTheStoreAsItWas() async throws {
        defer { server.stop() }
        let (database, updater, before) = try await seededThenTodaysVotesAndDossiers()
        var bytes = try FixtureLegislationDumps.amendmentsToday()
        // Inside the first entry's deflated data: past its 30-byte local header and 74-byte name.
        bytes[140] ^= 0xFF
        server.serve(bytes, at: FixtureLegislationDumps.amendmentsPath)
        do {
            _ = try await updater.run()
            Issue.record("a corrupt amendments dump was imported")
        } catch let error as UpdateError {
            guard case .corruptDump(let location, _) = error else { Issue.record("expected a corrupt dump, got \(error)"); return }
            #expect(location == server.base + FixtureLegislationDumps.amendmentsPath)
        }
        #expect(try FixtureDumps.snapshot(database) == before)
        #expect(try database.ballotCount() == 2)
    }

    /// A sound amendments zip whose last entry is malformed fails during the import, after the
    /// new ballots and dossiers were written in the transaction: all of it is rolled back.
    @Test func failureDuringLegislationImportRollsBackTheBallotsToo() async throws {
        defer { server.stop() }
        let (database, updater, before) = try await seededThenTodaysVotesAndDossiers()
        server.serve(try FixtureDumps.zip([
            FixtureLegislationDumps.amendment(44),
            ("json/DLR5L17N90001/PIONANR5L17B0134/AMANR5L17PO59051B0134P0D1N000046.json", Data("{\"amendement\": {\"uid\": ".utf8)),
        ]), at: FixtureLegislationDumps.amendmentsPath)
        await #expect(throws: ImportError.self) { try await updater.run() }
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// `--dry-run --legislation` counts what would change and writes nothing.
    @Test func dryRunCountsAndWritesNothing() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let before = try FixtureDumps.snapshot(database)
        var settings = settings()
        settings.dryRun = true
        try serveYesterday()
        let summary = try await Updater(database: database, settings: settings).run()
        #expect(summary.legislation == LegislationChanges(newDossiers: 2, newAmendments: 2))
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// The official layout: `--source` replaces the base before `{legislature}/…` alike for the
    /// legislation dumps.
    @Test func legislationLocations() throws {
        defer { server.stop() }
        let base = DumpSource.repository(URL(string: "https://mirror.example/openData/repository/")!)
        #expect(base.location(of: .dossiers, legislature: 17)
                == "https://mirror.example/openData/repository/17/loi/dossiers_legislatifs/Dossiers_Legislatifs.json.zip")
        #expect(DumpSource.official.location(of: .amendments, legislature: 16)
                == "https://data.assemblee-nationale.fr/static/openData/repository/16/loi/amendements_div_legis/Amendements.json.zip")
        #expect(DumpSource.folder(URL(fileURLWithPath: "/m")).location(of: .dossiers, legislature: 17)
                == "/m/17/loi/dossiers_legislatifs/Dossiers_Legislatifs.json.zip")
    }
}
