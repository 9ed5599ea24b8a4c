import HemicycleAnalytics
import HemicycleModel

/// The one-line summary of a ballot shown in legislative timelines.
public enum BallotTurnoutLine {
    /// "125 voters of 577 (21.7 %) — 86 for, 37 against, 2 abst.": the official counts
    /// (*votants* = for + against + abstentions) over the seats.
    public static func line(_ ballot: Ballot) -> String { line(ballot, language: .english) }

    /// The line in `language`: "125 voters of 577 (21.7 %) — 86 for, 37 against, 2 abst." or
    /// "125 votants sur 577 (21,7 %) — 86 pour, 37 contre, 2 abst.".
    public static func line(_ ballot: Ballot, language: NumberFormatting.Language) -> String {
        let o = ballot.official
        let share = NumberFormatting.percent(BallotTurnout(ballot).rate.value, language: language)
        guard language == .french else {
            return "\(ballot.voters) voters of \(ballot.seats) (\(share)) — \(o.for) for, \(o.against) against, \(o.abstentions) abst."
        }
        let n = { (value: Int) in NumberFormatting.integer(value, language: .french) }
        return "\(n(ballot.voters)) votant\(ballot.voters > 1 ? "s" : "") sur \(n(ballot.seats)) (\(share)) — \(n(o.for)) pour, \(n(o.against)) contre, \(n(o.abstentions)) abst."
    }

    /// "n° 773 (2025-02-11, adopted)".
    public static func label(_ ballot: Ballot) -> String {
        "n° \(ballot.number) (\(ballot.date), \(ballot.result.rawValue))"
    }
}
