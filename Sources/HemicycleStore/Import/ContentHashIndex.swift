import Foundation
import GRDB
import HemicycleModel

/// The content hashes of one table's stored rows, to tell whether a record written again is new,
/// changed or the same.
///
/// Invariant: `hashes[uid]` is the `content_hash` of the row `uid` as it stands in the database
/// during the transaction (rows deleted by ``change(uid:hash:in:)`` are re-inserted by the caller).
struct ContentHashIndex {
    /// The table, whose rows have `uid` and `content_hash` columns.
    let table: String
    private var hashes: [String: String] = [:]
    /// The hashes as they stood before the import, to count what it changed in the end.
    private let before: [String: String]
    /// Records written, and the uids they had.
    private var read = 0
    private var touched: Set<String> = []

    /// Loads the hashes of the table's rows.
    init(table: String, db: Database) throws {
        self.table = table
        let rows = try Row.fetchCursor(db, sql: "SELECT uid, content_hash FROM \(table)")
        while let row = try rows.next() { hashes[row[0]] = row[1] }
        before = hashes
    }

    /// What the import changed, record by record against the store before it: `read` counts
    /// every record written (a person in three dumps is read three times), the others count
    /// distinct records by their final content. A person whom one dump of the import publishes
    /// differently from another, then the last one as stored, is unchanged: re-importing the
    /// shipped dumps changes nothing, though they disagree with each other.
    var counts: ChangeCounts {
        var counts = ChangeCounts()
        counts.read = read
        for uid in touched {
            switch before[uid] {
            case nil: counts.added += 1
            case hashes[uid]: counts.unchanged += 1
            default: counts.updated += 1
            }
        }
        return counts
    }

    /// What writing a record with this hash does: `.added` for a new uid, `.unchanged` for the
    /// same hash, `.updated` (after deleting the stored row, whose children cascade) otherwise.
    mutating func change(uid: String, hash: String, in db: Database) throws -> RecordChange {
        read += 1
        touched.insert(uid)
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
