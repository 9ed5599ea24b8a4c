/// One deputy's recorded position on one ballot (from the nominative lists, *décompte nominatif*).
public struct Vote: Hashable, Sendable, Codable {
    /// The ballot's uid.
    public var ballotUID: String
    /// The deputy (*acteur*) id, e.g. `PA721908`. Kept even when the deputy is unknown to the store.
    public var deputyRef: String
    /// The mandate id the vote was cast under, if published.
    public var mandateRef: String?
    /// The group the ballot lists the deputy under (not today's group).
    public var groupRef: String
    /// The recorded position.
    public var position: VotePosition
    /// Whether the vote was cast by proxy (*par délégation*): another deputy voted for them.
    public var byProxy: Bool
    /// Seat number in the chamber (*numPlace*), if published.
    public var seat: Int?
    /// Why the deputy is non-voting (only for ``VotePosition/nonVoting``), if published.
    public var cause: NonVotingCause?
    /// The raw cause code when it is not one of ``NonVotingCause``.
    public var causeCode: String?
    /// The position (0-based) of the group entry the ballot lists the vote under, in
    /// ``GroupVote/order`` terms; used to recover groups published under a bogus id.
    public var groupEntry: Int?

    public init(ballotUID: String, deputyRef: String, mandateRef: String?, groupRef: String, position: VotePosition, byProxy: Bool, seat: Int?, cause: NonVotingCause? = nil, causeCode: String? = nil, groupEntry: Int? = nil) {
        self.ballotUID = ballotUID
        self.deputyRef = deputyRef
        self.mandateRef = mandateRef
        self.groupRef = groupRef
        self.position = position
        self.byProxy = byProxy
        self.seat = seat
        self.cause = cause
        self.causeCode = causeCode
        self.groupEntry = groupEntry
    }
}
