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

extension ANRecord {
    /// The same record, its source naming its dump `name` (the URL an update fetched a temporary
    /// copy from) instead of the path it was read at.
    public func recorded(as name: String) -> ANRecord {
        switch self {
        case .ballot(let ballot, var source):
            source.dump = name
            return .ballot(ballot, source)
        case .deputy(let deputy, var source, let hash):
            source.dump = name
            return .deputy(deputy, source, contentHash: hash)
        case .body(let body, var source, let hash):
            source.dump = name
            return .body(body, source, contentHash: hash)
        case .mandate(let mandate, var source, let hash):
            source.dump = name
            return .mandate(mandate, source, contentHash: hash)
        }
    }
}
