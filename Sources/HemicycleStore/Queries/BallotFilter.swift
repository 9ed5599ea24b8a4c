import HemicycleModel

/// Which ballots a query selects. Every criterion is optional; all given ones must hold.
public struct BallotFilter: Sendable, Hashable {
    /// Text the title must contain, case- and accent-insensitively (`vidéoprotection`).
    /// Matched as plain text: `%` and `_` are not wildcards.
    public var search: String?
    /// First day included.
    public var from: CalendarDate?
    /// Last day included.
    public var to: CalendarDate?
    /// Ballot types kept (all when empty).
    public var types: Set<BallotType> = []
    /// Result kept.
    public var result: BallotResult?
    /// Only these ballot numbers (all when empty).
    public var numbers: [Int] = []
    /// Only these ballots, by uid (all when empty): ballots named by reference across legislatures.
    public var uids: [String] = []
    /// The legislature (the latest in the store when nil and ``allLegislatures`` is false).
    public var legislature: Int?
    /// Every legislature of the store (then ``legislature`` is ignored): a career, or a
    /// comparison of legislatures, spans several.
    public var allLegislatures = false
    /// At most this many ballots (all when nil).
    public var limit: Int?
    /// Newest first (the default) or oldest first.
    public var newestFirst = true

    public init(search: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, types: Set<BallotType> = [],
                result: BallotResult? = nil, numbers: [Int] = [], legislature: Int? = nil, allLegislatures: Bool = false,
                limit: Int? = nil, newestFirst: Bool = true) {
        self.allLegislatures = allLegislatures
        self.search = search
        self.from = from
        self.to = to
        self.types = types
        self.result = result
        self.numbers = numbers
        self.legislature = legislature
        self.limit = limit
        self.newestFirst = newestFirst
    }
}
