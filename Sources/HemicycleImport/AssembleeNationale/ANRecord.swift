import HemicycleModel

/// One record read from an Assemblée nationale dump, with where it came from.
///
/// Persons, bodies and mandates come with their ``ContentHash`` (computed on the reader's
/// decoding threads), which the store compares to tell a changed record from the same one.
public enum ANRecord: Sendable {
    /// A ballot with its groups, votes and corrections.
    case ballot(BallotRecord, SourceReference)
    /// A person.
    case deputy(Deputy, SourceReference, contentHash: String)
    /// A body.
    case body(Body, SourceReference, contentHash: String)
    /// A mandate (from `json/mandat/`, or embedded in a person's file when not published on its own).
    case mandate(Mandate, SourceReference, contentHash: String)
}
