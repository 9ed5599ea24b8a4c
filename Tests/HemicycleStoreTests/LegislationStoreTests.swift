import Foundation
import GRDB
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The legislation import as the store runs it: the linking rules it is given are run in the
/// same transaction, and only the links that changed are written.
@Suite("Store: legislation")
struct LegislationStoreTests {
    let database: HemicycleDatabase
    let source = SourceReference(dump: "fixture.zip", entry: "d.json", dumpSHA256: String(repeating: "0", count: 64), entrySHA256: String(repeating: "1", count: 64))

    init() throws { database = try StoreFixtures.imported("l.sqlite") }

    /// A dossier whose act lists the fixture ballot (`voteRefs`), or not.
    func dossier(listing votes: [String]) -> Dossier {
        Dossier(uid: "DLR5L99N1", legislature: 99, title: "Projet de loi d'essai", steps: [
            DossierStep(uid: "L99-AN1", code: "AN1", label: "1ère lecture", steps: [
                DossierStep(uid: "L99-AN1-DEC", code: "AN1-DEBATS-DEC", label: "Décision", voteRefs: votes),
            ]),
        ])
    }

    func links() throws -> [String] {
        try database.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT ballot_uid, dossier_uid, method FROM ballot_dossier").map { "\($0[0] as String) \($0[1] as String) \($0[2] as String)" }
        }
    }

    @Test func linksAreWrittenInTheImportAndOnlyWhenTheyChange() throws {
        let first = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(dossier(listing: ["VTANR5L99V7"]), source: source) }
        #expect(first.dossierLinks == LinkCounts(total: 1, added: 1, removed: 0))
        #expect(try links() == ["VTANR5L99V7 DLR5L99N1 vote_ref"])

        let again = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(dossier(listing: ["VTANR5L99V7"]), source: source) }
        #expect(again.dossierLinks.added == 0 && again.dossierLinks.removed == 0 && again.dossierLinks.total == 1)
        #expect(!again.changedAnything)

        let withdrawn = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(dossier(listing: []), source: source) }
        // Replacing the dossier drops its links with it (ON DELETE CASCADE): the link the new
        // record no longer gives is still counted as removed, against the links before the import.
        #expect(withdrawn.dossierLinks == LinkCounts(total: 0, added: 0, removed: 1))
        #expect(withdrawn.changedAnything)
        #expect(try links().isEmpty, "the ballot's title names no dossier: no link is left")
    }

    @Test func aDossierReplacedWithTheSameActKeepsItsLinkUncounted() throws {
        _ = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(dossier(listing: ["VTANR5L99V7"]), source: source) }
        var renamed = dossier(listing: ["VTANR5L99V7"])
        renamed.title = "Projet de loi d'essai (titre modifié)"
        let replaced = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(renamed, source: source) }
        #expect(replaced.dossiers.updated == 1)
        #expect(replaced.dossierLinks == LinkCounts(total: 1, added: 0, removed: 0), "the link was dropped and written back: not a change")
        #expect(try links() == ["VTANR5L99V7 DLR5L99N1 vote_ref"])
    }
}
