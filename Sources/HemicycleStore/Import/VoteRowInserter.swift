import GRDB

/// Inserts the compact rows of `vote_row` (``CompactVotesSchema``) several to a statement
/// (`INSERT … VALUES (…), (…), …`): one `sqlite3_step` for up to ``rowsPerStatement`` votes
/// instead of one per vote, so that SQLite's per-statement work (reset, bindings, starting and
/// halting the program) is paid once per chunk of a ballot's votes, not 650,000 times a legislature.
///
/// `INSERT OR FAIL`: a statement writing several rows that could abort half-way (the default
/// `ABORT` on a constraint) makes SQLite copy every page it touches to a statement journal, so
/// that it can undo the statement alone (300 MB of temporary-file writes on the 17th, strace).
/// The import never goes on after a failed statement: the whole transaction is rolled back, so
/// keeping the rows a failed statement wrote before the failure (`FAIL`) changes nothing.
struct VoteRowInserter {
    /// One `vote_row` row, its ids already interned in `vote_ref`.
    struct Row {
        var ballot: Int
        var deputy: Int
        var mandate: Int?
        var group: Int
        var position: Int
        var byProxy: Bool
        var seat: Int?
        var cause: String?
        var groupEntry: Int?
    }

    /// Votes bound per statement at most: 64 × 9 = 576 parameters, far below SQLite's limit
    /// (32,766), and a few statements a ballot.
    static let rowsPerStatement = 64
    static let columns = 9

    private let db: Database
    /// The prepared statements, by number of rows (a ballot's last chunk is shorter).
    private var statements: [Int: Statement] = [:]

    init(db: Database) { self.db = db }

    /// A ballot's rows by deputy id, with their index (`deputy << 32 | index`), and the rows in
    /// that order: kept to reuse their storage from one ballot to the next.
    private var keys: [UInt64] = []
    private var ordered: [Row] = []

    /// Inserts the rows of a ballot, ordered by deputy id: in key order, each row goes after the
    /// last one in the B-tree (30 % less of SQLite's time inserting the 17th's votes than in
    /// published order, sqlite3 shell, same rows). Integer keys are sorted, not the rows.
    mutating func insert(_ rows: [Row]) throws {
        keys.removeAll(keepingCapacity: true)
        for (index, row) in rows.enumerated() {
            guard let deputy = UInt32(exactly: row.deputy), let index = UInt32(exactly: index) else {
                return try insert(inOrder: rows.sorted { $0.deputy < $1.deputy })
            }
            keys.append(UInt64(deputy) << 32 | UInt64(index))
        }
        keys.sort()
        ordered.removeAll(keepingCapacity: true)
        for key in keys { ordered.append(rows[Int(key & 0xFFFF_FFFF)]) }
        try insert(inOrder: ordered)
    }

    /// Inserts `rows` in their order.
    private mutating func insert(inOrder rows: [Row]) throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + Self.rowsPerStatement, rows.endIndex)
            let statement = try self.statement(rows: end - start)
            try statement.executeRaw { binder in
                for (offset, row) in rows[start..<end].enumerated() {
                    let base = Int32(offset * Self.columns)
                    binder.bind(base + 1, row.ballot); binder.bind(base + 2, row.deputy); binder.bind(base + 3, row.mandate)
                    binder.bind(base + 4, row.group); binder.bind(base + 5, row.position); binder.bind(base + 6, row.byProxy)
                    binder.bind(base + 7, row.seat); binder.bind(base + 8, row.cause); binder.bind(base + 9, row.groupEntry)
                }
            }
            start = end
        }
    }

    /// The statement inserting `rows` rows, prepared on first use.
    private mutating func statement(rows: Int) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let values = Array(repeating: "(?,?,?,?,?,?,?,?,?)", count: rows).joined(separator: ",")
        let statement = try db.makeStatement(sql: """
            INSERT OR FAIL INTO vote_row (ballot, deputy, mandate, grp, position, by_proxy, seat, cause, group_ordinal) VALUES \(values)
            """)
        statements[rows] = statement
        return statement
    }
}
