import HemicycleModel
import Foundation
import GRDB

extension HemicycleDatabase {
    /// Writes register files in one immediate transaction: either all of them are stored, or
    /// (on any error) none is and the database is left as it was.
    ///
    /// Each kind of register is replaced as a whole by a newer file; a file whose SHA-256 is the
    /// one already recorded for its kind is not rewritten, so importing the same files again
    /// changes nothing.
    public func importRegisters(_ batches: [RegisterBatch]) throws -> [RegisterImportResult] {
        do {
            return try queue.writeWithoutTransaction { db in
                var results: [RegisterImportResult] = []
                try db.inTransaction(.immediate) {
                    for batch in batches {
                        results.append(try Self.write(batch, db: db))
                    }
                    return .commit
                }
                return results
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// The count of stored rows of each register kind (0 for a kind never imported).
    public func registerRowCounts() throws -> [RegisterBatch.Kind: Int] {
        try read { db in
            var counts: [RegisterBatch.Kind: Int] = [:]
            for kind in RegisterBatch.Kind.allCases {
                counts[kind] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(Self.table(of: kind))") ?? 0
            }
            return counts
        }
    }

    /// The files the registers were imported from, by kind.
    public func registerSources() throws -> [RegisterBatch.Kind: (fileName: String, sha256: String, rows: Int)] {
        try read { db in
            var sources: [RegisterBatch.Kind: (fileName: String, sha256: String, rows: Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM register_source") {
                guard let kind = RegisterBatch.Kind(rawValue: row["kind"]) else { continue }
                sources[kind] = (row["file_name"], row["sha256"], row["row_count"])
            }
            return sources
        }
    }

    static func table(of kind: RegisterBatch.Kind) -> String {
        switch kind {
        case .constituencies: "commune_constituency"
        case .postcodes: "postcode"
        case .rneDeputies: "rne_deputy"
        }
    }

    private static func write(_ batch: RegisterBatch, db: Database) throws -> RegisterImportResult {
        let kind = batch.rows.kind
        let table = table(of: kind)
        let previous = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        let recorded = try String.fetchOne(db, sql: "SELECT sha256 FROM register_source WHERE kind = ?", arguments: [kind.rawValue])
        if recorded == batch.sha256 {
            return RegisterImportResult(kind: kind, fileName: batch.fileName, rows: batch.rows.count, previousRows: previous, change: .unchanged)
        }
        try db.execute(sql: "DELETE FROM \(table)")
        switch batch.rows {
        case .constituencies(let rows):
            let statement = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO commune_constituency (insee_code, commune_name, name_key, department_code, constituency, coverage)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for r in rows {
                try statement.execute(arguments: [r.inseeCode, r.communeName, r.nameKey, r.departmentCode, r.constituency, r.isPartial ? "partial" : "whole"])
            }
        case .postcodes(let rows):
            let statement = try db.makeStatement(sql: """
                INSERT INTO postcode (ordinal, insee_code, commune_name, postcode, delivery_label, locality, commune_key, label_key, locality_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (ordinal, r) in rows.enumerated() {
                try statement.execute(arguments: [ordinal + 1, r.inseeCode, r.communeName, r.postcode, r.deliveryLabel, r.locality, r.communeKey, r.labelKey, r.localityKey])
            }
        case .rneDeputies(let rows):
            let statement = try db.makeStatement(sql: """
                INSERT INTO rne_deputy (line, department_code, department_name, constituency, last_name, first_name, sex, birth_date, profession, mandate_start)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for r in rows {
                try statement.execute(arguments: [r.line, r.departmentCode, r.departmentName, r.constituency, r.lastName, r.firstName, r.sex, r.birthDate, r.profession, r.mandateStart])
            }
        }
        try db.execute(sql: """
            INSERT INTO register_source (kind, file_name, sha256, row_count, imported_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(kind) DO UPDATE SET file_name = excluded.file_name, sha256 = excluded.sha256,
                row_count = excluded.row_count, imported_at = excluded.imported_at
            """, arguments: [kind.rawValue, batch.fileName, batch.sha256, batch.rows.count, ISO8601DateFormatter().string(from: Date())])
        return RegisterImportResult(kind: kind, fileName: batch.fileName, rows: batch.rows.count, previousRows: previous,
                                    change: recorded == nil ? .added : .replaced)
    }
}
