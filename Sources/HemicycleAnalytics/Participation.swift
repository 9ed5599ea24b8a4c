import HemicycleModel

/// A deputy's participation in ballots (*participation aux scrutins*), Datan's definition.
///
/// For each ballot in scope on which the deputy held a seat: 1 if they voted for, against or
/// abstained (in person or by proxy), 0 if they are not listed (absent), and the ballot is
/// dropped if they are listed non-voting (presiding the sitting, President of the Assemblée,
/// member of the government, or another non-voter). Ballots on days without a seat are dropped.
public struct DeputyParticipation: Hashable, Sendable, Codable {
    /// The deputy id (`PA…`).
    public var deputyID: String
    /// The ballots the figure is computed on.
    public var scope: BallotScope
    /// Votes (for, against, abstention) over ballots in scope while in office, minus those where
    /// the deputy was listed non-voting; a rate in 0…1 with exclusions by reason (counts of
    /// ballots): not in office, presiding, government member, other non-voting, censure motion
    /// and out of scope (ballots outside the scope while in office).
    public var participation: Rate
    /// Votes cast in person, a count of ballots.
    public var inPerson: Int
    /// Votes cast by proxy (*par délégation*), a count of ballots.
    public var byProxy: Int
    /// Ballots in scope, in office, on which the deputy is not listed at all: a count of ballots.
    public var absences: Int
    /// Positions recorded on ballots in scope (for, against, abstentions, non-voting), counts.
    public var positions: Tally
    /// Ballots in scope on which the deputy is listed although the seat periods say they were
    /// not in office (a data inconsistency): counted as in office.
    public var listedOutsideSeatPeriods: Int
    /// Whether no seat period was given for the deputy, so that the period was taken to run from
    /// their first to their last listed ballot (any scope).
    public var seatPeriodsInferred: Bool

    /// Votes by proxy over votes, a rate in 0…1.
    public var proxyShare: Rate { Rate(byProxy, of: inPerson + byProxy) }
}

