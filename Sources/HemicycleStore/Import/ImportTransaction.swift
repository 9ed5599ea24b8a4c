import Foundation
import GRDB
import HemicycleModel

/// Writes records into the store inside one SQLite transaction.
///
/// Obtain one from ``HemicycleDatabase/importing(_:)``: if the closure throws, or the process
/// dies, nothing of the import remains. Writing a record that is already stored with the same
/// content changes nothing (``RecordChange/unchanged``), so re-running an import is a no-op;
/// a record whose content changed replaces the stored one (``RecordChange/updated``).
///
/// Ballots are compared by the SHA-256 of their published entry; persons, bodies and mandates by
/// a stable hash of their decoded content (a mandate can come from two different files).
public final class ImportTransaction {
    let db: Database
    private var dumpIDs: [String: Int64] = [:]
    private var ballotHashes: [String: String]
    private var deputyHashes: [String: String]
    private var bodyHashes: [String: String]
    private var mandateHashes: [String: String]
    private let encoder: JSONEncoder

    /// Per kind counts so far.
    public private(set) var ballots = ChangeCounts()
    public private(set) var deputies = ChangeCounts()
    public private(set) var bodies = ChangeCounts()
    public private(set) var mandates = ChangeCounts()

    init(db: Database) throws {
        self.db = db
        func hashes(_ sql: String) throws -> [String: String] {
            var result: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() { result[row[0]] = row[1] }
            return result
        }
        ballotHashes = try hashes("SELECT uid, entry_sha256 FROM ballot")
        deputyHashes = try hashes("SELECT uid, content_hash FROM deputy")
        bodyHashes = try hashes("SELECT uid, content_hash FROM body")
        mandateHashes = try hashes("SELECT uid, content_hash FROM mandate")
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
    }

