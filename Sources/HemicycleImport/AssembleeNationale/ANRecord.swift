import HemicycleModel

/// One record read from an Assemblée nationale dump, with where it came from.
public enum ANRecord: Sendable {
    /// A ballot with its groups, votes and corrections.
    case ballot(BallotRecord, SourceReference)
    /// A person.
    case deputy(Deputy, SourceReference)
    /// A body.
    case body(Body, SourceReference)
    /// A mandate (from `json/mandat/`, or embedded in a person's file when not published on its own).
    case mandate(Mandate, SourceReference)
}
