import HemicycleModel

/// Cohesion indices of a group's counts on one ballot.
public enum CohesionIndex {
    /// The Rice index (Rice 1925): |for − against| / (for + against), in 0…1; 1 when the group
    /// voted as one, 0 when split evenly. Abstentions and non-voters are ignored. Nil when
    /// nobody in the group voted for or against.
    public static func rice(_ tally: Tally) -> Double? {
        let expressed = tally.for + tally.against
        guard expressed > 0 else { return nil }
        return Double(abs(tally.for - tally.against)) / Double(expressed)
    }

    /// The Attinà index (Attinà 1990): (highest − sum of the other two) / (for + against +
    /// abstentions), where "highest" is the largest of the three counts. In −1/3…1: 1 when the
    /// group voted as one, −1/3 when split in three equal parts, 0 when one position has exactly
    /// half the votes. Abstention counts as a third position; non-voters are ignored. Nil when
    /// nobody in the group voted.
    public static func attina(_ tally: Tally) -> Double? {
        let total = tally.voters
        guard total > 0 else { return nil }
        let highest = max(tally.for, tally.against, tally.abstentions)
        return Double(highest - (total - highest)) / Double(total)
    }

    /// The agreement index of Hix, Noury & Roland (2005): (max(Y, N, A) − ½[(Y + N + A) −
    /// max(Y, N, A)]) / (Y + N + A), in 0…1; 1 when everyone took the same position, 0 when split
    /// in three equal parts. Nil when nobody voted.
    public static func agreement(_ tally: Tally) -> Double? {
        let total = tally.voters
        guard total > 0 else { return nil }
        let highest = max(tally.for, tally.against, tally.abstentions)
        return (Double(highest) - 0.5 * Double(total - highest)) / Double(total)
    }
}

/// One group's cohesion on one ballot.
public struct GroupBallotCohesion: Hashable, Sendable, Codable {
    /// The ballot's uid.
    public var ballotUID: String
    /// The group id (`PO…`).
    public var groupID: String
    /// The group's published counts.
    public var tally: Tally
    /// Members that day, a count of deputies.
    public var members: Int
    /// The published majority position.
    public var majorityPosition: VotePosition?
    /// Rice index, in 0…1 (nil when nobody voted for or against).
    public var rice: Double?
    /// Attinà index, in −1/3…1 (nil when nobody voted).
    public var attina: Double?
    /// Whether the ballot was contested (see ``HemicycleModel/Ballot/isContested``).
    public var contested: Bool
}

/// A group's mean cohesion over ballots.
public struct GroupCohesionSummary: Hashable, Sendable, Codable {
    /// The group id (`PO…`).
    public var groupID: String
    /// Mean Rice index over the ballots where it is defined, unweighted; nil if none.
    public var meanRice: Double?
    /// How many ballots the mean Rice index is over.
    public var riceBallots: Int
    /// Mean Attinà index over the ballots where it is defined, unweighted; nil if none.
    public var meanAttina: Double?
    /// How many ballots the mean Attinà index is over.
    public var attinaBallots: Int
    /// Mean Rice index over contested ballots only.
    public var contestedMeanRice: Double?
    /// How many contested ballots the contested mean Rice index is over.
    public var contestedRiceBallots: Int
    /// Mean Attinà index over contested ballots only.
    public var contestedMeanAttina: Double?
    /// How many contested ballots the contested mean Attinà index is over.
    public var contestedAttinaBallots: Int
}

extension Ballot {
    /// A ballot is *contested* when the winning side of the house (the larger of for and
    /// against) got less than this share of the votes cast: 0.9. Near-unanimous ballots tell
    /// nothing about group discipline and would inflate every cohesion index.
    public static let contestedWinningShareThreshold = 0.9

    /// Whether the ballot was contested: the larger of the published for and against is under
    /// ``contestedWinningShareThreshold`` (90 %) of the votes cast. A ballot with no votes cast
    /// is not contested.
    public var isContested: Bool {
        let expressed = official.for + official.against
        guard expressed > 0 else { return false }
        return Double(max(official.for, official.against)) < Ballot.contestedWinningShareThreshold * Double(expressed)
    }
}

extension VoteMatrix {
    /// Cohesion of every group on every ballot, from the published group counts, in ballot then
    /// published group order.
    public func groupCohesion() -> [GroupBallotCohesion] {
        var rows: [GroupBallotCohesion] = []
        rows.reserveCapacity(groupEntries.count)
        for (b, ballot) in ballots.enumerated() {
            let contested = ballot.isContested
            for g in groupEntries[groupRanges[b]] {
                rows.append(GroupBallotCohesion(
                    ballotUID: ballot.uid, groupID: groupIDs[Int(g.group)], tally: g.tally, members: g.members,
                    majorityPosition: g.majorityPosition, rice: CohesionIndex.rice(g.tally),
                    attina: CohesionIndex.attina(g.tally), contested: contested))
            }
        }
        return rows
    }

    /// Mean cohesion of every group over the ballots (all, and contested only), sorted by id.
    public func groupCohesionSummary() -> [GroupCohesionSummary] {
        struct Sums { var rice = 0.0, riceN = 0, attina = 0.0, attinaN = 0, cRice = 0.0, cRiceN = 0, cAttina = 0.0, cAttinaN = 0 }
        var sums = [Sums](repeating: Sums(), count: groupCount)
        var seen = [Bool](repeating: false, count: groupCount)
        for (b, ballot) in ballots.enumerated() {
            let contested = ballot.isContested
            for g in groupEntries[groupRanges[b]] {
                let i = Int(g.group)
                seen[i] = true
                if let r = CohesionIndex.rice(g.tally) {
                    sums[i].rice += r; sums[i].riceN += 1
                    if contested { sums[i].cRice += r; sums[i].cRiceN += 1 }
                }
                if let a = CohesionIndex.attina(g.tally) {
                    sums[i].attina += a; sums[i].attinaN += 1
                    if contested { sums[i].cAttina += a; sums[i].cAttinaN += 1 }
                }
            }
        }
        func mean(_ sum: Double, _ n: Int) -> Double? { n > 0 ? sum / Double(n) : nil }
        return groupIDs.indices.filter { seen[$0] }.map { i in
            let s = sums[i]
            return GroupCohesionSummary(
                groupID: groupIDs[i], meanRice: mean(s.rice, s.riceN), riceBallots: s.riceN,
                meanAttina: mean(s.attina, s.attinaN), attinaBallots: s.attinaN,
                contestedMeanRice: mean(s.cRice, s.cRiceN), contestedRiceBallots: s.cRiceN,
                contestedMeanAttina: mean(s.cAttina, s.cAttinaN), contestedAttinaBallots: s.cAttinaN)
        }
        .sorted { $0.groupID < $1.groupID }
    }
}
