import HemicycleModel

/// A part of a ballot report that `hemicycle report --section` prints, so that a notebook or a
/// script can show just what it discusses, in any format.
public enum BallotSection: String, Sendable, Hashable, CaseIterable {
    /// One row per ballot: date, result, voters, seats, turnout, official counts.
    case summary
    /// The table by political group (*groupe politique*), as published.
    case groups
    /// The deputies who voted for, by group.
    case `for`
    /// The deputies who voted against, by group.
    case against
    /// The deputies who abstained, by group.
    case abstention
    /// The deputies listed as non-voting (presiding officers, members of the government), by group.
    case nonVoting = "non-voting"
    /// The corrections (*mises au point*).
    case corrections
    /// Where the figures come from: ballot uid, dump file name (no folder, so the output is the
    /// same on every machine), entry and its SHA-256, official page.
    case source

    /// The position a names section lists.
    var position: VotePosition? {
        switch self {
        case .for: return .for
        case .against: return .against
        case .abstention: return .abstention
        case .nonVoting: return .nonVoting
        default: return nil
        }
    }
}
