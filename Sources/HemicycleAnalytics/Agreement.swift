import HemicycleModel

/// The agreement between every pair of groups: the Hix–Noury–Roland agreement index of the two
/// groups' pooled counts, averaged over the ballots on which both groups voted.
///
/// For groups *i* ≠ *j* and a ballot where each cast at least one vote (for, against or
/// abstention), pool their published counts Y = Yᵢ + Yⱼ, N = Nᵢ + Nⱼ, A = Aᵢ + Aⱼ and take
/// ``CohesionIndex/agreement(_:)``; the matrix entry is the unweighted mean over those ballots,
/// in 0…1. The diagonal is 1 by convention (a group agrees with itself), whatever its own
/// cohesion. The matrix is symmetric by construction.
public struct AgreementMatrix: Hashable, Sendable, Codable {
    /// The group ids, indexing rows and columns.
    public var groupIDs: [String]
    /// Row-major means, `values[i * groupIDs.count + j]`; nil when the two groups never both voted.
    public var values: [Double?]
    /// Row-major counts of ballots each mean is over.
    public var ballotCounts: [Int]

    /// The mean agreement of groups `i` and `j` (indices into ``groupIDs``), in 0…1.
    public subscript(i: Int, j: Int) -> Double? { values[i * groupIDs.count + j] }

    /// The number of ballots the agreement of groups `i` and `j` is averaged over.
    public func ballots(_ i: Int, _ j: Int) -> Int { ballotCounts[i * groupIDs.count + j] }

    /// The mean agreement of two groups by id, or nil if unknown or never both voting.
    public func agreement(_ a: String, _ b: String) -> Double? {
        guard let i = groupIDs.firstIndex(of: a), let j = groupIDs.firstIndex(of: b) else { return nil }
        return self[i, j]
    }
}

extension VoteMatrix {
    /// The agreement matrix over the groups of these ballots (ids sorted), from the published
    /// group counts.
    ///
    /// - Parameter excludingGroups: group ids left out (e.g. the bogus `PO0`).
    /// - Complexity: O(ballots × groups²).
    public func groupAgreement(excludingGroups: Set<String> = []) -> AgreementMatrix {
        let order = groupIDs.indices.filter { !excludingGroups.contains(groupIDs[$0]) }
            .sorted { groupIDs[$0] < groupIDs[$1] }
        var position = [Int](repeating: -1, count: groupCount)
        for (k, g) in order.enumerated() { position[g] = k }
        let n = order.count
        var sums = [Double](repeating: 0, count: n * n)
        var counts = [Int](repeating: 0, count: n * n)
        var present: [(Int, Tally)] = []
        for b in ballots.indices {
            present.removeAll(keepingCapacity: true)
            for g in groupEntries[groupRanges[b]] {
                let k = position[Int(g.group)]
                if k >= 0, g.tally.voters > 0 { present.append((k, g.tally)) }
            }
            for x in present.indices {
                for y in present.indices where y > x {
                    let (i, a) = present[x], (j, c) = present[y]
                    let pooled = Tally(for: a.for + c.for, against: a.against + c.against, abstentions: a.abstentions + c.abstentions)
                    guard let ai = CohesionIndex.agreement(pooled), i != j else { continue }
                    sums[i * n + j] += ai; counts[i * n + j] += 1
                    sums[j * n + i] += ai; counts[j * n + i] += 1
                }
            }
        }
        var values = [Double?](repeating: nil, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                if i == j { values[i * n + j] = 1 } else if counts[i * n + j] > 0 {
                    values[i * n + j] = sums[i * n + j] / Double(counts[i * n + j])
                }
            }
        }
        return AgreementMatrix(groupIDs: order.map { groupIDs[$0] }, values: values, ballotCounts: counts)
    }

    /// How often two deputies took the same position: ballots on which both voted (for,
    /// against or abstention) and took the same one, over ballots on which both voted; a rate in
    /// 0…1 (a count of ballots). Nil if either id is unknown. Computed on demand in O(votes).
    public func deputyAgreement(_ a: String, _ b: String) -> Rate? {
        guard let da = deputy(a), let db = deputy(b) else { return nil }
        if da == db {
            let voted = entries.count { $0.deputy == da && $0.position.isVoter }
            return Rate(voted, of: voted)
        }
        var same = 0, both = 0
        for b in ballots.indices {
            var pa: VotePosition?, pb: VotePosition?
            for e in entries[voteRanges[b]] where e.position.isVoter {
                if e.deputy == da { pa = e.position } else if e.deputy == db { pb = e.position }
            }
            if let pa, let pb {
                both += 1
                if pa == pb { same += 1 }
            }
        }
        return Rate(same, of: both)
    }
}
