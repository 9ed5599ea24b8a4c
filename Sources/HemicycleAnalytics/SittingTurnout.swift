import HemicycleModel

/// Turnout over sitting deputies: the published voters of each ballot over the seats held that
/// day (``SittingSeats``), beside turnout over the house size (``TurnoutSummary``).
public struct SittingTurnoutSummary: Hashable, Sendable {
    /// One ballot's voters and seats held that day.
    public struct Entry: Hashable, Sendable {
        /// The ballot's uid.
        public var ballotUID: String
        /// *Votants* as published, a count of deputies.
        public var voters: Int
        /// Seats held on the ballot's day, a count of deputies.
        public var sitting: Int
        /// Voters over sitting deputies, a rate in 0…1 (nil when no seat is held).
        public var rate: Rate { Rate(voters, of: sitting) }
    }

    /// Every ballot, in the order given.
    public var entries: [Entry]
    /// Distribution of voters / sitting deputies (in 0…1) over the ballots with a seat held.
    public var overall: Distribution?
    /// The same by ballot type.
    public var byType: [BallotType: Distribution]
    /// The fewest and most seats held on a ballot's day, counts of deputies (nil: no ballot).
    public var sittingRange: ClosedRange<Int>?

    /// Computes voters / seats held on the day of each ballot.
    public init(ballots: [Ballot], seats: SittingSeats) {
        // Many ballots share a day: count the seats once per day.
        var byDay: [CalendarDate: Int] = [:]
        let entries = ballots.map { b -> Entry in
            let sitting: Int
            if let known = byDay[b.date] { sitting = known } else { sitting = seats.count(on: b.date); byDay[b.date] = sitting }
            return Entry(ballotUID: b.uid, voters: b.voters, sitting: sitting)
        }
        self.entries = entries
        let types = Dictionary(ballots.map { ($0.uid, $0.type) }, uniquingKeysWith: { a, _ in a })
        let defined = entries.filter { $0.sitting > 0 }
        overall = Distribution(defined.compactMap(\.rate.value))
        byType = Dictionary(grouping: defined) { types[$0.ballotUID] ?? .other }.compactMapValues { Distribution($0.compactMap(\.rate.value)) }
        if let low = entries.map(\.sitting).min(), let high = entries.map(\.sitting).max() { sittingRange = low...high } else { sittingRange = nil }
    }
}
