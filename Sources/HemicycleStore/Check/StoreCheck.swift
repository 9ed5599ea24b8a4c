import GRDB

/// What ``HemicycleDatabase/check()`` found: SQLite's own integrity check, and each legislature's
/// packed copy of the votes compared with the tables it was made from.
public struct StoreCheck: Sendable {
    /// The state of one legislature's packed votes.
    public struct PackedVotesState: Sendable, Equatable {
        public var legislature: Int
        public var state: PackedVotesCheck
    }

    /// The lines of `PRAGMA integrity_check` other than "ok": empty for a sound file.
    public var integrityProblems: [String]
    /// Rows of the compact vote store (``CompactVotesSchema``) that the `vote` view would not show
    /// as stored (an id missing from `vote_ref`, a ballot no longer stored, a position code out of
    /// range), one line per kind with its count: empty for a sound store.
    public var voteProblems: [String]
    /// One entry per legislature of the store, ascending (none when the integrity check failed).
    /// Whether the store passes is the report's to say (`StoreCheckReport.passed`, from
    /// ``PackedVotesCheck/isSound``).
    public var packedVotes: [PackedVotesState]
}

/// How a legislature's packed votes (`packed_votes`) compare with the `vote` and `group_vote` tables.
public enum PackedVotesCheck: String, Sendable {
    /// Equal to a packing of the tables, and to its checksums.
    case ok
    /// The legislature cannot be packed (an id the layout cannot hold): readers use the tables.
    case notPacked = "not_packed"
    /// No packed row where the tables could give one: readers use the tables (slower, still right).
    case missing
    /// The row does not match its own checksums: damaged after it was written.
    case checksumMismatch = "checksum_mismatch"
    /// The row matches its checksums but not the tables: written from other data.
    case differsFromTables = "differs_from_tables"

    /// Whether the figures read with this state are right and the store is as an import left it.
    public var isSound: Bool { self == .ok || self == .notPacked }
}

extension HemicycleDatabase {
    /// Checks the store: SQLite's `PRAGMA integrity_check` (every page, index and constraint), the
    /// compact votes' references (``StoreCheck/voteProblems``), and
    /// each legislature's packed votes packed again from the tables and compared, checksums
    /// included. Reads only; a few seconds on the shipped data.
    public func check() throws -> StoreCheck {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            // A damaged file cannot be read reliably: its packed votes are not compared.
            guard integrity.isEmpty else { return StoreCheck(integrityProblems: integrity, voteProblems: [], packedVotes: []) }
            let voteProblems = try CompactVotesSchema.problems(in: db)
            let legislatures = try Int.fetchAll(db, sql: """
                SELECT legislature FROM ballot UNION SELECT legislature FROM packed_votes ORDER BY legislature
                """)
            let packed = try legislatures.map { StoreCheck.PackedVotesState(legislature: $0, state: try PackedVotes.verify(legislature: $0, in: db)) }
            return StoreCheck(integrityProblems: integrity, voteProblems: voteProblems, packedVotes: packed)
        }
    }
}
