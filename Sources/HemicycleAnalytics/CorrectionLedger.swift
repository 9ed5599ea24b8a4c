import HemicycleModel

/// The corrections (*mises au point*) of one ballot, each beside the deputy's recorded position,
/// and the ballot's official outcome and margin against those with the corrections applied.
///
/// A *mise au point* is a deputy's statement, after the vote, of how they meant to vote; it never
/// changes the official result. The corrected counts are those of ``CorrectedTally``.
public struct BallotCorrections: Hashable, Sendable {
    /// One correction and what it changes.
    public struct Entry: Hashable, Sendable {
        /// The correction as published.
        public var correction: Correction
        /// The deputy's position in the nominative lists, or nil when they are not listed
        /// (recorded absent).
        public var recordedPosition: VotePosition?
        /// The group the deputy is listed under on this ballot, else the caller's guess
        /// (`groupOf`), else nil.
        public var groupRef: String?
    }

    /// The ballot as published.
    public var ballot: Ballot
    /// The corrections, in published order.
    public var entries: [Entry]
    /// The published and corrected counts and outcomes.
    public var tally: CorrectedTally

    /// Votes for minus the votes for needed for adoption, on the published counts: adopted iff
    /// ≥ 0. A count of deputies (on an ordinary ballot, `for − (⌊(for + against)/2⌋ + 1)`).
    public var officialMargin: Int { tally.official.for - tally.rule.requiredFor(tally.official) }
    /// The same margin on the corrected counts, a count of deputies.
    public var correctedMargin: Int { tally.corrected.for - tally.rule.requiredFor(tally.corrected) }
    /// Whether the corrected counts would reverse the outcome.
    public var flips: Bool { tally.flips }

    /// The corrections of a record. `groupOf` names the group of a deputy who is not in the
    /// lists (used for the entry and for the corrected group counts).
    public init(record: BallotRecord, groupOf: (String) -> String? = { _ in nil }) {
        ballot = record.ballot
        tally = CorrectedTally(record: record, groupOf: groupOf)
        let corrected = Set(record.corrections.map(\.deputyRef))
        var listed: [String: Vote] = [:]
        for v in record.votes where corrected.contains(v.deputyRef) && listed[v.deputyRef] == nil { listed[v.deputyRef] = v }
        entries = record.corrections.map { c in
            let vote = listed[c.deputyRef]
            return Entry(correction: c, recordedPosition: vote?.position, groupRef: vote?.groupRef ?? groupOf(c.deputyRef))
        }
    }

    /// The ballots of `records` that carry at least one correction, in the given order.
    public static func of(_ records: [BallotRecord], groupOf: (String) -> String? = { _ in nil }) -> [BallotCorrections] {
        records.filter { !$0.corrections.isEmpty }.map { BallotCorrections(record: $0, groupOf: groupOf) }
    }
}
