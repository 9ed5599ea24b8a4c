/// A ballot whose published counts differ from their recount.
public struct DiscrepantBallot: Sendable, Hashable {
    /// The ballot's uid (`VTANR5L16V1927`).
    public var uid: String
    /// Its number in its legislature.
    public var number: Int
    /// Its legislature.
    public var legislature: Int
    /// Every published count that its own file recounts otherwise.
    public var discrepancies: [BallotDiscrepancy]

    /// A ballot and what its file recounts otherwise.
    public init(uid: String, number: Int, legislature: Int, discrepancies: [BallotDiscrepancy]) {
        self.uid = uid
        self.number = number
        self.legislature = legislature
        self.discrepancies = discrepancies
    }
}
