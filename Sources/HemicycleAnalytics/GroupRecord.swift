import HemicycleModel

/// A political group's (*groupe politique*) record over many ballots: its size, how many of its
/// members voted, and how often its line won.
public struct GroupRecord: Hashable, Sendable, Codable {
    /// The group id (`PO…`).
    public var groupID: String
    /// Members of the group (*nombreMembresGroupe*) on the last of the ballots that lists the
    /// group, a count of deputies.
    public var latestMembers: Int
    /// The day of that last ballot.
    public var latestDate: CalendarDate
    /// Ballots (any scope) whose breakdown lists the group, a count.
    public var ballots: Int
    /// Member-ballots on which a member voted (for, against or abstention, from the nominative
    /// lists) over member-ballots in scope (members that day, summed over ballots) minus the
    /// members listed non-voting: a rate in 0…1 whose unit is one member on one ballot.
    /// Exclusions (member-ballots): presiding, government member, other non-voting, censure
    /// motion and out of scope.
    public var participation: Rate
    /// Ballots in scope on which the group's line (``GroupLine``, read from the source asked
    /// for) matched the outcome — for on an adopted ballot, against on a rejected one — over
    /// ballots in scope on which the group had a line (an abstention line never wins): a rate in
    /// 0…1. Exclusions (ballots): no group line, censure motion, out of scope.
    public var won: Rate
    /// Ballots on which the Assemblée's published line (*positionMajoritaire*) differs from the
    /// line recounted from the group's own counts, over ballots on which a member of the group
    /// voted: a rate in 0…1, over every selected ballot whatever the scope (it describes the
    /// file, not the group). Exclusions (ballots): no group line (no member voted).
    public var publishedLineDiffers: Rate
}

extension VoteMatrix {
    /// The reasons a member listed non-voting is left out of a group's participation.
    private static let listedNonVotingReasons: [ExclusionReason] = [.presiding, .governmentMember, .otherNonVoting]

    /// The record of every group listed in a ballot breakdown, sorted by id.
    ///
    /// - Parameters:
    ///   - scope: which ballots count for ``GroupRecord/participation`` and
    ///     ``GroupRecord/won`` (motions of censure are left out by default: only votes for are
    ///     recorded on them).
    ///   - groupLine: the line ``GroupRecord/won`` reads (``GroupLine``).
    /// - Complexity: O(votes + group entries).
    public func groupRecords(scope: BallotScope = .allButCensure, groupLine: GroupLineSource = .recounted) -> [GroupRecord] {
        struct Counts {
            var latestMembers = 0, latestBallot = -1, ballots = 0
            var voted = 0, memberBallots = 0, won = 0, compared = 0
            var lineDiffers = 0, lineCompared = 0, noLine = 0
            var participationExclusions = ExclusionCounter()
            var wonExclusions = ExclusionCounter()
        }
        var counts = [Counts](repeating: Counts(), count: groupCount)
        var votedHere = [Int](repeating: 0, count: groupCount)
        var nonVotingHere = [ExclusionCounter](repeating: ExclusionCounter(), count: groupCount)
        for (b, ballot) in ballots.enumerated() {
            let outOfScope = scope.exclusionReason(for: ballot)
            if outOfScope == nil {
                for e in entries[voteRanges[b]] {
                    let g = Int(e.group)
                    switch e.position {
                    case .for, .against, .abstention: votedHere[g] += 1
                    case .nonVoting:
                        switch e.cause {
                        case .presidingSitting?, .presidentOfAssembly?: nonVotingHere[g].add(.presiding)
                        case .governmentMember?: nonVotingHere[g].add(.governmentMember)
                        case nil: nonVotingHere[g].add(.otherNonVoting)
                        }
                    }
                }
            }
            for entry in groupEntries[groupRanges[b]] {
                let g = Int(entry.group)
                counts[g].ballots += 1
                if b >= counts[g].latestBallot {
                    counts[g].latestBallot = b
                    counts[g].latestMembers = entry.members
                }
                switch GroupLine.publishedDiffers(published: entry.majorityPosition, tally: entry.tally) {
                case nil: counts[g].noLine += 1
                case let differs?:
                    counts[g].lineCompared += 1
                    if differs { counts[g].lineDiffers += 1 }
                }
                if let outOfScope {
                    counts[g].participationExclusions.add(outOfScope, entry.members)
                    counts[g].wonExclusions.add(outOfScope)
                    continue
                }
                let nonVoting = nonVotingHere[g]
                let listedNonVoting = nonVoting[.presiding] + nonVoting[.governmentMember] + nonVoting[.otherNonVoting]
                for reason in Self.listedNonVotingReasons {
                    counts[g].participationExclusions.add(reason, nonVoting[reason])
                }
                counts[g].voted += votedHere[g]
                // Members that day, less those listed non-voting; never fewer than those who voted
                // (a group list longer than the published membership would otherwise exceed 1).
                counts[g].memberBallots += max(votedHere[g], entry.members - listedNonVoting)
                guard let line = entry.line(groupLine) else {
                    counts[g].wonExclusions.add(.noGroupMajority)
                    continue
                }
                counts[g].compared += 1
                if (line == .for && ballot.result == .adopted) || (line == .against && ballot.result == .rejected) {
                    counts[g].won += 1
                }
            }
            if outOfScope == nil {
                for e in entries[voteRanges[b]] {
                    votedHere[Int(e.group)] = 0
                    nonVotingHere[Int(e.group)] = ExclusionCounter()
                }
            }
        }
        return groupIDs.indices.filter { counts[$0].latestBallot >= 0 }
            .map { g in
                let c = counts[g]
                return GroupRecord(
                    groupID: groupIDs[g], latestMembers: c.latestMembers, latestDate: ballots[c.latestBallot].date,
                    ballots: c.ballots,
                    participation: Rate(c.voted, of: c.memberBallots, exclusions: c.participationExclusions.exclusions),
                    won: Rate(c.won, of: c.compared, exclusions: c.wonExclusions.exclusions),
                    publishedLineDiffers: Rate(c.lineDiffers, of: c.lineCompared,
                                               exclusions: [Exclusion(reason: .noGroupMajority, count: c.noLine)]))
            }
            .sorted { $0.groupID < $1.groupID }
    }
}
