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
/// The trigger is dropped when the import starts and created again, with its exact SQL, when
/// the deferred titles are indexed — both inside the import's transaction, so nobody ever sees
/// the store without it, and a failed or killed import leaves it as it was. The rows of
/// `search_entry` are the ones the trigger would have written, in the same order (so with the
/// same ids): the ballots still stored, in the order of their last write, before any entry of
/// the legislation written after them (``ImportTransaction/legislation()`` indexes them first).
struct DeferredBallotSearch {
    static let trigger = "ballot_search_insert"

    /// The trigger's SQL as stored, while it is dropped; nil when it is in place (or absent).
    private var triggerSQL: String?
    /// Uids of the ballots written since the trigger was dropped, in order (a uid written twice
    /// appears twice; its last write counts).
    private var uids: [String] = []

    /// Drops the trigger, when the store has it.
    init(db: Database) throws {
        triggerSQL = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                         arguments: [Self.trigger])
        if triggerSQL != nil { try db.execute(sql: "DROP TRIGGER \(Self.trigger)") }
    }

    /// Notes a ballot written while the trigger is dropped (a no-op once it is back).
    mutating func wrote(ballot uid: String) {
        if triggerSQL != nil { uids.append(uid) }
    }

    /// Indexes the titles of the ballots noted, then creates the trigger again.
    mutating func finish(db: Database) throws {
        guard let triggerSQL else { return }
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
        self.triggerSQL = nil
        uids = []
    }
}
