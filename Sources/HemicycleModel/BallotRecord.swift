/// Everything the Assemblée publishes about one ballot: the ballot, its breakdown by group,
/// every nominative vote and every correction.
public struct BallotRecord: Hashable, Sendable {
    public var ballot: Ballot
    public var groups: [GroupVote]
    public var votes: [Vote]
    public var corrections: [Correction]

    public init(ballot: Ballot, groups: [GroupVote], votes: [Vote], corrections: [Correction]) {
        self.ballot = ballot
        self.groups = groups
        self.votes = votes
        self.corrections = corrections
    }
}
