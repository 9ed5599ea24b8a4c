/// The outcome of a ballot (*sort*), from `sort.code`.
public enum BallotResult: String, Codable, Sendable, Hashable, CaseIterable {
    /// *adopté*: the Assemblée adopted the text, amendment or motion.
    case adopted = "adopted"
    /// *rejeté*: the Assemblée rejected it (a motion of censure that fails is *rejeté*).
    case rejected = "rejected"
    /// Any other outcome; the raw label is kept in ``Ballot/resultLabel``.
    case other = "other"

    /// Maps the Assemblée code (`adopté`, `rejeté`, case and accents tolerated).
    public init(code: String) {
        let folded = code.lowercased()
        if folded.hasPrefix("adopt") { self = .adopted }
        else if folded.hasPrefix("rejet") { self = .rejected }
        else { self = .other }
    }

    /// Accepts `adopted`, `rejected`, `adopté`, `rejeté`.
    public init?(keyword: String) {
        let r = BallotResult(code: keyword)
        guard r != .other || keyword.lowercased() == "other" else { return nil }
        self = r
    }
}
