import GRDB
import HemicycleModel

/// Runs the ballot ↔ dossier and ballot ↔ amendment linking rules (``HemicycleModel/BallotLinkRules``,
/// given by the caller) on what the store holds, and writes the links that changed: the SQL around
/// the rules, which are not SQL and live in HemicycleLegislation.
struct BallotLinker {
    let db: Database
    let rules: any BallotLinkRules

    /// The links stored before an import wrote anything: a dossier or amendment re-imported is
    /// deleted and inserted again, and its links go with it (`ON DELETE CASCADE`), so what the
    /// import changed is counted against this copy, not against the tables at relinking time.
    struct Snapshot {
        var dossierLinks: Set<BallotLink>
        var amendmentLinks: Set<BallotLink>

        /// The links `db` holds now.
        init(_ db: Database) throws {
            dossierLinks = try BallotLinker.links(in: "ballot_dossier", column: "dossier_uid", db: db)
            amendmentLinks = try BallotLinker.links(in: "ballot_amendment", column: "amendment_uid", db: db)
        }
    }

    /// What re-linking changed.
    struct Outcome {
        var dossierLinks = LinkCounts()
        var amendmentLinks = LinkCounts()
    }

    /// Recomputes both link tables, writing only the differences: for every ballot, or (`only`)
    /// for those ballots alone — the ones an import of ballots added or changed, since a ballot's
    /// links depend on its own title and sitting and on the legislative files, never on other
    /// ballots. (Counts are then those of the ballots relinked.)
    /// `before` is what the links were before the import wrote (nil: the tables as they are now,
    /// when the import deleted no dossier or amendment).
    func relink(only: Set<String>? = nil, before: Snapshot? = nil) throws -> Outcome {
        let inputs = try self.inputs(only: only)
        let dossierLinks = rules.dossierLinks(inputs)
        var outcome = Outcome()
        outcome.dossierLinks = try store(dossierLinks, table: "ballot_dossier", column: "dossier_uid", only: only, before: before?.dossierLinks)
        let dossierOf = Dictionary(dossierLinks.map { ($0.ballot, $0.target) }, uniquingKeysWith: { first, _ in first })
        let amendmentLinks = rules.amendmentLinks(inputs, dossierOf: dossierOf)
        outcome.amendmentLinks = try store(amendmentLinks, table: "ballot_amendment", column: "amendment_uid", only: only, before: before?.amendmentLinks)
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

    /// Every link of `table`.
    static func links(in table: String, column: String, db: Database) throws -> Set<BallotLink> {
        Set(try Row.fetchAll(db, sql: "SELECT ballot_uid, \(column), method FROM \(table)").map { BallotLink(ballot: $0[0], target: $0[1], method: $0[2]) })
    }

    /// Writes the differences between `links` and the table, and counts those between `links`
    /// and what the table held before the import (`before`, else the table now).
    private func store(_ links: Set<BallotLink>, table: String, column: String, only: Set<String>?, before: Set<BallotLink>?) throws -> LinkCounts {
        let inScope = { (link: BallotLink) in only.map { $0.contains(link.ballot) } ?? true }
        let existing = try Self.links(in: table, column: column, db: db).filter(inScope)
        for link in existing.subtracting(links) {
            try db.execute(sql: "DELETE FROM \(table) WHERE ballot_uid = ? AND \(column) = ?", arguments: [link.ballot, link.target])
        }
        for link in links.subtracting(existing) {
            try db.execute(sql: "INSERT INTO \(table) (ballot_uid, \(column), method) VALUES (?,?,?)", arguments: [link.ballot, link.target, link.method])
        }
        let previous = before?.filter(inScope) ?? existing
        return LinkCounts(total: links.count, added: links.subtracting(previous).count, removed: previous.subtracting(links).count)
    }
}
