import HemicycleModel

/// A ballot as stored, with everything needed to report it and to trace it to its source.
public struct StoredBallot: Sendable {
    public var record: BallotRecord
    /// The dump and entry it was read from.
    public var source: SourceReference
    /// The bodies named by its groups (political groups), by uid; a group missing from the store is absent.
    public var groups: [String: Body]
    /// The persons named by its votes and corrections, by uid; a person missing from the store is absent.
    public var deputies: [String: Deputy]

    public var ballot: Ballot { record.ballot }
}
