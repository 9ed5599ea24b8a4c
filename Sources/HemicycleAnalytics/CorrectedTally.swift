import HemicycleModel

/// A ballot's counts with every correction (*mise au point*) applied, and whether the outcome
/// would change.
///
/// A *mise au point* is a deputy's statement after the vote of how they meant to vote; it never
/// changes the official result. Applying it moves the deputy from their recorded position to the
/// intended one, in their group and in the house; a deputy not in the lists (recorded absent) is
/// added at the intended position. Corrections are applied in the published order, each from the
/// deputy's current position, so a second correction by the same deputy supersedes the first.
public struct CorrectedTally: Hashable, Sendable, Codable {
    /// The ballot's uid.
    public var ballotUID: String
    /// The published house counts (*syntheseVote*).
    public var official: Tally
    /// The house counts after corrections.
    public var corrected: Tally
    /// Each group's counts after corrections, in the published group order (group id, counts).
    public var groups: [GroupTally]
    /// Corrections whose deputy is not in the lists and whose group is unknown: applied to the
    /// house counts only. A count of deputies.
    public var unassigned: Int
    /// Corrections that restate the recorded position (no change), a count.
    public var unchanged: Int
    /// The rule used to decide the outcome.
    public var rule: AdoptionRule
    /// Whether the published counts adopt under ``rule``.
    public var adoptedAsRecorded: Bool
    /// Whether the corrected counts adopt under ``rule``.
    public var adoptedAsCorrected: Bool

    /// Whether applying the corrections would change the outcome.
    public var flips: Bool { adoptedAsRecorded != adoptedAsCorrected }

    /// One group's counts.
    public struct GroupTally: Hashable, Sendable, Codable {
        /// The group id (`PO…`).
        public var groupID: String
        /// The group's published counts.
        public var official: Tally
        /// The group's counts after corrections.
        public var corrected: Tally
    }

    /// Applies the corrections of a record to its published counts.
    ///
    /// - Parameters:
    ///   - record: the ballot, its group breakdown, votes and corrections.
    ///   - groupOf: the group of a deputy who is not in the lists (e.g. from their group
    ///     mandate that day); when it returns nil the correction changes the house counts only.
    public init(record: BallotRecord, groupOf: (String) -> String? = { _ in nil }) {
        let ballot = record.ballot
        ballotUID = ballot.uid
        official = ballot.official
        rule = AdoptionRule(ballot: ballot)
        var house = ballot.official
        var groupTallies = record.groups.map { GroupTally(groupID: $0.groupRef, official: $0.tally, corrected: $0.tally) }
        var groupSlot: [String: Int] = [:]
        for (i, g) in groupTallies.enumerated() where groupSlot[g.groupID] == nil { groupSlot[g.groupID] = i }
        // Current position and group of each corrected deputy (only those: most ballots have
        // no correction, and hashing every vote would dominate).
        var current: [String: (position: VotePosition?, group: String?)] = [:]
        if !record.corrections.isEmpty {
            let corrected = Set(record.corrections.map(\.deputyRef))
            for v in record.votes where corrected.contains(v.deputyRef) { current[v.deputyRef] = (v.position, v.groupRef) }
        }
        var unassigned = 0, unchanged = 0
        for c in record.corrections {
            let before = current[c.deputyRef] ?? (nil, groupOf(c.deputyRef))
            if before.position == c.intendedPosition { unchanged += 1; continue }
            if let old = before.position { house[old] -= 1 }
            house[c.intendedPosition] += 1
            if let group = before.group, let slot = groupSlot[group] {
                if let old = before.position { groupTallies[slot].corrected[old] -= 1 }
                groupTallies[slot].corrected[c.intendedPosition] += 1
            } else {
                unassigned += 1
            }
            current[c.deputyRef] = (c.intendedPosition, before.group)
        }
        corrected = house
        groups = groupTallies
        self.unassigned = unassigned
        self.unchanged = unchanged
        adoptedAsRecorded = rule.adopts(ballot.official)
        adoptedAsCorrected = rule.adopts(house)
    }
}
