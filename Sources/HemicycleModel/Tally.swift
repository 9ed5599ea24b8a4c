/// Counts of positions on a ballot, for the whole house or for one group.
///
/// All values are counts of deputies. The Assemblée's *décompte* gives `pour`, `contre`,
/// `abstentions`, `nonVotants` and `nonVotantsVolontaires`; the last is a subset the Assemblée
/// reports separately (deputies who chose not to take part) and is kept as published.
public struct Tally: Hashable, Sendable, Codable {
    /// Deputies recorded *for*.
    public var `for`: Int
    /// Deputies recorded *against*.
    public var against: Int
    /// Deputies recorded as abstaining.
    public var abstentions: Int
    /// Deputies recorded as non-voting (*non-votants*).
    public var nonVoting: Int
    /// *Non-votants volontaires*, as published (0 when absent from the source).
    public var voluntaryNonVoting: Int

    public init(for: Int = 0, against: Int = 0, abstentions: Int = 0, nonVoting: Int = 0, voluntaryNonVoting: Int = 0) {
        self.for = `for`
        self.against = against
        self.abstentions = abstentions
        self.nonVoting = nonVoting
        self.voluntaryNonVoting = voluntaryNonVoting
    }

    /// *Votants*: for + against + abstentions.
    public var voters: Int { self.for + against + abstentions }

    /// *Suffrages exprimés*: for + against.
    public var expressed: Int { self.for + against }

    /// The count for one position.
    public subscript(position: VotePosition) -> Int {
        get {
            switch position {
            case .for: return self.for
            case .against: return against
            case .abstention: return abstentions
            case .nonVoting: return nonVoting
            }
        }
        set {
            switch position {
            case .for: self.for = newValue
            case .against: against = newValue
            case .abstention: abstentions = newValue
            case .nonVoting: nonVoting = newValue
            }
        }
    }

    /// Adds one deputy at a position.
    public mutating func add(_ position: VotePosition) { self[position] += 1 }

    /// Tallies a list of positions.
    public init(positions: some Sequence<VotePosition>) {
        self.init()
        for p in positions { add(p) }
    }
}
