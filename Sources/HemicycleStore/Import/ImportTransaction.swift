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
/// a stable hash of their decoded content (``ContentHash``; a mandate can come from two different
/// files), which the reader may hand over already computed (`contentHash:`), else it is computed
/// here.
public final class ImportTransaction {
    let db: Database
    private var dumps = DumpRegistry()
    private var ballotHashes: [String: String] = [:]
    private var deputyHashes: ContentHashIndex
    private var bodyHashes: ContentHashIndex
    private var mandateHashes: ContentHashIndex
    /// Legislatures with a ballot added, updated or regrouped: their packed votes are rebuilt
    /// before the transaction commits.
    private var changedLegislatures: Set<Int> = []
    /// What this import wrote of the votes, packed from memory when it covers a legislature.
    private var written = PackedVotes.Written()
    /// Ballots added or updated: linked to the legislative files before the transaction commits.
    private var changedBallots: Set<String> = []
    /// The integer ids of the official ids in `vote_ref` (see ``CompactVotesSchema``), as they
    /// stand in the transaction.
    private var refIDs: [String: Int] = [:]
    /// The ballots' titles, indexed for search at the end of the import (see ``DeferredBallotSearch``).
    private var deferredSearch: DeferredBallotSearch
    /// Inserts the votes, a chunk of rows per statement.
    private var voteInserter: VoteRowInserter
    /// The rows of the ballot being written (kept to reuse their storage).
    private var voteRows: [VoteRowInserter.Row] = []
    /// The last mandate each deputy (by `vote_ref` id) voted under, with its id (see ``mandateID(_:deputy:)``).
    private var lastMandate: [(ref: String, id: Int)?] = []
    /// The legislation written in this transaction, if any (see ``legislation()``).
    public private(set) var legislationTransaction: LegislationImportTransaction?

    /// Per kind counts so far.
    public private(set) var ballots = ChangeCounts()
    /// Persons, bodies and mandates: distinct records by their final content (see ``ContentHashIndex/counts``).
    public var deputies: ChangeCounts { deputyHashes.counts }
    public var bodies: ChangeCounts { bodyHashes.counts }
    public var mandates: ChangeCounts { mandateHashes.counts }

    init(db: Database) throws {
        self.db = db
        voteInserter = VoteRowInserter(db: db)
        deferredSearch = DeferredBallotSearch()
        let rows = try Row.fetchCursor(db, sql: "SELECT uid, entry_sha256 FROM ballot")
        while let row = try rows.next() { ballotHashes[row[0]] = row[1] }
        let refs = try Row.fetchCursor(db, sql: "SELECT ref, id FROM vote_ref")
        while let row = try refs.next() { refIDs[row[0]] = row[1] }
        deputyHashes = try ContentHashIndex(table: "deputy", db: db)
        bodyHashes = try ContentHashIndex(table: "body", db: db)
        mandateHashes = try ContentHashIndex(table: "mandate", db: db)
    }

    /// Writes legislative files (dossiers, documents, amendments) in this same transaction, so that
    /// an import of ballots and legislation commits or rolls back as one. Once it has been asked
    /// for, every ballot is relinked before the commit (new dossiers can link unchanged ballots).
    public func legislation() throws -> LegislationImportTransaction {
        if let legislationTransaction { return legislationTransaction }
        // The ballots' search entries come before the legislation's, as they were written.
        try indexDeferredSearchEntries()
        let transaction = try LegislationImportTransaction(db: db)
        legislationTransaction = transaction
        return transaction
    }

    /// Indexes the titles of the ballots written so far for search and puts the trigger that
    /// indexes each ballot back (``DeferredBallotSearch``); runs once the records are written,
    /// before anything else reads the search index.
    func indexDeferredSearchEntries() throws {
        try deferredSearch.finish(db: db)
    }

    /// The entry SHA-256 of the stored ballot with this uid, as it stands in the transaction.
    func storedBallotHash(uid: String) -> String? { ballotHashes[uid] }

