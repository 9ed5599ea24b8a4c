import HemicycleAnalytics
import HemicycleModel

/// The one-line summary of a ballot shown in legislative timelines.
public enum BallotTurnoutLine {
    /// "125 voters of 577 (21.7 %) — 86 for, 37 against, 2 abst.": the official counts
    /// (*votants* = for + against + abstentions) over the seats.
    public static func line(_ ballot: Ballot) -> String {
        let o = ballot.official
        let share = NumberFormatting.percent(BallotTurnout(ballot).rate.value, language: .english)
        return "\(ballot.voters) voters of \(ballot.seats) (\(share)) — \(o.for) for, \(o.against) against, \(o.abstentions) abst."
    }

    /// "n° 773 (2025-02-11, adopted)".
    public static func label(_ ballot: Ballot) -> String {
        "n° \(ballot.number) (\(ballot.date), \(ballot.result.rawValue))"
    }
}
