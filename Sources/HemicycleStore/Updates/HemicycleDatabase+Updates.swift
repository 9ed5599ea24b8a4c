import Foundation
import GRDB
import HemicycleModel

extension HemicycleDatabase {
    /// The validators of the latest copy of the dump at `location` (a URL or a path) that
    /// `update` imported or checked; nil when it never did.
    public func lastValidators(location: String) throws -> DumpValidators? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT sha256, etag, last_modified FROM update_dump
                WHERE location = ? AND sha256 IS NOT NULL ORDER BY run_id DESC LIMIT 1
                """, arguments: [location]).map { DumpValidators(sha256: $0[0], etag: $0[1], lastModified: $0[2]) }
        }
    }

    /// Logs an update that imported nothing (every dump not modified or the same bytes), in a
    /// transaction of its own.
    public func logUpdate(_ summary: UpdateSummary) throws {
        try requireWritable()
        do {
            try queue.write { db in try Self.logUpdate(summary, db: db) }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// Writes the `update_run` row and its `update_dump` rows. A dump not downloaded keeps the
    /// SHA-256 and validators of the copy held, so that the next request is conditional too.
    static func logUpdate(_ summary: UpdateSummary, db: Database) throws {
        let iso = ISO8601DateFormatter()
        let legislation = summary.legislation ?? LegislationChanges()
        try db.execute(sql: """
            INSERT INTO update_run (source, started_at, finished_at, new_ballots, changed_ballots, persons_changed,
                groups_changed, other_bodies_changed, mandates_changed, new_dossiers, changed_dossiers, new_documents,
                changed_documents, new_amendments, changed_amendments)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, arguments: [summary.source, iso.string(from: summary.startedAt), iso.string(from: summary.finishedAt),
                             summary.newBallots.count, summary.changedBallots.count, summary.persons.count,
                             summary.groups.count, summary.otherBodiesChanged, summary.mandatesChanged,
                             legislation.newDossiers, legislation.changedDossiers, legislation.newDocuments,
                             legislation.changedDocuments, legislation.newAmendments, legislation.changedAmendments])
        let run = db.lastInsertedRowID
        for dump in summary.dumps {
            try db.execute(sql: """
                INSERT INTO update_dump (run_id, legislature, kind, location, status, sha256, etag, last_modified, bytes, fetched_at)
                VALUES (?,?,?,?,?,?,?,?,?,?)
                """, arguments: [run, dump.legislature, dump.kind.rawValue, dump.location, dump.status.rawValue, dump.sha256,
                                 dump.etag, dump.lastModified, dump.bytes, iso.string(from: dump.fetchedAt)])
        }
    }

    /// What the store holds and where it came from (see ``StoreFreshness``). Without
    /// `includingImportedDumps`, ``StoreFreshness/importedDumps`` is left empty: counting each
    /// dump's records reads every table, which the "data as of" of a report does not need.
    public func freshness(includingImportedDumps: Bool = true) throws -> StoreFreshness {
        try read { db in
            let legislatures = try Row.fetchAll(db, sql: """
                SELECT legislature, count(*), min(date), max(date) FROM ballot GROUP BY legislature ORDER BY legislature
                """).map { StoreFreshness.Legislature(legislature: $0[0], ballots: $0[1], firstBallotDate: $0[2], lastBallotDate: $0[3]) }
            let updated = try Row.fetchAll(db, sql: """
                SELECT d.legislature, d.kind, d.location, d.fetched_at, d.status,
                    (SELECT max(x.fetched_at) FROM update_dump x WHERE x.location = d.location AND x.status = 'imported'),
                    d.last_modified, d.sha256,
                    (SELECT x.bytes FROM update_dump x WHERE x.location = d.location AND x.bytes > 0 ORDER BY x.run_id DESC LIMIT 1)
                FROM update_dump d
                WHERE d.run_id = (SELECT max(y.run_id) FROM update_dump y WHERE y.location = d.location)
                ORDER BY d.legislature, d.kind
                """).map {
                    StoreFreshness.UpdatedDump(legislature: $0[0], kind: $0[1], location: $0[2], lastCheckedAt: $0[3], lastStatus: $0[4],
                                               lastDownloadedAt: $0[5], lastModified: $0[6], sha256: $0[7], bytes: $0[8])
                }
            let imported = !includingImportedDumps ? [] : try Row.fetchAll(db, sql: """
                SELECT path, sha256, first_imported_at,
                    (SELECT count(*) FROM ballot WHERE dump_id = dump.id), (SELECT count(*) FROM deputy WHERE dump_id = dump.id),
                    (SELECT count(*) FROM body WHERE dump_id = dump.id), (SELECT count(*) FROM mandate WHERE dump_id = dump.id),
                    (SELECT count(*) FROM dossier WHERE dump_id = dump.id), (SELECT count(*) FROM document WHERE dump_id = dump.id),
                    (SELECT count(*) FROM amendment WHERE dump_id = dump.id),
                    (SELECT count(*) FROM constitutional_decision WHERE dump_id = dump.id)
                FROM dump ORDER BY id
                """).map {
                    StoreFreshness.ImportedDump(path: $0[0], sha256: $0[1], firstImportedAt: $0[2], ballots: $0[3], persons: $0[4],
                                                bodies: $0[5], mandates: $0[6], dossiers: $0[7], documents: $0[8], amendments: $0[9],
                                                decisions: $0[10])
                }
            let last = try Row.fetchOne(db, sql: "SELECT finished_at, source FROM update_run ORDER BY id DESC LIMIT 1")
            return StoreFreshness(legislatures: legislatures, updatedDumps: updated, importedDumps: imported,
                                  lastUpdateAt: last?[0], lastUpdateSource: last?[1])
        }
    }
}

extension ImportTransaction {
    /// Logs the update whose import this transaction runs: committed with it, or rolled back
    /// with it.
    public func logUpdate(_ summary: UpdateSummary) throws {
        try HemicycleDatabase.logUpdate(summary, db: db)
    }

    /// The stored copy of a ballot that writing this entry would replace: the ballot with this
    /// uid when the store holds it with another entry SHA-256; nil when it is new or the same.
    /// Call it before ``write(_:source:)``, which deletes the stored copy.
    public func replacedBallot(uid: String, entrySHA256: String) throws -> BallotRecord? {
        guard let stored = storedBallotHash(uid: uid), stored != entrySHA256 else { return nil }
        return try HemicycleDatabase.storedBallot(db, uid: uid).record
    }
}
