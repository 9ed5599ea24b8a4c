import Foundation
import GRDB
import HemicycleModel

/// Links ballots (*scrutins*) to dossiers and amendments, from every signal the data offers.
///
/// Ballot → dossier, strongest signal first:
/// 1. `vote_ref`: a dossier act lists the ballot's uid (`voteRefs`, given for final votes).
/// 2. `sitting`: the ballot's sitting (`seanceRef`) is the sitting of acts of exactly one dossier
///    (unless the title names another dossier's bill and not this one: then `title`).
/// 3. `sitting_title`: the sitting has acts of several dossiers; the one whose title the
///    ballot's title names (folded, see ``TextFolding``) is taken.
/// 4. `title`: no act shares the sitting; a dossier whose title the ballot's title names.
///
/// Ballot → amendment, for ballots on amendments ("l'amendement n° 237 (rect.) du
/// Gouvernement…", "les amendements identiques n° 12 et 45…"), within the ballot's dossier:
/// - `number`: an amendment of that dossier with a number the title quotes, tabled for the sitting
///   (séance) rather than in committee (committee amendments carry a prefix such as `CL`);
///   one discussed in the ballot's sitting is preferred when numbers repeat across texts;
/// - `identical`: when the title says "et l'amendement identique suivant" / "et les amendements
///   identiques suivants", the amendments of the same group of identical amendments that were
///   voted (not withdrawn, not moved, not inadmissible).
struct BallotLinker {
    let db: Database

    /// A link and the signal it came from.
    struct Link: Hashable {
        let ballot: String
        let target: String
        let method: String
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
    func relink(only: Set<String>? = nil) throws -> Outcome {
        let dossierLinks = try computeDossierLinks(only: only)
        var outcome = Outcome()
        outcome.dossierLinks = try store(dossierLinks, table: "ballot_dossier", column: "dossier_uid", only: only)
        let amendmentLinks = try computeAmendmentLinks(dossierOf: Dictionary(dossierLinks.map { ($0.ballot, $0.target) }, uniquingKeysWith: { first, _ in first }),
                                                       only: only)
        outcome.amendmentLinks = try store(amendmentLinks, table: "ballot_amendment", column: "amendment_uid", only: only)
        return outcome
    }

    /// The ballots to link: every one, or those of `only`.
    private func ballots(only: Set<String>?) throws -> [Row] {
        let rows = try Row.fetchAll(db, sql: "SELECT uid, title, sitting_ref FROM ballot")
        guard let only else { return rows }
        return rows.filter { only.contains($0[0]) }
    }

