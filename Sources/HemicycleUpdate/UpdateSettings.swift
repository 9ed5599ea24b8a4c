import HemicycleModel

/// How `update` fetches: what, from where, and how patiently.
public struct UpdateSettings: Sendable {
    /// Where the dumps come from.
    public var source: DumpSource
    /// The legislatures whose dumps are fetched.
    public var legislatures: [Int]
    /// The dumps fetched for each legislature (persons and ballots unless told; `--legislation`
    /// adds dossiers and amendments); persons are imported before ballots, legislation after them.
    public var kinds: [DumpKind] = DumpKind.votes
    /// Say what would change, then roll the import back.
    public var dryRun = false
    /// Seconds to open a connection.
    public var connectTimeout: Double = 15
    /// Seconds without a byte from the server before a download is given up (a stalled server).
    public var readTimeout: Double = 60
    /// Seconds a whole download may take.
    public var downloadDeadline: Double = 1800
    /// Attempts per dump (the first included) when a download fails in a way another may not.
    public var attempts = 3
    /// Seconds before the second attempt; doubled before each next one.
    public var retryDelay: Double = 2

    public init(source: DumpSource, legislatures: [Int]) {
        self.source = source
        self.legislatures = legislatures
    }
}
