import HemicycleModel

extension BallotRecord {
    /// The record as it would read with every correction (*mise au point*) applied: the
    /// "corrections applied" variant of every statistic (`--with-corrections`).
    ///
    /// The house and group counts are those of ``CorrectedTally`` (published counts, each
    /// correction moving its deputy from the current to the intended position, in published
    /// order, a later correction superseding an earlier one). The nominative list is changed the
    /// same way: a listed deputy takes the intended position (and loses any non-voting cause); a
    /// deputy not listed (recorded absent) is added at the intended position under
    /// `groupOf(deputy)`, or under the empty group id `""` when the caller cannot tell the group
    /// (such a vote is then compared with no group line). The votes cast, voters and outcome are
    /// recomputed from the corrected house counts under the ballot's ``AdoptionRule``; the
    /// groups' published majority positions are kept as published (the recounted ``GroupLine``
    /// follows the corrected group counts). A record without
    /// corrections is returned unchanged.
    public func applyingCorrections(groupOf: (String) -> String? = { _ in nil }) -> BallotRecord {
        guard !corrections.isEmpty else { return self }
        let corrected = CorrectedTally(record: self, groupOf: groupOf)
        var record = self
        var slot: [String: Int] = [:]
        let correctedDeputies = Set(corrections.map(\.deputyRef))
        for (i, v) in votes.enumerated() where correctedDeputies.contains(v.deputyRef) && slot[v.deputyRef] == nil {
            slot[v.deputyRef] = i
        }
        for c in corrections {
            if let i = slot[c.deputyRef] {
                record.votes[i].position = c.intendedPosition
                record.votes[i].cause = nil
                record.votes[i].causeCode = nil
            } else {
                slot[c.deputyRef] = record.votes.count
                record.votes.append(Vote(
                    ballotUID: ballot.uid, deputyRef: c.deputyRef, mandateRef: c.mandateRef,
                    groupRef: groupOf(c.deputyRef) ?? "", position: c.intendedPosition, byProxy: false, seat: nil))
            }
        }
        // CorrectedTally keeps the published group order, so the indices match.
        for (i, g) in corrected.groups.enumerated() where i < record.groups.count && record.groups[i].groupRef == g.groupID {
            record.groups[i].tally = g.corrected
        }
        record.ballot.official = corrected.corrected
        record.ballot.voters = corrected.corrected.voters
        record.ballot.expressed = corrected.corrected.expressed
        if case .majorityOfExpressed = corrected.rule {
            record.ballot.required = corrected.corrected.expressed / 2 + 1
        }
        if corrected.flips {
            record.ballot.result = corrected.adoptedAsCorrected ? .adopted : .rejected
        }
        return record
    }
}