    private func store(_ links: Set<Link>, table: String, column: String, only: Set<String>?) throws -> LinkCounts {
        var existing: Set<Link> = []
        for row in try Row.fetchAll(db, sql: "SELECT ballot_uid, \(column), method FROM \(table)") {
            let link = Link(ballot: row[0], target: row[1], method: row[2])
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

    // MARK: Ballot → dossier

    func computeDossierLinks(only: Set<String>? = nil) throws -> Set<Link> {
        let ballots = try ballots(only: only)
        var byVoteRef: [String: Set<String>] = [:]
        var bySitting: [String: Set<String>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT dossier_uid, vote_refs, sitting_ref FROM dossier_step WHERE vote_refs != '' OR sitting_ref IS NOT NULL") {
            let dossier: String = row[0]
            let votes: String = row[1]
            for vote in votes.split(separator: " ") { byVoteRef[String(vote), default: []].insert(dossier) }
            if let sitting: String = row[2] { bySitting[sitting, default: []].insert(dossier) }
        }
        var titleKeys: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT uid, title_search FROM dossier") {
            let key = BillTitle.key(row[1])
            if key.count >= 12 { titleKeys[row[0]] = key }
        }
        let allKeys = BillTitle.KeyIndex(titleKeys.map { BillTitle.Candidate(id: $0.key, key: $0.value) })
        var links: Set<Link> = []
        for ballot in ballots {
            let uid: String = ballot[0]
            if let dossiers = byVoteRef[uid] {
                for dossier in dossiers { links.insert(Link(ballot: uid, target: dossier, method: "vote_ref")) }
                continue
            }
            let title = TextFolding.fold(ballot[1] as String)
            if let sitting: String = ballot[2], let candidates = bySitting[sitting] {
                if candidates.count == 1, let only = candidates.first {
                    // The sitting's only dossier, unless the title names another bill and not this
                    // one (a motion of censure or a declaration voted during a bill's sitting).
                    // (Checked only when the title shares few words with this dossier's: the scan of
                    // every title is the costly part of linking.)
                    let namesOnly = titleKeys[only].map { title.contains($0) || BillTitle.overlap(title, $0) >= 0.5 } ?? false
                    if !namesOnly, let named = BillTitle.bestMatch(title, in: allKeys), named != only {
                        links.insert(Link(ballot: uid, target: named, method: "title"))
                    } else {
                        links.insert(Link(ballot: uid, target: only, method: "sitting"))
                    }
                    continue
                }
                if let best = BillTitle.bestMatch(title, among: candidates.compactMap { id in titleKeys[id].map { BillTitle.Candidate(id: id, key: $0) } }) {
                    links.insert(Link(ballot: uid, target: best, method: "sitting_title"))
                    continue
                }
            }
            if let best = BillTitle.bestMatch(title, in: allKeys) {
                links.insert(Link(ballot: uid, target: best, method: "title"))
            }
        }
        return links
    }

    // MARK: Ballot → amendment

    /// Fates of amendments that were never put to a vote.
    static let notVoted: Set<String> = ["withdrawn", "not_moved", "inadmissible", "not_examined"]

    func computeAmendmentLinks(dossierOf: [String: String], only: Set<String>? = nil) throws -> Set<Link> {
        struct Candidate { let uid: String; let number: Int; let prefix: String; let sitting: String?; let group: String?; let text: String; let fate: String }
        var byDossier: [String: [Candidate]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT uid, number, number_prefix, sitting_ref, identical_group, text_ref, dossier_ref, fate FROM amendment WHERE number IS NOT NULL AND dossier_ref IS NOT NULL") {
            byDossier[row[6], default: []].append(Candidate(uid: row[0], number: row[1], prefix: row[2], sitting: row[3], group: row[4], text: row[5], fate: row[7]))
        }
        guard !byDossier.isEmpty else { return [] }
        var links: Set<Link> = []
        for ballot in try ballots(only: only) {
            let uid: String = ballot[0]
            let title = TextFolding.fold(ballot[1] as String)
            guard AmendmentBallotTitle.isAmendmentBallot(title), let dossier = dossierOf[uid], let candidates = byDossier[dossier] else { continue }
            let sitting: String? = ballot[2]
            let parsed = AmendmentBallotTitle.parse(title)
            var matched: [Candidate] = []
            for number in parsed.numbers {
                let sameNumber = candidates.filter { $0.number == number && $0.prefix.isEmpty }
                let inSitting = sameNumber.filter { $0.sitting != nil && $0.sitting == sitting }
                matched += inSitting.isEmpty ? sameNumber : inSitting
            }
            for amendment in matched { links.insert(Link(ballot: uid, target: amendment.uid, method: "number")) }
            if parsed.mentionsIdenticalFollowing {
                let groups = Set(matched.compactMap { a in a.group.map { "\(a.text)|\($0)" } })
                // Only amendments still defended when the vote came: a withdrawn, not moved or
                // inadmissible one of the group was not put to the vote.
                for other in candidates where other.group.map({ groups.contains("\(other.text)|\($0)") }) ?? false
                    && !matched.contains(where: { $0.uid == other.uid }) && !Self.notVoted.contains(other.fate) {
                    links.insert(Link(ballot: uid, target: other.uid, method: "identical"))
                }
            }
        }
        return links
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
