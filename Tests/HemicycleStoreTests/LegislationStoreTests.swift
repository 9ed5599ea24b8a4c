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
        #expect(first.dossierLinks == { var c = LinkCounts(); c.total = 1; c.added = 1; return c }())
        #expect(try links() == ["VTANR5L99V7 DLR5L99N1 vote_ref"])

        let again = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(dossier(listing: ["VTANR5L99V7"]), source: source) }
        #expect(again.dossierLinks.added == 0 && again.dossierLinks.removed == 0 && again.dossierLinks.total == 1)
        #expect(!again.changedAnything)

        let withdrawn = try database.importingLegislation(linking: BallotLinkingRules()) { _ = try $0.write(dossier(listing: []), source: source) }
        // (Counted as stored, not as removed: replacing the dossier's acts drops their links first.)
        #expect(withdrawn.dossierLinks.total == 0)
        #expect(try links().isEmpty, "the ballot's title names no dossier: no link is left")
    }
}
