import GRDB
import HemicycleModel

/// Runs the ballot ↔ dossier and ballot ↔ amendment linking rules (``HemicycleModel/BallotLinkRules``,
/// given by the caller) on what the store holds, and writes the links that changed: the SQL around
/// the rules, which are not SQL and live in HemicycleLegislation.
struct BallotLinker {
    let db: Database
    let rules: any BallotLinkRules

    /// What re-linking changed.
    struct Outcome {
        var dossierLinks = LinkCounts()
        var amendmentLinks = LinkCounts()
    }

    /// Recomputes both link tables, writing only the differences: for every ballot, or (`only`)
    /// for those ballots alone — the ones an import of ballots added or changed, since a ballot's
    /// links depend on its own title and sitting and on the legislative files, never on other
    /// ballots. (Counts are then those of the ballots relinked.)
    func relink(only: Set<String>? = nil) throws -> Outcome {
        let inputs = try self.inputs(only: only)
        let dossierLinks = rules.dossierLinks(inputs)
        var outcome = Outcome()
        outcome.dossierLinks = try store(dossierLinks, table: "ballot_dossier", column: "dossier_uid", only: only)
        let dossierOf = Dictionary(dossierLinks.map { ($0.ballot, $0.target) }, uniquingKeysWith: { first, _ in first })
        let amendmentLinks = rules.amendmentLinks(inputs, dossierOf: dossierOf)
        outcome.amendmentLinks = try store(amendmentLinks, table: "ballot_amendment", column: "amendment_uid", only: only)
        return outcome
    }

    /// The ballots to link (every one, or those of `only`), the dossiers' acts and titles, the amendments.
    private func inputs(only: Set<String>?) throws -> BallotLinkInputs {
        var ballots: [BallotLinkInputs.Ballot] = []
        for row in try Row.fetchAll(db, sql: "SELECT uid, title, sitting_ref FROM ballot") {
            let uid: String = row[0]
            if let only, !only.contains(uid) { continue }
            ballots.append(.init(uid: uid, title: row[1], sittingRef: row[2]))
        }
        let acts = try Row.fetchAll(db, sql: "SELECT dossier_uid, vote_refs, sitting_ref FROM dossier_step WHERE vote_refs != '' OR sitting_ref IS NOT NULL").map { row in
            BallotLinkInputs.DossierAct(dossierUID: row[0], voteRefs: (row[1] as String).split(separator: " ").map(String.init), sittingRef: row[2])
        }
        var titles: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT uid, title_search FROM dossier") { titles[row[0]] = row[1] }
        let amendments = try Row.fetchAll(db, sql: "SELECT uid, number, number_prefix, sitting_ref, identical_group, text_ref, dossier_ref, fate FROM amendment WHERE number IS NOT NULL AND dossier_ref IS NOT NULL").map { row in
            BallotLinkInputs.Amendment(uid: row[0], number: row[1], numberPrefix: row[2], sittingRef: row[3], identicalGroup: row[4], textRef: row[5], dossierRef: row[6], fate: row[7])
        }
        return BallotLinkInputs(ballots: ballots, acts: acts, foldedDossierTitles: titles, amendments: amendments)
    }

    private func store(_ links: Set<BallotLink>, table: String, column: String, only: Set<String>?) throws -> LinkCounts {
        var existing: Set<BallotLink> = []
        for row in try Row.fetchAll(db, sql: "SELECT ballot_uid, \(column), method FROM \(table)") {
            let link = BallotLink(ballot: row[0], target: row[1], method: row[2])
            if only.map({ $0.contains(link.ballot) }) ?? true { existing.insert(link) }
        }
        var counts = LinkCounts()
        for link in existing.subtracting(links) {
            try db.execute(sql: "DELETE FROM \(table) WHERE ballot_uid = ? AND \(column) = ?", arguments: [link.ballot, link.target])
            counts.removed += 1
        }
        for link in links.subtracting(existing) {
            try db.execute(sql: "INSERT INTO \(table) (ballot_uid, \(column), method) VALUES (?,?,?)", arguments: [link.ballot, link.target, link.method])
            counts.added += 1
        }
        counts.total = links.count
        return counts
    }
}

/// Counts of a link table after re-linking.
public struct LinkCounts: Sendable, Hashable, Codable {
    /// Links now stored.
    public var total = 0
    /// Links added by this import.
    public var added = 0
    /// Links removed by this import (a signal that no longer holds).
    public var removed = 0
    public init() {}
}
