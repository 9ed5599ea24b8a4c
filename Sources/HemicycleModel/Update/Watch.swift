/// A saved watch: what a user wants to hear of when `update` brings new ballots, and what
/// `feed` publishes as an Atom feed.
public struct Watch: Sendable, Hashable, Codable {
    /// What a watch follows.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Ballots whose title matches a search, as `ballots --search` finds them.
        case search
        /// An explicit list of ballots (`16:1263 16:1274 17:773`), which later dumps may republish.
        case ballots
        /// Ballots where a person (by uid, `PA…`) is listed as voting.
        case deputy
        /// Ballots whose group breakdown lists a group (by uid, `PO…`).
        case group
        /// Ballots where a deputy who held one of a place's seats that day voted: the seats'
        /// labels (`59-1 59-2`), found from the town, postcode or INSEE code when the watch was
        /// saved, so that the watch follows whoever holds them.
        case town
    }

    /// The name the user gave it (unique).
    public var name: String
    public var kind: Kind
    /// The search text, the ballot references (space-separated, each with its legislature), the
    /// uid, or the seat labels (space-separated).
    public var value: String

    public init(name: String, kind: Kind, value: String) {
        self.name = name
        self.kind = kind
        self.value = value
    }
}

/// The ballots of an update that a watch matches.
public struct WatchMatch: Sendable, Hashable, Codable {
    public var watch: Watch
    /// Matching new ballots, by legislature and number.
    public var ballots: [BallotHeadline]

    public init(watch: Watch, ballots: [BallotHeadline]) {
        self.watch = watch
        self.ballots = ballots
    }
}
