/// Where a search matched a ballot: its own title, or a record linked to it.
public enum SearchField: String, Hashable, Sendable, Codable, CaseIterable {
    /// The ballot's title.
    case ballotTitle = "ballot_title"
    /// The operative text (*dispositif*) of an amendment the ballot voted on.
    case amendmentText = "amendment_text"
    /// The summary (*exposé sommaire*) of an amendment the ballot voted on.
    case amendmentSummary = "amendment_summary"
    /// The title of the bill's legislative file (*dossier*) the ballot belongs to.
    case dossierTitle = "dossier_title"

    /// Words for a table: "ballot title", "amendment text", "amendment summary", "dossier title".
    public var label: String {
        switch self {
        case .ballotTitle: "ballot title"
        case .amendmentText: "amendment text"
        case .amendmentSummary: "amendment summary (exposé sommaire)"
        case .dossierTitle: "dossier title"
        }
    }
}

/// One place a search matched, with the words around the match.
public struct SearchMatch: Hashable, Sendable, Codable {
    /// What matched.
    public var field: SearchField
    /// The record that matched: the ballot, amendment or dossier uid.
    public var sourceUID: String
    /// How a reader names it (`"amendment n° 237 (Rect)"`, `"dossier DLR5L16N49176"`).
    public var sourceLabel: String
    /// The words around the match, the matched words between `[` and `]`, cuts marked `…`.
    public var snippet: String

    /// Creates a value from its parts (see the properties for their meaning).
    public init(field: SearchField, sourceUID: String, sourceLabel: String, snippet: String) {
        self.field = field
        self.sourceUID = sourceUID
        self.sourceLabel = sourceLabel
        self.snippet = snippet
    }
}

/// A ballot found by subject, with every place it matched.
public struct BallotSearchHit: Hashable, Sendable {
    /// The ballot.
    public var ballot: Ballot
    /// Where it matched: its title first, then amendments, then the dossier.
    public var matches: [SearchMatch]

    /// Creates a value from its parts.
    public init(ballot: Ballot, matches: [SearchMatch]) {
        self.ballot = ballot
        self.matches = matches
    }
}
