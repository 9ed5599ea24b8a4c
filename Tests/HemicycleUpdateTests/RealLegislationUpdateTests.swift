import Foundation
import HemicycleIngest
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// The real legislative files and amendments (`law/Dossiers_Legislatifs_XVII.json.zip`,
/// `an/Amendements_DLR5L16N49176.json.zip`), served at their official paths by a local server.
@Suite("Update of the legislation with the real dumps", .serialized, .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RealLegislationUpdateTests {
    @Test func firstImportThenNotModified() async throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        server.serve(try Data(contentsOf: SharedData.url("law/Dossiers_Legislatifs_XVII.json.zip")),
                     at: "/" + DumpKind.dossiers.relativePath(legislature: 17))
        server.serve(try Data(contentsOf: SharedData.url("an/Amendements_DLR5L16N49176.json.zip")),
                     at: "/" + DumpKind.amendments.relativePath(legislature: 17))
        let database = try FixtureDumps.store()
        var settings = FixtureDumps.settings(server, legislature: 17)
        settings.kinds = DumpKind.legislation
        let updater = Updater(database: database, settings: settings)

        let first = try await updater.run()
        // The counts of shared/data/README.md: 2,682 dossiers, 6,140 documents, 503 amendments.
        #expect(first.legislation == LegislationChanges(newDossiers: 2682, newDocuments: 6140, newAmendments: 503))
        #expect(try database.dossierCount() == 2682)

        let second = try await updater.run()
        #expect(second.dumps.map(\.status) == [.notModified, .notModified])
        #expect(!second.changedAnything)
        #expect(server.requests.suffix(2).allSatisfy { $0.status == 304 && $0.bodyBytes == 0 })
    }

    /// Legislation fetched after the ballots (which are then not modified) links the ballots the
    /// store already held: the update relinks every ballot once the legislation is in, so that a
    /// relinking from scratch afterwards finds nothing to add or remove.
    @Test func legislationLinksTheBallotsAlreadyHeld() async throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        let files: [(DumpKind, String)] = [(.ballots, "an/Scrutins_XVII.json.zip"), (.dossiers, "law/Dossiers_Legislatifs_XVII.json.zip"),
                                           (.amendments, "an/Amendements_DLR5L16N49176.json.zip")]
        for (kind, file) in files {
            server.serve(try Data(contentsOf: SharedData.url(file)), at: "/" + kind.relativePath(legislature: 17))
        }
        let database = try FixtureDumps.store()
        var settings = FixtureDumps.settings(server, legislature: 17)
        _ = try await Updater(database: database, settings: settings).run()
        settings.kinds = [.ballots] + DumpKind.legislation
        let second = try await Updater(database: database, settings: settings).run()
        #expect(second.dumps.map(\.status) == [.notModified, .imported, .imported])
        // The update's summary counts the links its import wrote (it did not: they were made after
        // the summary), and they are the links the store now holds.
        let links = try #require(second.imported)[link: .ballotDossier]
        #expect(links.added > 100 && links.added == links.total, "\(links)")
        #expect(second.changedAnything)

        // The legislation importer with nothing to import: it relinks every ballot from scratch.
        let relinked = try #require(try ImportPipeline(database: database).legislation([]).legislation)
        #expect(relinked.dossierLinks.total > 100, "the real ballots link to dossiers: \(relinked.dossierLinks.total)")
        #expect(relinked.amendmentLinks.total > 0)
        #expect(relinked.dossierLinks.added + relinked.dossierLinks.removed == 0)
        #expect(relinked.amendmentLinks.added + relinked.amendmentLinks.removed == 0)
    }
}
