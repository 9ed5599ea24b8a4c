import HemicycleModel

/// How a ballot's outcome follows from its counts.
///
/// On ordinary and solemn ballots the Assemblée requires the majority of votes cast (*majorité
/// absolue des suffrages exprimés*): adopted iff `for ≥ ⌊expressed / 2⌋ + 1`, i.e. `for > against`;
/// a tie rejects. A motion of censure needs the absolute majority of the members of the house
/// (289 of 577), a fixed threshold whatever the turnout. All 3,876 ballots of the 17th
/// legislature follow one of these two rules with the published *suffrages requis*.
public enum AdoptionRule: Hashable, Sendable, Codable {
    /// Adopted iff votes for > votes against (majority of votes cast; abstentions do not count).
    case majorityOfExpressed
    /// Adopted iff votes for ≥ the given count of deputies, whatever the other counts.
    case fixedThreshold(Int)

    /// The rule of a ballot: a fixed threshold for a motion of censure (the published
    /// *suffrages requis*, else the absolute majority of seats), or when the published
    /// requirement is not the majority of the published votes cast; the majority of votes cast
    /// otherwise (recomputed when the counts change, e.g. after corrections).
    public init(ballot: Ballot) {
        let majorityOfCast = ballot.expressed / 2 + 1
        if ballot.type == .censureMotion {
            self = .fixedThreshold(ballot.required > 0 ? ballot.required : ballot.seats / 2 + 1)
        } else if ballot.required > 0, ballot.required != majorityOfCast {
            self = .fixedThreshold(ballot.required)
        } else {
            self = .majorityOfExpressed
        }
    }

    /// The votes for needed for adoption given these counts, a count of deputies.
    public func requiredFor(_ tally: Tally) -> Int {
        switch self {
        case .majorityOfExpressed: return tally.expressed / 2 + 1
        case .fixedThreshold(let n): return n
        }
    }

    /// Whether these counts adopt.
    public func adopts(_ tally: Tally) -> Bool {
        switch self {
        case .majorityOfExpressed: return tally.for > tally.against
        case .fixedThreshold(let n): return tally.for >= n
        }
    }
}
