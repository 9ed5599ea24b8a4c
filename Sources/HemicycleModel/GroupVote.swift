/// How one political group (*groupe politique*) voted on a ballot, as the Assemblée publishes it
/// in `ventilationVotes` (the breakdown by group).
public struct GroupVote: Hashable, Sendable, Codable {
    /// The ballot's uid.
    public var ballotUID: String
    /// The group's body id (`PO845401`), after recovering the bogus `PO0` (see ``publishedGroupRef``).
    public var groupRef: String
    /// The group id as published; differs from ``groupRef`` only when it was the bogus `PO0`.
    public var publishedGroupRef: String
    /// Position in the published list of groups (0-based), to keep the Assemblée's order.
    public var order: Int
    /// *nombreMembresGroupe*: members of the group on that day, a count of deputies.
    public var members: Int
    /// *positionMajoritaire* as published (nil when missing).
    public var majorityPosition: VotePosition?
    /// The group's published counts (*decompteVoix*).
    public var tally: Tally

    public init(ballotUID: String, groupRef: String, publishedGroupRef: String, order: Int, members: Int, majorityPosition: VotePosition?, tally: Tally) {
        self.ballotUID = ballotUID
        self.groupRef = groupRef
        self.publishedGroupRef = publishedGroupRef
        self.order = order
        self.members = members
        self.majorityPosition = majorityPosition
        self.tally = tally
    }
}