extension VoteMatrix {
    /// Participation of every deputy listed on a ballot or holding a seat on the day of at least
    /// one ballot, sorted by id.
    ///
    /// - Parameters:
    ///   - scope: which ballots count (Datan: ``BallotScope/allButCensure`` or ``BallotScope/solemn``).
    ///   - seatPeriods: for each deputy id, the periods in which they held a seat (see
    ///     ``SeatPeriod/fromMandates(_:)``). A deputy missing here is assumed in office from their
    ///     first to their last listed ballot (``DeputyParticipation/seatPeriodsInferred``).
    /// - Complexity: O(votes + deputies × periods × log ballots).
    public func participation(scope: BallotScope = .allButCensure, seatPeriods: [String: [SeatPeriod]]) -> [DeputyParticipation] {
        // Sorted day keys of the ballots, per scope verdict, to count ballots in a period quickly.
        var inScopeDays: [Int] = [], censureDays: [Int] = [], otherOutDays: [Int] = []
        var scopeVerdict = [ExclusionReason?](repeating: nil, count: ballots.count)
        for (b, ballot) in ballots.enumerated() {
            let reason = scope.exclusionReason(for: ballot)
            scopeVerdict[b] = reason
            switch reason {
            case nil: inScopeDays.append(dayKey(ballot.date))
            case .censureMotion?: censureDays.append(dayKey(ballot.date))
            default: otherOutDays.append(dayKey(ballot.date))
            }
        }
        inScopeDays.sort(); censureDays.sort(); otherOutDays.sort()

        // Every deputy: those listed, then those only known from their seats.
        var ids = deputyIDs
        var allIndex: [String: Int] = [:]
        for (i, id) in ids.enumerated() { allIndex[id] = i }
        for id in seatPeriods.keys.sorted() where allIndex[id] == nil {
            allIndex[id] = ids.count
            ids.append(id)
        }

        // The loops below run once per vote (1.2 million on the 16th and 17th): they compare day
        // keys (`Int`), not `CalendarDate`s, and read each deputy's merged periods as a run of a
        // flat array, not an array of arrays (8 % of `deputies` went to the per-vote
        // `SeatPeriod.contains` and array-of-array accesses, perf).
        let ballotDays = ballots.map { dayKey($0.date) }

        // Inferred periods for listed deputies without seat periods: the ballots of their first
        // and last listed days.
        var firstBallot = [Int](repeating: -1, count: deputyIDs.count)
        var lastBallot = [Int](repeating: -1, count: deputyIDs.count)
        for b in ballots.indices {
            let day = ballotDays[b]
            for e in entries[voteRanges[b]] {
                let d = Int(e.deputy)
                if firstBallot[d] < 0 || day < ballotDays[firstBallot[d]] { firstBallot[d] = b }
                if lastBallot[d] < 0 || day > ballotDays[lastBallot[d]] { lastBallot[d] = b }
            }
        }
        var periods = [[SeatPeriod]](repeating: [], count: ids.count)
        var inferred = [Bool](repeating: false, count: ids.count)
        for (i, id) in ids.enumerated() {
            if let given = seatPeriods[id] {
                periods[i] = mergedPeriods(given)
            } else if i < deputyIDs.count, firstBallot[i] >= 0 {
                periods[i] = [SeatPeriod(start: ballots[firstBallot[i]].date, end: ballots[lastBallot[i]].date)]
                inferred[i] = true
            }
        }
        // Deputy i's periods as day-key bounds: periodBounds[periodStart[i] ..< periodStart[i + 1]].
        var periodStart = [Int](repeating: 0, count: ids.count + 1)
        var periodBounds: [(lower: Int, upper: Int)] = []
        for i in ids.indices {
            periodStart[i] = periodBounds.count
            periodBounds += periods[i].map { ($0.start.map(dayKey) ?? Int.min, $0.end.map(dayKey) ?? Int.max) }
        }
        periodStart[ids.count] = periodBounds.count

        struct Counts {
            var inPerson = 0, byProxy = 0, listedOutside = 0
            var positions = InlineArray<4, Int>(repeating: 0)  // for, against, abstention, non-voting
            var exclusions = ExclusionCounter()
        }
        var counts = [Counts](repeating: Counts(), count: ids.count)
        for b in ballots.indices where scopeVerdict[b] == nil {
            let day = ballotDays[b]
            for e in entries[voteRanges[b]] {
                let d = Int(e.deputy)
                var inOffice = false
                for p in periodStart[d] ..< periodStart[d + 1] where periodBounds[p].lower <= day && day <= periodBounds[p].upper {
                    inOffice = true
                    break
                }
                if !inOffice { counts[d].listedOutside += 1 }
                switch e.position {
                case .for, .against, .abstention:
                    counts[d].positions[e.position == .for ? 0 : e.position == .against ? 1 : 2] += 1
                    if e.byProxy { counts[d].byProxy += 1 } else { counts[d].inPerson += 1 }
                case .nonVoting:
                    counts[d].positions[3] += 1
                    switch e.cause {
                    case .presidingSitting?, .presidentOfAssembly?: counts[d].exclusions.add(.presiding)
                    case .governmentMember?: counts[d].exclusions.add(.governmentMember)
                    case nil: counts[d].exclusions.add(.otherNonVoting)
                    }
                }
            }
        }

        var result: [DeputyParticipation] = []
        result.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() {
            var c = counts[i]
            let inOffice = periods[i].reduce(0) { $0 + count(in: inScopeDays, within: $1) } + c.listedOutside
            let censure = periods[i].reduce(0) { $0 + count(in: censureDays, within: $1) }
            let outOfScope = periods[i].reduce(0) { $0 + count(in: otherOutDays, within: $1) }
            // A deputy known only from seat periods that cover none of the ballots (another
            // legislature) is not part of the table.
            if i >= deputyIDs.count, inOffice + censure + outOfScope == 0 { continue }
            c.exclusions.add(.notInOffice, max(0, inScopeDays.count - inOffice))
            c.exclusions.add(.censureMotion, censure)
            c.exclusions.add(.outOfScope, outOfScope)
            let nonVoting = c.exclusions[.presiding] + c.exclusions[.governmentMember] + c.exclusions[.otherNonVoting]
            let denominator = max(0, inOffice - nonVoting)
            let votes = c.inPerson + c.byProxy
            result.append(DeputyParticipation(
                deputyID: id, scope: scope,
                participation: Rate(votes, of: denominator, exclusions: c.exclusions.exclusions),
                inPerson: c.inPerson, byProxy: c.byProxy, absences: max(0, denominator - votes),
                positions: Tally(for: c.positions[0], against: c.positions[1], abstentions: c.positions[2], nonVoting: c.positions[3]),
                listedOutsideSeatPeriods: c.listedOutside,
                seatPeriodsInferred: inferred[i]))
        }
        return result.sorted { $0.deputyID < $1.deputyID }
    }
}
