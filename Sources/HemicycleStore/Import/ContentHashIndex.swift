import Foundation
import GRDB

/// The content hashes of one table's stored rows, to tell whether a record written again is new,
/// changed or the same.
///
/// Invariant: `hashes[uid]` is the `content_hash` of the row `uid` as it stands in the database
/// during the transaction (rows deleted by ``change(uid:hash:in:)`` are re-inserted by the caller).
struct ContentHashIndex {
    /// The table, whose rows have `uid` and `content_hash` columns.
    let table: String
    private var hashes: [String: String] = [:]

    /// Loads the hashes of the table's rows.
    init(table: String, db: Database) throws {
        self.table = table
        let rows = try Row.fetchCursor(db, sql: "SELECT uid, content_hash FROM \(table)")
        while let row = try rows.next() { hashes[row[0]] = row[1] }
    }

    /// What writing a record with this hash does: `.added` for a new uid, `.unchanged` for the
    /// same hash, `.updated` (after deleting the stored row, whose children cascade) otherwise.
    mutating func change(uid: String, hash: String, in db: Database) throws -> RecordChange {
        guard let existing = hashes[uid] else {
            hashes[uid] = hash
            return .added
        }
        if existing == hash { return .unchanged }
        try db.execute(sql: "DELETE FROM \(table) WHERE uid = ?", arguments: [uid])
        hashes[uid] = hash
        return .updated
    }
}