    /// The id of an official id in `vote_ref`, interning it on first sight.
    private func refID(_ ref: String) throws -> Int {
        if let id = refIDs[ref] { return id }
        try db.cachedStatement(sql: "INSERT INTO vote_ref (ref) VALUES (?)").execute(arguments: [ref])
        let id = Int(db.lastInsertedRowID)
        refIDs[ref] = id
        return id
    }

    /// The id of mandate `ref` in `vote_ref`, for a vote of the deputy whose id is `deputy`: a
    /// deputy votes under the same mandate ballot after ballot, so the last one is remembered
    /// per deputy and compared instead of hashing the text again (650,000 votes).
    private func mandateID(_ ref: String, deputy: Int) throws -> Int {
        if deputy >= 0, deputy < lastMandate.count, let last = lastMandate[deputy], last.ref == ref { return last.id }
        let id = try refID(ref)
        guard deputy >= 0 else { return id }
        if deputy >= lastMandate.count { lastMandate += Array(repeating: nil, count: deputy + 1 - lastMandate.count) }
        lastMandate[deputy] = (ref, id)
        return id
    }

    /// The id of a dump, registering it on first sight.
    func dumpID(for source: SourceReference) throws -> Int64 {
        try dumps.id(for: source, in: db)
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
            // A cached statement: compiling this delete (and its cascades to three child tables)
            // for each of thousands of new ballots cost more than running it.
            try db.cachedStatement(sql: "DELETE FROM ballot WHERE legislature = ? AND number = ?")
                .execute(arguments: [b.legislature, b.number])
            change = .added
        }
        try deferredSearch.willWriteBallot(db: db)
        let dumpID = try dumpID(for: source)
        try db.cachedStatement(sql: """
            INSERT INTO ballot (uid, number, legislature, date, type, type_code, type_label, majority_rule, result,
                result_label, title, title_search, requested_by, sitting_ref, session_ref, body_ref, place, seats, voters,
                expressed, required, official_for, official_against, official_abstentions, official_non_voting,
                official_voluntary_non_voting, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).executeRaw { row in
                row.bind(1, b.uid); row.bind(2, b.number); row.bind(3, b.legislature); row.bind(4, b.date.description)
                row.bind(5, b.type.rawValue); row.bind(6, b.typeCode); row.bind(7, b.typeLabel); row.bind(8, b.majorityRule)
                row.bind(9, b.result.rawValue); row.bind(10, b.resultLabel); row.bind(11, b.title)
                row.bind(12, TextFolding.fold(b.title)); row.bind(13, b.requestedBy); row.bind(14, b.sittingRef)
                row.bind(15, b.sessionRef); row.bind(16, b.bodyRef); row.bind(17, b.place); row.bind(18, b.seats)
                row.bind(19, b.voters); row.bind(20, b.expressed); row.bind(21, b.required); row.bind(22, b.official.for)
                row.bind(23, b.official.against); row.bind(24, b.official.abstentions); row.bind(25, b.official.nonVoting)
                row.bind(26, b.official.voluntaryNonVoting); row.bind(27, Int(dumpID)); row.bind(28, source.entry)
                row.bind(29, source.entrySHA256)
            }
        let groupStatement = try db.cachedStatement(sql: """
            INSERT INTO group_vote (ballot_uid, ordinal, group_ref, published_group_ref, members, majority_position,
                n_for, n_against, n_abstentions, n_non_voting, n_voluntary_non_voting)
            VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """)
        for g in record.groups {
            try groupStatement.executeRaw { row in
                row.bind(1, g.ballotUID); row.bind(2, g.order); row.bind(3, g.groupRef); row.bind(4, g.publishedGroupRef)
                row.bind(5, g.members); row.bind(6, g.majorityPosition?.rawValue); row.bind(7, g.tally.for)
                row.bind(8, g.tally.against); row.bind(9, g.tally.abstentions); row.bind(10, g.tally.nonVoting)
                row.bind(11, g.tally.voluntaryNonVoting)
            }
        }
        // Compact rows (``CompactVotesSchema``): the ballot's id is new, so its votes go at the end
        // of the B-tree.
        let ballotID = try refID(b.uid)
        // What the packing will read of these votes (nil once one names another ballot).
        var writtenVotes: [PackedVotes.Written.WrittenVote]? = []
        writtenVotes?.reserveCapacity(record.votes.count)
        // A ballot lists its votes group after group: the group's id is looked up once per run.
        var lastGroup: (ref: String, id: Int)?
        voteRows.removeAll(keepingCapacity: true)
        for v in record.votes {
            let ballot = v.ballotUID == b.uid ? ballotID : try refID(v.ballotUID)
            let deputy = try refID(v.deputyRef)
            let group: Int
            if let lastGroup, lastGroup.ref == v.groupRef {
                group = lastGroup.id
            } else {
                group = try refID(v.groupRef)
                lastGroup = (v.groupRef, group)
            }
            let mandate = try v.mandateRef.map { try mandateID($0, deputy: deputy) }
            voteRows.append(.init(ballot: ballot, deputy: deputy, mandate: mandate, group: group,
                                  position: CompactVotesSchema.code(of: v.position), byProxy: v.byProxy, seat: v.seat,
                                  cause: v.cause?.rawValue ?? v.causeCode, groupEntry: v.groupEntry))
            if v.ballotUID == b.uid {
                writtenVotes?.append(.init(v, deputy: deputy, group: group))
            } else {
                writtenVotes = nil
            }
        }
        try voteInserter.insert(voteRows)
        deferredSearch.wrote(ballot: b.uid)
        let correctionStatement = try db.cachedStatement(sql: """
            INSERT INTO correction (ballot_uid, ordinal, deputy_ref, mandate_ref, intended_position, voluntary, kind, by_proxy)
            VALUES (?,?,?,?,?,?,?,?)
            """)
        for (ordinal, c) in record.corrections.enumerated() {
            try correctionStatement.executeRaw { row in
                row.bind(1, c.ballotUID); row.bind(2, ordinal); row.bind(3, c.deputyRef); row.bind(4, c.mandateRef)
                row.bind(5, c.intendedPosition.rawValue); row.bind(6, c.voluntary); row.bind(7, c.kind.rawValue); row.bind(8, c.byProxy)
            }
        }
        written.add(record, votes: writtenVotes)
        ballotHashes[b.uid] = source.entrySHA256
        changedLegislatures.insert(b.legislature)
        changedBallots.insert(b.uid)
        ballots.count(change)
        return change
    }

    // MARK: Persons, bodies, mandates

    /// Writes a person and their contacts. `contentHash` is its ``ContentHash`` when the reader computed it
    /// already (on its decoding threads); nil to compute it here.
    @discardableResult
    public func write(_ deputy: Deputy, source: SourceReference, contentHash: String? = nil) throws -> RecordChange {
        let hash = contentHash ?? ContentHash.of(deputy)
        let change = try deputyHashes.change(uid: deputy.uid, hash: hash, in: db)
        guard change != .unchanged else { return change }
        let dumpID = try dumpID(for: source)
        try db.cachedStatement(sql: """
            INSERT INTO deputy (uid, civility, first_name, last_name, sort_name, name_search, birth_date, birth_place,
                death_date, profession, hatvp_url, content_hash, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).executeRaw { row in
                row.bind(1, deputy.uid); row.bind(2, deputy.civility); row.bind(3, deputy.firstName); row.bind(4, deputy.lastName)
                row.bind(5, deputy.sortName); row.bind(6, TextFolding.fold("\(deputy.firstName) \(deputy.lastName)"))
                row.bind(7, deputy.birthDate?.description); row.bind(8, deputy.birthPlace); row.bind(9, deputy.deathDate?.description)
                row.bind(10, deputy.profession); row.bind(11, deputy.hatvpURL); row.bind(12, hash); row.bind(13, Int(dumpID))
                row.bind(14, source.entry); row.bind(15, source.entrySHA256)
            }
        let contact = try db.cachedStatement(sql: "INSERT INTO contact (deputy_uid, ordinal, kind, value) VALUES (?,?,?,?)")
        for (ordinal, c) in deputy.contacts.enumerated() {
            try contact.executeRaw { row in
                row.bind(1, deputy.uid); row.bind(2, ordinal); row.bind(3, c.kind); row.bind(4, c.value)
            }
        }
        return change
    }

