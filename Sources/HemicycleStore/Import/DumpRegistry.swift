import Foundation
import GRDB
import HemicycleModel

/// The dumps (files) an import reads, registered once each in the `dump` table, so that every
/// stored row can name the file it came from.
///
/// A dump is identified by its SHA-256: importing the same file again, even from another path,
/// reuses its row and changes nothing.
struct DumpRegistry {
    private var ids: [String: Int64] = [:]

    /// The id of the dump a record came from, registering the dump on first sight.
    mutating func id(for source: SourceReference, in db: Database) throws -> Int64 {
        if let id = ids[source.dumpSHA256] { return id }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM dump WHERE sha256 = ?", arguments: [source.dumpSHA256]) {
            ids[source.dumpSHA256] = id
            return id
        }
        try db.execute(sql: "INSERT INTO dump (path, sha256, first_imported_at) VALUES (?, ?, ?)",
                       arguments: [source.dump, source.dumpSHA256, ISO8601DateFormatter().string(from: Date())])
        let id = db.lastInsertedRowID
        ids[source.dumpSHA256] = id
        return id
    }
}
