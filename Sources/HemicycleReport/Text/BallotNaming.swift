import HemicycleModel

/// How a document names the ballots it shows together: `N° 773` (and keys `ballot_773`) when they
/// are of one legislature, `16:1274` (`ballot_16_1274`) when they span several — a number alone
/// would then name two ballots. One rule for column headers, row cells and section titles.
public struct BallotNaming: Sendable {
    /// Whether the references carry their legislature.
    public let qualified: Bool

    /// The naming for these ballots, shown together.
    public init(_ ballots: [Ballot]) {
        qualified = Set(ballots.map(\.legislature)).count > 1
    }

    /// `N° 773`, or `16:1274`.
    public func label(_ ballot: Ballot) -> String {
        qualified ? reference(ballot) : "N° \(ballot.number)"
    }

    /// A cell of an `N°` column: `773`, or `16:1274`.
    public func cell(_ ballot: Ballot) -> String {
        qualified ? reference(ballot) : "\(ballot.number)"
    }

    /// What follows `ballot_` (or `points_`) in a column key: `773`, or `16_1274`.
    public func keySuffix(_ ballot: Ballot) -> String {
        qualified ? "\(ballot.legislature)_\(ballot.number)" : "\(ballot.number)"
    }

    private func reference(_ ballot: Ballot) -> String {
        BallotReference.number(ballot.number, legislature: ballot.legislature).description
    }
}