    /// Writes a body. `contentHash` is its ``ContentHash`` when the reader computed it
    /// already (on its decoding threads); nil to compute it here.
    @discardableResult
    public func write(_ body: Body, source: SourceReference, contentHash: String? = nil) throws -> RecordChange {
        let hash = contentHash ?? ContentHash.of(body)
        let change = try bodyHashes.change(uid: body.uid, hash: hash, in: db)
        guard change != .unchanged else { return change }
        let dumpID = try dumpID(for: source)
        try db.cachedStatement(sql: """
            INSERT INTO body (uid, type_code, name, short_name, abbreviation, start_date, end_date, legislature, color,
                parent_ref, content_hash, dump_id, entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).executeRaw { row in
                row.bind(1, body.uid); row.bind(2, body.typeCode); row.bind(3, body.name); row.bind(4, body.shortName)
                row.bind(5, body.abbreviation); row.bind(6, body.startDate?.description); row.bind(7, body.endDate?.description)
                row.bind(8, body.legislature); row.bind(9, body.color); row.bind(10, body.parentRef); row.bind(11, hash)
                row.bind(12, Int(dumpID)); row.bind(13, source.entry); row.bind(14, source.entrySHA256)
            }
        return change
    }

    /// Writes a mandate. `contentHash` is its ``ContentHash`` when the reader computed it
    /// already (on its decoding threads); nil to compute it here.
    @discardableResult
    public func write(_ mandate: Mandate, source: SourceReference, contentHash: String? = nil) throws -> RecordChange {
        let hash = contentHash ?? ContentHash.of(mandate)
        let change = try mandateHashes.change(uid: mandate.uid, hash: hash, in: db)
        guard change != .unchanged else { return change }
        let e = mandate.election
        let dumpID = try dumpID(for: source)
        try db.cachedStatement(sql: """
            INSERT INTO mandate (uid, deputy_ref, legislature, body_type, body_refs, body_ref, start_date, end_date, quality,
                region, department, department_code, constituency, election_cause, end_cause, content_hash, dump_id,
                entry, entry_sha256)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).executeRaw { row in
                row.bind(1, mandate.uid); row.bind(2, mandate.deputyRef); row.bind(3, mandate.legislature)
                row.bind(4, mandate.bodyType); row.bind(5, mandate.bodyRefs.joined(separator: " ")); row.bind(6, mandate.bodyRefs.first)
                row.bind(7, mandate.startDate?.description); row.bind(8, mandate.endDate?.description); row.bind(9, mandate.quality)
                row.bind(10, e?.region); row.bind(11, e?.department); row.bind(12, e?.departmentCode); row.bind(13, e?.constituency)
                row.bind(14, e?.cause); row.bind(15, mandate.endCause); row.bind(16, hash); row.bind(17, Int(dumpID))
                row.bind(18, source.entry); row.bind(19, source.entrySHA256)
            }
        return change
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
            SELECT g.ballot_uid, g.ordinal, g.members, b.date, b.legislature, julianday(b.date) AS day
            FROM group_vote g JOIN ballot b ON b.uid = g.ballot_uid
            WHERE g.group_ref = 'PO0'
            """)
        guard !entries.isEmpty else { return [] }
        var nearest = try NearestGroupEntries(db: db, legislatures: Set(entries.map { $0["legislature"] as Int }))
        var unresolved: Set<String> = []
        for entry in entries {
            let ballotUID: String = entry["ballot_uid"]
            let ordinal: Int = entry["ordinal"]
            let date: String = entry["date"]
            // The same entry (position in the list and number of members) on the nearest ballot
            // of the same legislature with real ids: the Assemblée lists groups in a stable order,
            // by size.
            var group = nearest.group(legislature: entry["legislature"], ordinal: ordinal, members: entry["members"], day: entry["day"])
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
            // A recovered entry is a real one for the entries that follow (the 12 ballots of
            // December 2024 follow one another).
            nearest.add(legislature: entry["legislature"], ordinal: ordinal, members: entry["members"], day: entry["day"], group: group)
            try db.execute(sql: "UPDATE group_vote SET group_ref = ? WHERE ballot_uid = ? AND ordinal = ?", arguments: [group, ballotUID, ordinal])
            try db.execute(sql: "UPDATE vote_row SET grp = ? WHERE ballot = ? AND group_ordinal = ?",
                           arguments: [try refID(group), try refID(ballotUID), ordinal])
            written.regroup(ballotUID: ballotUID, ordinal: ordinal, group: group, groupID: try refID(group))
            changedLegislatures.insert(entry["legislature"])
        }
        return unresolved.sorted()
    }

    /// Links the ballots this import added or changed to the legislative files in the store (none
    /// to do when it holds no dossier), in the import's transaction: a ballot is never stored
    /// without the links its title and sitting give.
    func linkChangedBallots(rules: any BallotLinkRules) throws {
        guard !changedBallots.isEmpty, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM dossier)") == true else { return }
        _ = try BallotLinker(db: db, rules: rules).relink(only: changedBallots)
    }

    /// Rebuilds the packed votes (``PackedVotes``) of the legislatures this import changed; the
    /// last step before committing, after ``recoverBogusGroups()``.
    func repackChangedLegislatures() throws {
        guard !changedLegislatures.isEmpty else { return }
        let refs = Dictionary(uniqueKeysWithValues: refIDs.lazy.map { ($1, $0) })
        for legislature in changedLegislatures.sorted() {
            try PackedVotes.repack(legislature: legislature, in: db, written: (written, refs))
        }
        changedLegislatures.removeAll()
    }
}

/// The group entries with real ids of some legislatures, by (legislature, position in the list,
/// number of members), to find the one nearest in time to a `PO0` entry. Loaded once per import:
/// one query per entry scanned the whole `group_vote` table each time, which grew with the
/// square of the store (ten legislatures took a hundred times as long as one).
struct NearestGroupEntries {
    private struct Key: Hashable {
        var legislature: Int
        var ordinal: Int
        var members: Int
    }

    /// (Julian day of the ballot, group), in table order (ballot uid, then list position).
    private var candidates: [Key: [(day: Double, group: String)]] = [:]

    init(db: Database, legislatures: Set<Int>) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT b.legislature, g.ordinal, g.members, julianday(b.date), g.group_ref
            FROM group_vote g JOIN ballot b ON b.uid = g.ballot_uid
            WHERE g.group_ref != 'PO0' AND b.legislature IN (\(databaseQuestionMarks(count: legislatures.count)))
            ORDER BY g.ballot_uid, g.ordinal
            """, arguments: StatementArguments(legislatures.sorted()))
        while let row = try rows.next() {
            candidates[Key(legislature: row[0], ordinal: row[1], members: row[2]), default: []].append((row[3], row[4]))
        }
    }

    /// Adds an entry (a recovered one).
    mutating func add(legislature: Int, ordinal: Int, members: Int, day: Double, group: String) {
        candidates[Key(legislature: legislature, ordinal: ordinal, members: members), default: []].append((day, group))
    }

    /// The group of the entry nearest to `day` (in days, either way) with the same legislature,
    /// position and size; the first in table order among equally near ones. Nil when none.
    func group(legislature: Int, ordinal: Int, members: Int, day: Double) -> String? {
        var best: (distance: Double, group: String)?
        for candidate in candidates[Key(legislature: legislature, ordinal: ordinal, members: members)] ?? [] {
            let distance = abs(candidate.day - day)
            if best.map({ distance < $0.distance }) ?? true { best = (distance, candidate.group) }
        }
        return best?.group
    }
}
