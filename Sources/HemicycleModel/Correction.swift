/// A *mise au point*: a deputy's statement, after the vote, of how they meant to vote.
///
/// A correction never changes the official result or counts. It is stored beside the vote and
/// shown; analytics apply it only when the user asks (`--with-corrections`).
public struct Correction: Hashable, Sendable, Codable {
    /// Whether the statement is an ordinary *mise au point* or a reported voting-machine
    /// malfunction (*dysfonctionnement*).
    public enum Kind: String, Codable, Sendable, Hashable {
        /// *Mise au point*: "I meant to vote …".
        case statement = "statement"
        /// *Dysfonctionnement*: the voting device did not record the intended vote.
        case malfunction = "malfunction"
    }

    /// The ballot's uid.
    public var ballotUID: String
    /// The deputy who made the statement.
    public var deputyRef: String
    /// Their mandate id, if published.
    public var mandateRef: String?
    /// The position the deputy says they meant to take.
    public var intendedPosition: VotePosition
    /// Whether the deputy meant to be a *non-votant volontaire* (a voluntary non-voter).
    public var voluntary: Bool
    /// Statement or malfunction.
    public var kind: Kind
    /// Whether the statement was made by proxy (rare; as published).
    public var byProxy: Bool

    public init(ballotUID: String, deputyRef: String, mandateRef: String?, intendedPosition: VotePosition, voluntary: Bool = false, kind: Kind = .statement, byProxy: Bool = false) {
        self.ballotUID = ballotUID
        self.deputyRef = deputyRef
        self.mandateRef = mandateRef
        self.intendedPosition = intendedPosition
        self.voluntary = voluntary
        self.kind = kind
        self.byProxy = byProxy
    }
}
