/// A count that a ballot's official file publishes one way and recounts another way: the
/// published number (*décompte*) against the names it lists (*décompte nominatif*), or against the
/// published numbers it should be the sum of.
///
/// The Assemblée's files can disagree with themselves: in four ballots of the 16th legislature
/// (1927, 1929, 1930, 1948) a group's published count of *contre* or *pour* differs by one from the
/// names listed under it, and in ballot 1 of the 17th the published number of non-voting deputies
/// (10) is not the number named (21). Both figures are the Assemblée's: Hemicycle keeps the ballot,
/// uses the **published** figure as the official one (the default everywhere), and states the
/// recount beside it. A discrepancy is never a reason to refuse or "fix" a ballot.
///
/// Discrepancies are not stored: they are recomputed from the stored record
/// (``BallotRecord/discrepancies``), which keeps both the published counts and every named vote.
public struct BallotDiscrepancy: Hashable, Sendable, Codable {
    /// Which published figure disagrees.
    public enum Count: Hashable, Sendable, Codable {
        /// The count of one position (for, against, abstention, non-voting).
        case position(VotePosition)
        /// *Nombre de votants*, against the published for + against + abstentions.
        case voters
        /// *Suffrages exprimés*, against the published for + against.
        case expressed
    }

    /// What the published figure was recounted from.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// The deputies named in the lists (*décompte nominatif*).
        case names
        /// The sum of the groups' published counts.
        case groups
        /// The sum of the published position counts (for + against [+ abstentions]).
        case positions
    }

    /// The group entry whose count differs (its body id as published), or nil for the whole house
    /// (*syntheseVote*).
    public var groupRef: String?
    /// The group entry's position in the file (0-based), or nil for the whole house.
    public var groupEntry: Int?
    /// Which figure disagrees.
    public var count: Count
    /// The figure as published: the official one.
    public var published: Int
    /// The same figure recounted from ``basis``.
    public var recounted: Int
    /// What it was recounted from.
    public var basis: Basis

    public init(groupRef: String?, groupEntry: Int?, count: Count, published: Int, recounted: Int, basis: Basis) {
        self.groupRef = groupRef
        self.groupEntry = groupEntry
        self.count = count
        self.published = published
        self.recounted = recounted
        self.basis = basis
    }

    /// Recounted minus published (a count of deputies; negative when fewer are named).
    public var difference: Int { recounted - published }

    /// One English clause: "group PO800502 publishes 3 against but names 2"; `groupLabel` names
    /// a group (its abbreviation, say) where the id alone would not tell the reader.
    public func description(groupLabel: (String) -> String = { $0 }) -> String {
        let subject = groupRef.map { "group \(groupLabel($0))" } ?? "the total"
        let what: String
        switch count {
        case .position(.abstention): what = "abstentions"
        case .position(let position): what = position.label
        case .voters: what = "voters"
        case .expressed: what = "votes cast"
        }
        switch basis {
        case .names: return "\(subject) publishes \(published) \(what) but names \(recounted)"
        case .groups: return "\(subject) publishes \(published) \(what) but the groups' counts add up to \(recounted)"
        case .positions: return "\(subject) publishes \(published) \(what) but its position counts add up to \(recounted)"
        }
    }
}

extension BallotRecord {
    /// Every published count of this ballot that its own file recounts otherwise, house totals
    /// first, then group entries in the file's order; empty for a file that agrees with itself.
    ///
    /// Checked, for each of for, against, abstention and non-voting: each group entry's published
    /// count against the deputies named under it; the published total against the names of all
    /// groups, and against the sum of the groups' counts where that sum is not the names' count. Also *votants* against for + against +
    /// abstentions, and *suffrages exprimés* against for + against. A ballot published without
    /// group entries (none in the real data) has only the last two checks.
    public var discrepancies: [BallotDiscrepancy] {
        var named: [Int: Tally] = [:]
        var namedTotal = Tally()
        for vote in votes {
            namedTotal.add(vote.position)
            if let entry = vote.groupEntry { named[entry, default: Tally()].add(vote.position) }
        }
        var groupSum = Tally()
        for group in groups {
            for position in VotePosition.allCases { groupSum[position] += group.tally[position] }
        }
        var found: [BallotDiscrepancy] = []
        let official = ballot.official
        if ballot.voters != official.voters {
            found.append(.init(groupRef: nil, groupEntry: nil, count: .voters, published: ballot.voters, recounted: official.voters, basis: .positions))
        }
        if ballot.expressed != official.expressed {
            found.append(.init(groupRef: nil, groupEntry: nil, count: .expressed, published: ballot.expressed, recounted: official.expressed, basis: .positions))
        }
        if !groups.isEmpty {
            for position in VotePosition.allCases {
                if official[position] != namedTotal[position] {
                    found.append(.init(groupRef: nil, groupEntry: nil, count: .position(position), published: official[position], recounted: namedTotal[position], basis: .names))
                }
                // Against the groups' sum only when that tells something the names did not.
                if official[position] != groupSum[position], groupSum[position] != namedTotal[position] {
                    found.append(.init(groupRef: nil, groupEntry: nil, count: .position(position), published: official[position], recounted: groupSum[position], basis: .groups))
                }
            }
        }
        for group in groups {
            let names = named[group.order] ?? Tally()
            for position in VotePosition.allCases where group.tally[position] != names[position] {
                found.append(.init(groupRef: group.publishedGroupRef, groupEntry: group.order, count: .position(position),
                                   published: group.tally[position], recounted: names[position], basis: .names))
            }
        }
        return found
    }

    /// The tally recounted from the named lists: one count per deputy named, whatever the
    /// published figures say. (``Ballot/official`` is the published one.)
    public var namedTally: Tally { Tally(positions: votes.lazy.map(\.position)) }

    /// The record with its counts recounted from the named lists (`--count named`): the house's
    /// and each group entry's for, against, abstentions and non-voting become the number of
    /// deputies named there, and voters and votes cast follow. *Non-votants volontaires*, the
    /// members of each group and the majority required stay as published, and so does the result:
    /// it is the Assemblée's decision, not a figure to recount. The published record is the
    /// official one; this is the other reading of a file that disagrees with itself.
    public func recountedFromNames() -> BallotRecord {
        var record = self
        let named = namedTally
        record.ballot.official = Tally(for: named.for, against: named.against, abstentions: named.abstentions,
                                       nonVoting: named.nonVoting, voluntaryNonVoting: ballot.official.voluntaryNonVoting)
        record.ballot.voters = named.voters
        record.ballot.expressed = named.expressed
        var byEntry: [Int: Tally] = [:]
        for vote in votes {
            if let entry = vote.groupEntry { byEntry[entry, default: Tally()].add(vote.position) }
        }
        for i in record.groups.indices {
            let group = record.groups[i]
            // Votes read without their group entry (an older store) are counted by group id.
            let recount = byEntry.isEmpty ? Tally(positions: votes.lazy.filter { $0.groupRef == group.groupRef }.map(\.position))
                : byEntry[group.order] ?? Tally()
            record.groups[i].tally = Tally(for: recount.for, against: recount.against, abstentions: recount.abstentions,
                                           nonVoting: recount.nonVoting, voluntaryNonVoting: group.tally.voluntaryNonVoting)
        }
        return record
    }
}
