import HemicycleModel

/// Turnout (*participation au scrutin*) of one ballot: the published voters over the seats.
public struct BallotTurnout: Hashable, Sendable, Codable {
    /// The ballot's uid.
    public var ballotUID: String
    /// The ballot number.
    public var number: Int
    /// The day of the vote.
    public var date: CalendarDate
    /// The kind of ballot.
    public var type: BallotType
    /// The outcome as published.
    public var result: BallotResult
    /// *Votants* as published (for + against + abstentions), a count of deputies.
    public var voters: Int
    /// Seats in the house (577), a count of deputies.
    public var seats: Int

    /// Voters over seats, a rate in 0…1 (nil when there are no seats).
    public var rate: Rate { Rate(voters, of: seats) }

    /// The turnout of a ballot, from its published totals.
    public init(_ ballot: Ballot) {
        ballotUID = ballot.uid
        number = ballot.number
        date = ballot.date
        type = ballot.type
        result = ballot.result
        voters = ballot.voters
        seats = ballot.seats
    }
}

/// Summaries of turnout over many ballots.
public struct TurnoutSummary: Hashable, Sendable, Codable {
    /// Turnout of every ballot, in the order given.
    public var ballots: [BallotTurnout]
    /// Distribution of turnout (voters / seats, in 0…1) over all ballots.
    public var overall: Distribution?
    /// Distribution of turnout by ballot type.
    public var byType: [BallotType: Distribution]
    /// Distribution of turnout by month (`yyyy-MM`, ``CalendarDate/monthKey``).
    public var byMonth: [String: Distribution]
    /// Distribution of turnout by outcome.
    public var byResult: [BallotResult: Distribution]
    /// The threshold used for ``lowTurnoutBallots``, a count of voters.
    public var lowTurnoutThreshold: Int
    /// Ballots with fewer than ``lowTurnoutThreshold`` voters, out of all ballots.
    public var lowTurnoutBallots: Rate
    /// Adopted ballots with the fewest voters, fewest first (ties by ballot number).
    public var lowestTurnoutAdopted: [BallotTurnout]

    /// The default low-turnout threshold: 50 voters, under a tenth of the house.
    public static let defaultLowTurnoutThreshold = 50

    /// Computes the summaries.
    /// - Parameters:
    ///   - ballots: the ballots, any order.
    ///   - lowTurnoutThreshold: ballots with strictly fewer voters than this are counted as
    ///     low-turnout (a count of deputies).
    ///   - lowestAdoptedCount: how many lowest-turnout adopted ballots to list.
    public init(ballots: [Ballot], lowTurnoutThreshold: Int = TurnoutSummary.defaultLowTurnoutThreshold, lowestAdoptedCount: Int = 10) {
        let turnouts = ballots.map(BallotTurnout.init)
        self.ballots = turnouts
        func value(_ t: BallotTurnout) -> Double { t.rate.value ?? 0 }
        overall = Distribution(turnouts.map(value))
        byType = Dictionary(grouping: turnouts, by: \.type).compactMapValues { Distribution($0.map(value)) }
        byMonth = Dictionary(grouping: turnouts, by: \.date.monthKey).compactMapValues { Distribution($0.map(value)) }
        byResult = Dictionary(grouping: turnouts, by: \.result).compactMapValues { Distribution($0.map(value)) }
        self.lowTurnoutThreshold = lowTurnoutThreshold
        lowTurnoutBallots = Rate(turnouts.count { $0.voters < lowTurnoutThreshold }, of: turnouts.count)
        lowestTurnoutAdopted = Array(
            turnouts.filter { $0.result == .adopted }
                .sorted { ($0.voters, $0.number) < ($1.voters, $1.number) }
                .prefix(max(0, lowestAdoptedCount)))
    }
}
