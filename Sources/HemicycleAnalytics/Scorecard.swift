import HemicycleModel

/// How a scorecard counts a deputy who did not vote on a scored ballot while in office.
public enum AbsencePolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// Absence is left out of the score (the ballot is excluded for that deputy).
    case ignore = "ignore"
    /// Absence counts as a vote against the wanted position: 0 points out of 1.
    case against = "against"
    /// Absence counts as half a point out of 1.
    case half = "half"
}

/// A deputy's score against a chosen position on chosen ballots (a *scorecard*, as advocacy
/// groups publish): 1 point per ballot where they took the wanted position, 0 where they took
/// another (abstention included), absence per the ``AbsencePolicy``.
///
/// Always dropped: ballots on which the deputy did not hold a seat (when seat periods are given),
/// and ballots on which they are listed non-voting for a published cause (presiding, government),
/// which is not a choice. A non-voter without a cause is treated as absent.
public struct DeputyScore: Hashable, Sendable, Codable {
    /// The deputy id (`PA…`).
    public var deputyID: String
    /// Points over scored ballots, a rate in 0…1 (the numerator may hold half points).
    public var score: Rate
    /// The deputy's outcome on every scored ballot, in ballot order (excluded ones included, with
    /// the reason).
    public var details: [Detail]
    /// Rank by score, 1 = best; deputies with the same score share a rank (1, 2, 2, 4…).
    /// Nil when the deputy has no scored ballot.
    public var rank: Int?

    /// One ballot of the scorecard for one deputy.
    public struct Detail: Hashable, Sendable, Codable {
        /// The ballot's uid.
        public var ballotUID: String
        /// The wanted position.
        public var wanted: VotePosition
        /// The recorded position, nil if absent.
        public var recorded: VotePosition?
        /// Points earned (0, ½ or 1), nil if the ballot is left out for this deputy.
        public var points: Double?
        /// Why the ballot is left out, if it is.
        public var exclusion: ExclusionReason?
    }
}

extension VoteMatrix {
    /// Scores every deputy listed on at least one ballot (or given a seat period) against the
    /// wanted positions, ranked best first (ties share a rank; unscored deputies last, by id).
    ///
    /// - Parameters:
    ///   - wanted: ballot uid → wanted position (for, against or abstention). Ballots not in the
    ///     matrix are ignored.
    ///   - absence: how absence counts.
    ///   - seatPeriods: seat periods by deputy id; a deputy missing here is taken to be in office
    ///     on every scored ballot. Pass `[:]` when unknown.
    public func scorecard(wanted: [String: VotePosition], absence: AbsencePolicy, seatPeriods: [String: [SeatPeriod]] = [:]) -> [DeputyScore] {
        let scored = ballots.indices.filter { wanted[ballots[$0].uid] != nil }
        var ids = deputyIDs
        for id in seatPeriods.keys.sorted() where deputy(id) == nil { ids.append(id) }
        var details = [[DeputyScore.Detail]](repeating: [], count: ids.count)
        var recorded = [Int32: (VotePosition, NonVotingCause?)]()
        for b in scored {
            let ballot = ballots[b]
            guard let want = wanted[ballot.uid] else { continue }
            recorded.removeAll(keepingCapacity: true)
            for e in entries[voteRanges[b]] { recorded[e.deputy] = (e.position, e.cause) }
            for (d, id) in ids.enumerated() {
                let position = d < deputyCount ? recorded[Int32(d)] : nil
                var detail = DeputyScore.Detail(ballotUID: ballot.uid, wanted: want, recorded: position?.0, points: nil, exclusion: nil)
                if let periods = seatPeriods[id], position == nil, !periods.contains(where: { $0.contains(ballot.date) }) {
                    detail.exclusion = .notInOffice
                    details[d].append(detail)
                    continue
                }
                switch position {
                case let (p, _)? where p.isVoter:
                    detail.points = p == want ? 1 : 0
                case (_, let cause?)?:
                    detail.exclusion = cause == .governmentMember ? .governmentMember : .presiding
                default:
                    switch absence {
                    case .ignore: detail.exclusion = .absent
                    case .against: detail.points = 0
                    case .half: detail.points = 0.5
                    }
                }
                details[d].append(detail)
            }
        }
        var scores = ids.enumerated().map { d, id in
            var exclusions = ExclusionCounter()
            for detail in details[d] { if let reason = detail.exclusion { exclusions.add(reason) } }
            let counted = details[d].compactMap(\.points)
            return DeputyScore(
                deputyID: id,
                score: Rate(numerator: counted.reduce(0, +), denominator: counted.count, exclusions: exclusions.exclusions),
                details: details[d], rank: nil)
        }
        scores.sort { a, b in
            switch (a.score.value, b.score.value) {
            case let (x?, y?): return x != y ? x > y : a.deputyID < b.deputyID
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.deputyID < b.deputyID
            }
        }
        assignCompetitionRanks(&scores)
        return scores
    }
}

/// Standard competition ranking ("1224"): equal scores share the rank of the first of them.
func assignCompetitionRanks(_ scores: inout [DeputyScore]) {
    var previous: Double?
    var previousRank = 0
    for i in scores.indices {
        guard let value = scores[i].score.value else { continue }
        let rank = value == previous ? previousRank : i + 1
        scores[i].rank = rank
        previous = value
        previousRank = rank
    }
}