    /// The id of a dump, registering it on first sight.
    func dumpID(for source: SourceReference) throws -> Int64 {
        if let id = dumpIDs[source.dumpSHA256] { return id }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM dump WHERE sha256 = ?", arguments: [source.dumpSHA256]) {
            dumpIDs[source.dumpSHA256] = id
            return id
        }
        try db.execute(sql: "INSERT INTO dump (path, sha256, first_imported_at) VALUES (?, ?, ?)",
                       arguments: [source.dump, source.dumpSHA256, ISO8601DateFormatter().string(from: Date())])
        let id = db.lastInsertedRowID
        dumpIDs[source.dumpSHA256] = id
        return id
    }

    private func contentHash(_ value: some Encodable) throws -> String {
        var hasher = StableHasher()
        hasher.combine(try encoder.encode(value))
        return hasher.hexDigest
    }

    // MARK: Ballots

    /// Writes a ballot with its groups, votes and corrections.
    @discardableResult
    public func write(_ record: BallotRecord, source: SourceReference) throws -> RecordChange {
        let b = record.ballot
        let change: RecordChange
        if let existing = ballotHashes[b.uid] {
            if existing == source.entrySHA256 {
                ballots.count(.unchanged)
                return .unchanged
            }
            try db.execute(sql: "DELETE FROM ballot WHERE uid = ?", arguments: [b.uid])
            change = .updated
        } else {
            // Another uid may hold the same (legislature, number): the newer dump wins.
            try db.execute(sql: "DELETE FROM ballot WHERE legislature = ? AND number = ?", arguments: [b.legislature, b.number])
            change = .added
        }
        let dumpID = try dumpID(for: source)
        try db.cachedStatement(sql: """
            INSERT INTO ballot (uid, number, legislature, date, type, type_code, type_label, majority_rule, result,
                result_label, title, title_search, requested_by, sitting_ref, session_ref, body_ref, place, seats, voters,
                expressed, required, official_for, official_against, official_abstentions, official_non_voting,
                official_voluntary_non_voting, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                b.uid, b.number, b.legislature, b.date.description, b.type.rawValue, b.typeCode, b.typeLabel,
                b.majorityRule, b.result.rawValue, b.resultLabel, b.title, TextFolding.fold(b.title), b.requestedBy,
                b.sittingRef, b.sessionRef, b.bodyRef, b.place, b.seats, b.voters, b.expressed, b.required,
                b.official.for, b.official.against, b.official.abstentions, b.official.nonVoting,
                b.official.voluntaryNonVoting, dumpID, source.entry, source.entrySHA256,
            ])
        let groupStatement = try db.cachedStatement(sql: """
            INSERT INTO group_vote (ballot_uid, ordinal, group_ref, published_group_ref, members, majority_position,
                n_for, n_against, n_abstentions, n_non_voting, n_voluntary_non_voting)
            VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """)
        for g in record.groups {
            try groupStatement.execute(arguments: [
                g.ballotUID, g.order, g.groupRef, g.publishedGroupRef, g.members, g.majorityPosition?.rawValue,
                g.tally.for, g.tally.against, g.tally.abstentions, g.tally.nonVoting, g.tally.voluntaryNonVoting,
            ])
        }
        let voteStatement = try db.cachedStatement(sql: """
            INSERT INTO vote (ballot_uid, deputy_ref, mandate_ref, group_ref, position, by_proxy, seat, cause, group_ordinal)
            VALUES (?,?,?,?,?,?,?,?,?)
            """)
        for v in record.votes {
            try voteStatement.execute(arguments: [
                v.ballotUID, v.deputyRef, v.mandateRef, v.groupRef, v.position.rawValue, v.byProxy, v.seat,
                v.cause?.rawValue ?? v.causeCode, v.groupEntry,
            ])
        }
        let correctionStatement = try db.cachedStatement(sql: """
            INSERT INTO correction (ballot_uid, ordinal, deputy_ref, mandate_ref, intended_position, voluntary, kind, by_proxy)
            VALUES (?,?,?,?,?,?,?,?)
            """)
        for (ordinal, c) in record.corrections.enumerated() {
            try correctionStatement.execute(arguments: [
                c.ballotUID, ordinal, c.deputyRef, c.mandateRef, c.intendedPosition.rawValue, c.voluntary, c.kind.rawValue, c.byProxy,
            ])
        }
        ballotHashes[b.uid] = source.entrySHA256
        ballots.count(change)
        return change
    }

    // MARK: Persons, bodies, mandates

    /// Writes a person and their contacts.
    @discardableResult
    public func write(_ deputy: Deputy, source: SourceReference) throws -> RecordChange {
        let hash = try contentHash(deputy)
        let change = try replaceIfChanged(table: "deputy", uid: deputy.uid, hash: hash, known: &deputyHashes)
        deputies.count(change)
        guard change != .unchanged else { return change }
        let dumpID = try dumpID(for: source)
        try db.cachedStatement(sql: """
            INSERT INTO deputy (uid, civility, first_name, last_name, sort_name, name_search, birth_date, birth_place,
                death_date, profession, hatvp_url, content_hash, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                deputy.uid, deputy.civility, deputy.firstName, deputy.lastName, deputy.sortName,
                TextFolding.fold("\(deputy.firstName) \(deputy.lastName)"), deputy.birthDate?.description,
                deputy.birthPlace, deputy.deathDate?.description, deputy.profession, deputy.hatvpURL, hash,
                dumpID, source.entry, source.entrySHA256,
            ])
        let contact = try db.cachedStatement(sql: "INSERT INTO contact (deputy_uid, ordinal, kind, value) VALUES (?,?,?,?)")
        for (ordinal, c) in deputy.contacts.enumerated() {
            try contact.execute(arguments: [deputy.uid, ordinal, c.kind, c.value])
        }
        return change
    }

    /// Writes a body.
    @discardableResult
    public func write(_ body: Body, source: SourceReference) throws -> RecordChange {
        let hash = try contentHash(body)
        let change = try replaceIfChanged(table: "body", uid: body.uid, hash: hash, known: &bodyHashes)
        bodies.count(change)
        guard change != .unchanged else { return change }
        try db.cachedStatement(sql: """
            INSERT INTO body (uid, type_code, name, short_name, abbreviation, start_date, end_date, legislature, color,
                parent_ref, content_hash, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                body.uid, body.typeCode, body.name, body.shortName, body.abbreviation, body.startDate?.description,
                body.endDate?.description, body.legislature, body.color, body.parentRef, hash,
                try dumpID(for: source), source.entry, source.entrySHA256,
            ])
        return change
    }

    /// Writes a mandate.
    @discardableResult
    public func write(_ mandate: Mandate, source: SourceReference) throws -> RecordChange {
        let hash = try contentHash(mandate)
        let change = try replaceIfChanged(table: "mandate", uid: mandate.uid, hash: hash, known: &mandateHashes)
        mandates.count(change)
        guard change != .unchanged else { return change }
        let e = mandate.election
        try db.cachedStatement(sql: """
            INSERT INTO mandate (uid, deputy_ref, legislature, body_type, body_refs, body_ref, start_date, end_date, quality,
                region, department, department_code, constituency, election_cause, end_cause, content_hash, dump_id,
                entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                mandate.uid, mandate.deputyRef, mandate.legislature, mandate.bodyType,
                mandate.bodyRefs.joined(separator: " "), mandate.bodyRefs.first, mandate.startDate?.description,
                mandate.endDate?.description, mandate.quality, e?.region, e?.department, e?.departmentCode,
                e?.constituency, e?.cause, mandate.endCause, hash, try dumpID(for: source), source.entry, source.entrySHA256,
            ])
        return change
    }

    private func replaceIfChanged(table: String, uid: String, hash: String, known: inout [String: String]) throws -> RecordChange {
        guard let existing = known[uid] else {
            known[uid] = hash
            return .added
        }
        if existing == hash { return .unchanged }
        try db.execute(sql: "DELETE FROM \(table) WHERE uid = ?", arguments: [uid])
        known[uid] = hash
        return .updated
    }

    // MARK: Finishing

    /// Recovers groups published under the bogus id `PO0` (a few ballots of December 2024).
    ///
    /// For each such group entry, the group is the one that held the same entry (same position
    /// in the list, same number of members) on the nearest ballot with real ids; failing that,
    /// the group most of its listed deputies belonged to that day (their political-group
    /// mandate; the export lacks some groups' mandates, hence the order). All votes listed under
    /// the entry then take that group, since a deputy's group for a vote is the entry the ballot
    /// lists them under.
    /// Returns the uids of ballots where some entry could not be recovered.
    @discardableResult
    func recoverBogusGroups() throws -> [String] {
        let entries = try Row.fetchAll(db, sql: """
            SELECT g.ballot_uid, g.ordinal, g.members, b.date FROM group_vote g JOIN ballot b ON b.uid = g.ballot_uid
            WHERE g.group_ref = 'PO0'
            """)
        var unresolved: Set<String> = []
        for entry in entries {
            let ballotUID: String = entry["ballot_uid"]
            let ordinal: Int = entry["ordinal"]
            let date: String = entry["date"]
            // The same entry (position in the list and number of members) on the nearest ballot
            // with real ids: the Assemblée lists groups in a stable order, by size.
            var group = try String.fetchOne(db, sql: """
                SELECT g.group_ref FROM group_vote g JOIN ballot b ON b.uid = g.ballot_uid
                WHERE g.ordinal = ? AND g.members = ? AND g.group_ref != 'PO0'
                ORDER BY abs(julianday(b.date) - julianday(?)) LIMIT 1
                """, arguments: [ordinal, entry["members"] as Int, date])
            if group == nil {
                // Each deputy's group that day is their most recently started political-group
                // mandate covering it (the export leaves some superseded mandates open-ended).
                group = try String.fetchOne(db, sql: """
                    SELECT grp FROM (
                        SELECT (SELECT m.body_ref FROM mandate m
                                WHERE m.deputy_ref = v.deputy_ref AND m.body_type = 'GP'
                                  AND (m.start_date IS NULL OR m.start_date <= ?) AND (m.end_date IS NULL OR m.end_date >= ?)
                                ORDER BY m.start_date DESC LIMIT 1) AS grp
                        FROM vote v WHERE v.ballot_uid = ? AND v.group_ordinal = ?)
                    WHERE grp IS NOT NULL GROUP BY grp ORDER BY count(*) DESC LIMIT 1
                    """, arguments: [date, date, ballotUID, ordinal])
            }
            guard let group else {
                unresolved.insert(ballotUID)
                continue
            }
            try db.execute(sql: "UPDATE group_vote SET group_ref = ? WHERE ballot_uid = ? AND ordinal = ?", arguments: [group, ballotUID, ordinal])
            try db.execute(sql: "UPDATE vote SET group_ref = ? WHERE ballot_uid = ? AND group_ordinal = ?", arguments: [group, ballotUID, ordinal])
        }
        return unresolved.sorted()
    }
}

/// A stable 64-bit FNV-1a hash (Swift's `Hasher` is seeded per process, so it cannot be stored).
struct StableHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func combine(_ data: Data) {
        for byte in data {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01B3
        }
    }
    var hexDigest: String { String(state, radix: 16) }
}
