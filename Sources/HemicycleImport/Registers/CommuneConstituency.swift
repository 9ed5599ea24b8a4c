/// The link between a commune and one constituency it lies in.
public struct CommuneConstituency: Hashable, Sendable {
    /// Whether the whole commune is in the constituency.
    public enum Coverage: String, Hashable, Sendable {
        /// The whole commune (`entière`).
        case whole
        /// Part of the commune (`partiel`); the table does not say which part.
        case partial
    }

    /// The constituency.
    public var constituency: ConstituencyID
    /// Whole or partial.
    public var coverage: Coverage

    /// Creates a link.
    public init(constituency: ConstituencyID, coverage: Coverage) {
        self.constituency = constituency
        self.coverage = coverage
    }
}
