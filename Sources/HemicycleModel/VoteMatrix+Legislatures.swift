extension VoteMatrix {
    /// The matrices one after the other, as one: the ballots of the first, then of the second…
    /// (the store keeps one packed matrix per legislature; a deputy's career spans several).
    ///
    /// Deputy and group ids are interned again over the union, first seen first: a person keeps
    /// one index across legislatures (a `PA…` id is for life), and groups, whose ids differ from
    /// one legislature to the next, never merge.
    public init(concatenating parts: [VoteMatrix]) {
        if parts.count == 1, let only = parts.first {
            self = only
            return
        }
        var deputyIDs: [String] = [], groupIDs: [String] = []
        var deputyIndex: [String: Int32] = [:], groupIndex: [String: Int32] = [:]
        var ballots: [Ballot] = [], entries: [Entry] = [], groupEntries: [GroupEntry] = []
        var voteRanges: [Range<Int>] = [], groupRanges: [Range<Int>] = [], corrections: [[Correction]] = []
        entries.reserveCapacity(parts.reduce(0) { $0 + $1.entries.count })
        for part in parts {
            let deputyMap = part.deputyIDs.map { Self.intern($0, &deputyIndex, &deputyIDs) }
            let groupMap = part.groupIDs.map { Self.intern($0, &groupIndex, &groupIDs) }
            let voteOffset = entries.count, groupOffset = groupEntries.count
            for var entry in part.entries {
                entry.deputy = deputyMap[Int(entry.deputy)]
                entry.group = groupMap[Int(entry.group)]
                entries.append(entry)
            }
            for var groupEntry in part.groupEntries {
                groupEntry.group = groupMap[Int(groupEntry.group)]
                groupEntries.append(groupEntry)
            }
            voteRanges += part.voteRanges.map { ($0.lowerBound + voteOffset)..<($0.upperBound + voteOffset) }
            groupRanges += part.groupRanges.map { ($0.lowerBound + groupOffset)..<($0.upperBound + groupOffset) }
            ballots += part.ballots
            corrections += part.corrections
        }
        self.init(ballots: ballots, deputyIDs: deputyIDs, groupIDs: groupIDs, entries: entries, voteRanges: voteRanges,
                  groupEntries: groupEntries, groupRanges: groupRanges, corrections: corrections)
    }

    /// The same matrix restricted to the ballots that `keep` accepts, in the same order (one
    /// legislature of a career, say). Deputy and group indices are unchanged: an id interned here
    /// may have no vote left.
    public func selecting(_ keep: (Ballot) -> Bool) -> VoteMatrix {
        var ballots: [Ballot] = [], entries: [Entry] = [], groupEntries: [GroupEntry] = []
        var voteRanges: [Range<Int>] = [], groupRanges: [Range<Int>] = [], corrections: [[Correction]] = []
        for (b, ballot) in self.ballots.enumerated() where keep(ballot) {
            let voteStart = entries.count, groupStart = groupEntries.count
            entries += self.entries[self.voteRanges[b]]
            groupEntries += self.groupEntries[self.groupRanges[b]]
            voteRanges.append(voteStart..<entries.count)
            groupRanges.append(groupStart..<groupEntries.count)
            ballots.append(ballot)
            corrections.append(self.corrections[b])
        }
        return VoteMatrix(ballots: ballots, deputyIDs: deputyIDs, groupIDs: groupIDs, entries: entries, voteRanges: voteRanges,
                          groupEntries: groupEntries, groupRanges: groupRanges, corrections: corrections)
    }

    /// The legislatures of the ballots, ascending.
    public var legislatures: [Int] { Set(ballots.map(\.legislature)).sorted() }
}
