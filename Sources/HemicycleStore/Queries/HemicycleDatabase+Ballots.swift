import GRDB
import HemicycleModel

extension HemicycleDatabase {
    /// The most recent legislature in the store, or nil when it is empty.
    public func latestLegislature() throws -> Int? {
        try read { db in try Int.fetchOne(db, sql: "SELECT max(legislature) FROM ballot") }
    }

    /// The legislatures in the store, ascending.
    public func legislatures() throws -> [Int] {
        try read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT legislature FROM ballot ORDER BY legislature") }
    }

    /// A ballot by reference — its number in `legislature` (the latest by default), `16:1274`, or its
    /// uid (`VTANR5L17V773`): see ``HemicycleModel/BallotReference``. Throws
    /// ``StoreError/notFound(_:)`` naming the known range of numbers of each legislature when absent,
    /// and ``StoreError/invalidReference(_:)`` when the text is not a ballot reference.
    public func ballot(_ reference: String, legislature: Int? = nil) throws -> StoredBallot {
        let parsed: BallotReference
        do { parsed = try BallotReference(parsing: reference) } catch { throw StoreError.invalidReference(error.description) }
        return try ballot(parsed, legislature: legislature)
    }

    /// A ballot by parsed reference; a number without a legislature is one of `legislature`, else
    /// of the latest legislature in the store.
    public func ballot(_ reference: BallotReference, legislature: Int? = nil) throws -> StoredBallot {
        try read { db in try Self.storedBallot(db, uid: Self.uid(db, of: reference, legislature: legislature, path: path)) }
    }

    /// The uids of the ballots the references name (a number without a legislature in
    /// `legislature`, else the latest), in the order given; ``StoreError/notFound(_:)`` for the
    /// first that is not there.
    public func ballotUIDs(_ references: [BallotReference], legislature: Int? = nil) throws -> [String] {
        try read { db in try references.map { try Self.uid(db, of: $0, legislature: legislature, path: path) } }
    }

    /// The uid of the ballot a reference names, or ``StoreError/notFound(_:)`` saying what the store
    /// holds.
    static func uid(_ db: Database, of reference: BallotReference, legislature: Int?, path: String) throws -> String {
        switch reference.defaulting(legislature: legislature) {
        case .uid(let uid):
            if let found = try String.fetchOne(db, sql: "SELECT uid FROM ballot WHERE uid = ?", arguments: [uid]) { return found }
            throw StoreError.notFound("no ballot with uid \(uid) (\(try knownRanges(db)))")
        case .number(let number, let legislature):
            guard let leg = try legislature ?? Int.fetchOne(db, sql: "SELECT max(legislature) FROM ballot") else {
                throw StoreError.empty(path: path)
            }
            if let found = try String.fetchOne(db, sql: "SELECT uid FROM ballot WHERE legislature = ? AND number = ?", arguments: [leg, number]) {
                return found
            }
            throw StoreError.notFound("no ballot n° \(number) in legislature \(leg) (\(try knownRanges(db)))")
        }
    }

    /// "known ballots: legislature 16, n° 1 to 3715; legislature 17, n° 1 to 7978", or that none is stored.
    static func knownRanges(_ db: Database) throws -> String {
        let rows = try Row.fetchAll(db, sql: "SELECT legislature, min(number), max(number) FROM ballot GROUP BY legislature ORDER BY legislature")
        guard !rows.isEmpty else { return "no ballot is stored" }
        return "known ballots: " + rows.map { row -> String in
            let legislature: Int = row[0], low: Int = row[1], high: Int = row[2]
            return "legislature \(legislature), n° \(low) to \(high)"
        }.joined(separator: "; ")
    }

    /// Several ballots by uid, in the order given, each with its groups, votes and corrections.
    public func storedBallots(uids: [String]) throws -> [StoredBallot] {
        try read { db in try uids.map { try Self.storedBallot(db, uid: $0) } }
    }

    static func storedBallot(_ db: Database, uid: String) throws -> StoredBallot {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(RowDecoding.ballotColumns), ballot.entry, ballot.entry_sha256, dump.path AS dump_path, dump.sha256 AS dump_sha256
            FROM ballot JOIN dump ON dump.id = ballot.dump_id WHERE uid = ?
            """, arguments: [uid]) else {
            throw StoreError.notFound("no ballot with uid \(uid)")
        }
        let ballot = RowDecoding.ballot(row)
        let groups = try db.fetchAllRaw(sql: """
            SELECT \(RowDecoding.groupVoteColumns) FROM group_vote WHERE ballot_uid = ? ORDER BY ordinal
            """, arguments: [uid], RowDecoding.groupVote)
        // In deputy id order, as the "v1" table's key gave them (the `vote` view has no order of its own).
        let votes = try db.fetchAllRaw(sql: "SELECT \(RowDecoding.voteColumns) FROM vote WHERE ballot_uid = ? ORDER BY deputy_ref",
                                       arguments: [uid], RowDecoding.vote)
        let corrections = try db.fetchAllRaw(sql: """
            SELECT \(RowDecoding.correctionColumns) FROM correction WHERE ballot_uid = ? ORDER BY ordinal
            """, arguments: [uid], RowDecoding.correction)
        let bodyRefs = Set(groups.map(\.groupRef) + votes.map(\.groupRef))
        let deputyRefs = Set(votes.map(\.deputyRef) + corrections.map(\.deputyRef))
        return StoredBallot(
            record: BallotRecord(ballot: ballot, groups: groups, votes: votes, corrections: corrections),
            source: RowDecoding.source(row),
            groups: try bodies(db, uids: bodyRefs),
            deputies: try deputies(db, uids: deputyRefs)
        )
    }

    static func bodies(_ db: Database, uids: Set<String>) throws -> [String: Body] {
        guard !uids.isEmpty else { return [:] }
        let bodies = try db.fetchAllRaw(sql: """
            SELECT \(RowDecoding.bodyColumns) FROM body WHERE uid IN (\(databaseQuestionMarks(count: uids.count)))
            """, arguments: StatementArguments(Array(uids)), RowDecoding.body)
        return Dictionary(bodies.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func deputies(_ db: Database, uids: Set<String>) throws -> [String: Deputy] {
        guard !uids.isEmpty else { return [:] }
        let deputies = try db.fetchAllRaw(sql: """
            SELECT \(RowDecoding.deputyColumns) FROM deputy WHERE uid IN (\(databaseQuestionMarks(count: uids.count)))
            """, arguments: StatementArguments(Array(uids))) { RowDecoding.deputy($0) }
        return Dictionary(deputies.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Ballots matching a filter (without their votes), newest first unless asked otherwise.
    public func ballots(_ filter: BallotFilter) throws -> [Ballot] {
        try read { db in
            let legislature = filter.allLegislatures ? nil : try filter.legislature ?? Int.fetchOne(db, sql: "SELECT max(legislature) FROM ballot")
            let (whereSQL, arguments) = Self.ballotClause(filter, legislature: legislature)
            var sql = "SELECT \(RowDecoding.ballotColumns) FROM ballot\(whereSQL)"
            sql += filter.newestFirst ? " ORDER BY date DESC, number DESC" : " ORDER BY date, number"
            if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
            return try RowDecoding.ballots(db, sql: sql, arguments: arguments)
        }
    }

    /// Escapes `%`, `_` and `\` so that user text is matched literally by `LIKE … ESCAPE '\'`.
    static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
