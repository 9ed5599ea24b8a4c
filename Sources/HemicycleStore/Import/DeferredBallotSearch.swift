import Foundation
import GRDB

/// Indexes the titles of the ballots an import writes in one statement at the end, instead of
/// one by one through the trigger `ballot_search_insert` (``SearchSchema``).
///
/// Why: a ballot's `INSERT` fires that trigger, which inserts into `search_entry`, whose own
/// trigger inserts into the FTS5 index. A statement firing triggers may write several rows, so
/// SQLite copies every page it touches to a statement journal, and FTS5 writes its pending terms
/// out as a new segment at each such statement (its savepoint), then merges the segments: for
/// the 7,978 ballots of the 17th, 256 MB written to the statement journal (strace), a third of
/// the writing thread's SQLite time. One `INSERT … SELECT` at the end gives FTS5 all the titles
/// at once.
///
/// The trigger is dropped before the import writes its first ballot and created again, with its
/// exact SQL, when the deferred titles are indexed — both inside the import's transaction, so
/// nobody ever sees the store without it, and a failed or killed import leaves it as it was. An
/// import that writes no ballot (all unchanged) leaves the schema alone. The rows of
/// `search_entry` are the ones the trigger would have written, in the same order (so with the
/// same ids): the ballots still stored, in the order of their last write, before any entry of
/// the legislation written after them (``ImportTransaction/legislation()`` indexes them first).
struct DeferredBallotSearch {
    static let trigger = "ballot_search_insert"

    /// Where the deferral stands.
    private enum State {
        /// No ballot written yet: the trigger is in place.
        case notStarted
        /// The trigger is dropped; its SQL as stored.
        case deferring(triggerSQL: String)
        /// The titles are indexed and the trigger back (or the store has no such trigger): ballots
        /// written from now on are indexed by the trigger.
        case finished
    }

    private var state = State.notStarted
    /// Uids of the ballots written since the trigger was dropped, in order (a uid written twice
    /// appears twice; its last write counts).
    private var uids: [String] = []

    /// Before a ballot is written: drops the trigger the first time.
    mutating func willWriteBallot(db: Database) throws {
        guard case .notStarted = state else { return }
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                            arguments: [Self.trigger]) else {
            state = .finished
            return
        }
        try db.execute(sql: "DROP TRIGGER \(Self.trigger)")
        state = .deferring(triggerSQL: sql)
    }

    /// Notes a ballot written while the trigger is dropped (a no-op otherwise).
    mutating func wrote(ballot uid: String) {
        if case .deferring = state { uids.append(uid) }
    }

    /// Indexes the titles of the ballots noted and creates the trigger again; from now on the
    /// trigger indexes every ballot written.
    mutating func finish(db: Database) throws {
        guard case .deferring(let triggerSQL) = state else {
            state = .finished
            return
        }
        // The last write of each uid, in order of those last writes (as the trigger would have
        // left them: a rewritten ballot's entry is deleted and inserted again).
        var seen: Set<String> = []
        let ordered = uids.reversed().filter { seen.insert($0).inserted }.reversed()
        if !ordered.isEmpty {
            let list = String(decoding: try JSONEncoder().encode(Array(ordered)), as: UTF8.self)
            // The body the trigger inserts (`new.title`, empty titles not indexed); ballots
            // deleted since they were written (replaced by another uid) are gone from `ballot`.
            try db.execute(sql: """
                INSERT INTO search_entry (kind, uid, body)
                SELECT 'ballot_title', b.uid, b.title FROM json_each(?) AS j JOIN ballot b ON b.uid = j.value
                WHERE b.title <> '' ORDER BY j.key
                """, arguments: [list])
        }
        try db.execute(sql: triggerSQL)
        state = .finished
        uids = []
    }
}
