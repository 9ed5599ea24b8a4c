import HemicycleModel

/// How close a ballot was, and what absent deputies or a single group could have changed.
///
/// Everything is computed from the published counts (the house's *syntheseVote* and each
/// group's *decompteVoix*), under the ballot's ``AdoptionRule``. The projections assume that
/// deputies listed non-voting stay non-voting, that deputies who voted keep their votes, and that
/// an absent member "follows the line" by taking their group's line (``GroupLine``: for, against
/// or abstention); a group with no line keeps its absentees absent.
public struct BallotWhatIf: Hashable, Sendable, Codable {
    /// The ballot's uid.
    public var ballotUID: String
    /// The rule deciding the outcome.
    public var rule: AdoptionRule
    /// Whether the published counts adopt under ``rule``.
    public var adopted: Bool
    /// The margin, a count of deputies: for − against under the majority of votes cast
    /// (adopted iff > 0), for − required under a fixed threshold (adopted iff ≥ 0).
    public var margin: Int
    /// The fewest additional votes that would flip the outcome, a count of deputies: votes
    /// against for an adopted ballot (a tie rejects), votes for for a rejected one. Nil when no
    /// added vote can flip it (an adopted ballot under a fixed threshold: votes against are not
    /// counted).
    public var votesToFlip: Int?
    /// Each group's absentees and influence, in the published group order.
    public var groups: [GroupWhatIf]
    /// The "full house" projection: the house counts if every group's absent members had voted
    /// their group's majority position.
    public var fullHouse: Tally
    /// Whether the full-house counts adopt.
    public var fullHouseAdopts: Bool

    /// Whether the full house would have reversed the outcome.
    public var fullHouseFlips: Bool { fullHouseAdopts != adopted }

    /// The ids of the pivotal groups (see ``GroupWhatIf/pivotal``).
    public var pivotalGroups: [String] { groups.filter(\.pivotal).map(\.groupID) }

    /// One group on one ballot.
    public struct GroupWhatIf: Hashable, Sendable, Codable {
        /// The group id (`PO…`).
        public var groupID: String
        /// The group's line (``GroupLine``), if it has one.
        public var line: VotePosition?
        /// Members not listed at all: members − (for + against + abstentions + non-voting),
        /// floored at 0; a count of deputies.
        public var absent: Int
        /// Whether this group's absentees alone, voting its line, would have flipped the result.
        public var absenteesWouldFlip: Bool
        /// Whether the group was pivotal: removing its members' votes (for, against,
        /// abstention) from the house counts flips the result — the outcome depended on it.
        public var pivotal: Bool
    }

    /// Computes the what-if figures of one ballot from its published counts; `groupLine` is the
    /// line absentees follow (recounted from the group's counts by default).
    public init(ballot: Ballot, groups: [GroupVote], groupLine: GroupLineSource = .recounted) {
        let rule = AdoptionRule(ballot: ballot)
        let house = ballot.official
        let adopted = rule.adopts(house)
        ballotUID = ballot.uid
        self.rule = rule
        self.adopted = adopted
        switch rule {
        case .majorityOfExpressed:
            margin = house.for - house.against
            votesToFlip = adopted ? house.for - house.against : house.against - house.for + 1
        case .fixedThreshold(let required):
            margin = house.for - required
            votesToFlip = adopted ? nil : required - house.for
        }
        var fullHouse = house
        self.groups = groups.map { g in
            let line = g.line(groupLine)
            let absent = max(0, g.members - g.tally.voters - g.tally.nonVoting)
            var withAbsentees = house
            if let line {
                withAbsentees[line] += absent
                fullHouse[line] += absent
            }
            var without = house
            without.for -= g.tally.for
            without.against -= g.tally.against
            without.abstentions -= g.tally.abstentions
            return GroupWhatIf(
                groupID: g.groupRef, line: line, absent: absent,
                absenteesWouldFlip: rule.adopts(withAbsentees) != adopted,
                pivotal: rule.adopts(without) != adopted)
        }
        self.fullHouse = fullHouse
        fullHouseAdopts = rule.adopts(fullHouse)
    }
}

extension VoteMatrix {
    /// What-if figures of every ballot, in ballot order; absentees follow `groupLine`.
    public func whatIf(groupLine: GroupLineSource = .recounted) -> [BallotWhatIf] {
        ballots.indices.map { b in
            let groups = groupEntries[groupRanges[b]].map { g in
                GroupVote(ballotUID: ballots[b].uid, groupRef: groupIDs[Int(g.group)], publishedGroupRef: groupIDs[Int(g.group)],
                          order: 0, members: g.members, majorityPosition: g.majorityPosition, tally: g.tally)
            }
            return BallotWhatIf(ballot: ballots[b], groups: groups, groupLine: groupLine)
        }
    }
}
