import HemicycleModel

/// A deputy's loyalty to their group and their rebellions (*votes contre la ligne du groupe*).
///
/// On each ballot in scope where the deputy voted (for, against or abstention) and the group the
/// ballot lists them under (``Vote/groupRef``) has a line (``GroupLine``: by default recounted
/// from the group's counts, else the published *positionMajoritaire*), the vote *agrees* if it
/// equals that line and is a *rebellion* otherwise. Where the recounted line is a tie (two
/// positions share the highest count) the group had no majority: the vote is compared but
/// neither agrees nor rebels (``tiedVotes``), as Datan counts it.
/// Because the group is taken from each ballot, a deputy who changed group is compared with the
/// group they sat in on that day.
public struct DeputyLoyalty: Hashable, Sendable, Codable {
    /// The deputy id (`PA…`).
    public var deputyID: String
    /// The ballots the figure is computed on.
    public var scope: BallotScope
    /// Agreeing votes over votes compared with a group line: a rate in 0…1. Exclusions
    /// (counts of votes): no group line, excluded group, censure motion, out of scope.
    public var loyalty: Rate
    /// The uids of the ballots on which the deputy rebelled, in ballot order.
    public var rebellions: [String]
    /// Votes compared on ballots where the group's recounted line was a tie: in loyalty's
    /// denominator, not in its numerator, not rebellions.
    public var tiedVotes: Int = 0

    /// Rebellions over compared votes, a rate in 0…1 (1 − loyalty, less the tied votes' share).
    public var rebellionRate: Rate {
        Rate(rebellions.count, of: loyalty.denominator, exclusions: loyalty.exclusions)
    }
}

extension VoteMatrix {
    /// Loyalty and rebellions of every deputy who voted at least once, sorted by id.
    ///
    /// - Parameters:
    ///   - scope: which ballots count (censure motions are left out by default: only votes for
    ///     are recorded on them).
    ///   - excludingGroups: group ids whose members are not compared with a line, typically the
    ///     non-attached deputies (*non-inscrits*), who publish a "majority position" without
    ///     being a group.
    ///   - groupLine: which line a vote is compared with (``GroupLine``): recounted from the
    ///     group's counts (the default) or as published.
    /// - Complexity: O(votes).
    public func loyalty(scope: BallotScope = .allButCensure, excludingGroups: Set<String> = [],
                        groupLine: GroupLineSource = .recounted) -> [DeputyLoyalty] {
        let lines = lineTable(groupLine)
        // By group index: an array read per vote, not a set hashed per vote (a sixth of this loop, perf).
        var excluded = [Bool](repeating: false, count: groupCount)
        for id in excludingGroups { if let g = group(id) { excluded[Int(g)] = true } }
        var agreeing = [Int](repeating: 0, count: deputyCount)
        var compared = [Int](repeating: 0, count: deputyCount)
        var voted = [Bool](repeating: false, count: deputyCount)
        var rebellions = [[String]](repeating: [], count: deputyCount)
        var tied = [Int](repeating: 0, count: deputyCount)
        var exclusions = [ExclusionCounter](repeating: ExclusionCounter(), count: deputyCount)
        for b in ballots.indices {
            let outOfScope = scope.exclusionReason(for: ballots[b])
            for e in entries[voteRanges[b]] where e.position.isVoter {
                let d = Int(e.deputy)
                voted[d] = true
                if let outOfScope { exclusions[d].add(outOfScope); continue }
                if excluded[Int(e.group)] { exclusions[d].add(.excludedGroup); continue }
                guard let reference = lines[b * groupCount + Int(e.group)] else {
                    exclusions[d].add(.noGroupMajority)
                    continue
                }
                compared[d] += 1
                switch reference {
                case .tie: tied[d] += 1
                case .line(let line) where e.position == line: agreeing[d] += 1
                case .line: rebellions[d].append(ballots[b].uid)
                }
            }
        }
        return deputyIDs.indices.filter { voted[$0] }
            .map { d in
                DeputyLoyalty(
                    deputyID: deputyIDs[d], scope: scope,
                    loyalty: Rate(agreeing[d], of: compared[d], exclusions: exclusions[d].exclusions),
                    rebellions: rebellions[d], tiedVotes: tied[d])
            }
            .sorted { $0.deputyID < $1.deputyID }
    }
}

extension VoteMatrix {
    /// A dense table `[ballot * groupCount + group]` of what the groups' members are compared
    /// with, read from `source` (nil where the group has no line or is not in the ballot's
    /// breakdown).
    func lineTable(_ source: GroupLineSource) -> [LoyaltyReference?] {
        var table = [LoyaltyReference?](repeating: nil, count: ballots.count * groupCount)
        for b in ballots.indices {
            for g in groupEntries[groupRanges[b]] {
                table[b * groupCount + Int(g.group)] = GroupLine.loyaltyReference(published: g.majorityPosition, tally: g.tally, source: source)
            }
        }
        return table
    }
}
