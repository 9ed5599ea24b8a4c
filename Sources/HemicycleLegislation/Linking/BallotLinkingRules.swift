import Foundation
import HemicycleModel

/// Links ballots (*scrutins*) to dossiers and amendments, from every signal the data offers. The
/// store reads the inputs and writes the links in its import transactions
/// (``HemicycleModel/BallotLinkRules``); the rules are here, with the legislation.
///
/// Ballot → dossier, strongest signal first:
/// 1. `vote_ref`: a dossier act lists the ballot's uid (`voteRefs`, given for final votes).
/// 2. `sitting`: the ballot's sitting (`seanceRef`) is the sitting of acts of exactly one dossier
///    (unless the title names another dossier's bill and not this one: then `title`).
/// 3. `sitting_title`: the sitting has acts of several dossiers; the one whose title the
///    ballot's title names (folded, see ``HemicycleModel/TextFolding``) is taken.
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
public struct BallotLinkingRules: BallotLinkRules {
    /// The rules as stated above.
    public init() {}

    /// Fates of amendments that were never put to a vote.
    static let notVoted: Set<String> = ["withdrawn", "not_moved", "inadmissible", "not_examined"]

    // MARK: Ballot → dossier

    public func dossierLinks(_ inputs: BallotLinkInputs) -> Set<BallotLink> {
        var byVoteRef: [String: Set<String>] = [:]
        var bySitting: [String: Set<String>] = [:]
        for act in inputs.acts {
            for vote in act.voteRefs { byVoteRef[vote, default: []].insert(act.dossierUID) }
            if let sitting = act.sittingRef { bySitting[sitting, default: []].insert(act.dossierUID) }
        }
        var titleKeys: [String: String] = [:]
        for (uid, title) in inputs.foldedDossierTitles {
            let key = BillTitle.key(title)
            if key.count >= 12 { titleKeys[uid] = key }
        }
        let allKeys = BillTitle.KeyIndex(titleKeys.map { BillTitle.Candidate(id: $0.key, key: $0.value) })
        var links: Set<BallotLink> = []
        for ballot in inputs.ballots {
            let uid = ballot.uid
            if let dossiers = byVoteRef[uid] {
                for dossier in dossiers { links.insert(BallotLink(ballot: uid, target: dossier, method: "vote_ref")) }
                continue
            }
            let title = TextFolding.fold(ballot.title)
            if let sitting = ballot.sittingRef, let candidates = bySitting[sitting] {
                if candidates.count == 1, let only = candidates.first {
                    // The sitting's only dossier, unless the title names another bill and not this
                    // one (a motion of censure or a declaration voted during a bill's sitting).
                    // (Checked only when the title shares few words with this dossier's: the scan of
                    // every title is the costly part of linking.)
                    let namesOnly = titleKeys[only].map { title.contains($0) || BillTitle.overlap(title, $0) >= 0.5 } ?? false
                    if !namesOnly, let named = BillTitle.bestMatch(title, in: allKeys), named != only {
                        links.insert(BallotLink(ballot: uid, target: named, method: "title"))
                    } else {
                        links.insert(BallotLink(ballot: uid, target: only, method: "sitting"))
                    }
                    continue
                }
                if let best = BillTitle.bestMatch(title, among: candidates.compactMap { id in titleKeys[id].map { BillTitle.Candidate(id: id, key: $0) } }) {
                    links.insert(BallotLink(ballot: uid, target: best, method: "sitting_title"))
                    continue
                }
            }
            if let best = BillTitle.bestMatch(title, in: allKeys) {
                links.insert(BallotLink(ballot: uid, target: best, method: "title"))
            }
        }
        return links
    }

    // MARK: Ballot → amendment

    public func amendmentLinks(_ inputs: BallotLinkInputs, dossierOf: [String: String]) -> Set<BallotLink> {
        let byDossier = Dictionary(grouping: inputs.amendments, by: \.dossierRef)
        guard !byDossier.isEmpty else { return [] }
        var links: Set<BallotLink> = []
        for ballot in inputs.ballots {
            let uid = ballot.uid
            let title = TextFolding.fold(ballot.title)
            guard AmendmentBallotKind.isAmendmentBallot(foldedTitle: title), let dossier = dossierOf[uid], let candidates = byDossier[dossier] else { continue }
            let parsed = AmendmentBallotTitle.parse(title)
            var matched: [BallotLinkInputs.Amendment] = []
            for number in parsed.numbers {
                let sameNumber = candidates.filter { $0.number == number && $0.numberPrefix.isEmpty }
                let inSitting = sameNumber.filter { $0.sittingRef != nil && $0.sittingRef == ballot.sittingRef }
                matched += inSitting.isEmpty ? sameNumber : inSitting
            }
            for amendment in matched { links.insert(BallotLink(ballot: uid, target: amendment.uid, method: "number")) }
            if parsed.mentionsIdenticalFollowing {
                let groups = Set(matched.compactMap { a in a.identicalGroup.map { "\(a.textRef)|\($0)" } })
                // Only amendments still defended when the vote came: a withdrawn, not moved or
                // inadmissible one of the group was not put to the vote.
                for other in candidates where other.identicalGroup.map({ groups.contains("\(other.textRef)|\($0)") }) ?? false
                    && !matched.contains(where: { $0.uid == other.uid }) && !Self.notVoted.contains(other.fate) {
                    links.insert(BallotLink(ballot: uid, target: other.uid, method: "identical"))
                }
            }
        }
        return links
    }
}
