import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleStore

/// What an import did, whatever it imported — the Assemblée's dumps, legislative files or
/// registers: the one summary every import of ``ImportPipeline`` returns, which `import` prints
/// as a table or (`--format json`) encodes.
public struct ImportSummary: Sendable, Encodable {
    /// The counts of one kind of record.
    public struct RecordCounts: Sendable, Hashable, Encodable {
        /// `ballots`, `persons`, `bodies`, `mandates`, `dossiers`, `documents`, `amendments`,
        /// `decisions of the Conseil constitutionnel`.
        public var kind: String
        /// Records read, added, updated, unchanged.
        public var read, added, updated, unchanged: Int

        init(_ kind: String, _ counts: ChangeCounts) {
            (self.kind, read, added, updated, unchanged) = (kind, counts.read, counts.added, counts.updated, counts.unchanged)
        }
    }

    /// A ballot whose published counts differ from its own named lists, imported with both.
    public struct Discrepancy: Sendable, Hashable, Encodable {
        /// The ballot's uid, legislature and number.
        public var uid: String, legislature: Int, number: Int
        /// Each count that differs, in words.
        public var details: [String]
    }

    /// A dump read, with what its reader found besides the records.
    public struct DumpRead: Sendable {
        /// The dump's path as given.
        public var path: String
        /// What the reader found.
        public var summary: ANDumpReader.Summary
    }

    /// The database written.
    public var database: String
    /// The Assemblée dumps' statistics (nil when none was imported).
    public var dumps: ImportStatistics?
    /// The dumps read, in import order.
    public var dumpsRead: [DumpRead] = []
    /// The legislation import's statistics (nil when none was imported).
    public var legislation: LegislationImportStatistics?
    /// The registers imported, one per file (empty when none was).
    public var registers: [RegisterImportResult] = []

    /// Creates an empty summary of an import into `database`.
    public init(database: String) { self.database = database }

    /// The counts of every kind of record read (kinds of the dumps with nothing read are left out).
    public var records: [RecordCounts] {
        var result: [RecordCounts] = []
        if let s = dumps {
            result += [("ballots", s.ballots), ("persons", s.deputies), ("bodies", s.bodies), ("mandates", s.mandates)]
                .filter { $0.1.read > 0 }.map { RecordCounts($0.0, $0.1) }
        }
        if let l = legislation {
            result += [("dossiers", l.dossiers), ("documents", l.documents), ("amendments", l.amendments),
                       ("decisions of the Conseil constitutionnel", l.decisions)].map { RecordCounts($0.0, $0.1) }
        }
        return result
    }

    /// Entries skipped, the readers' notices and warnings, groups published as `PO0` that could
    /// not be recovered: one line each, naming the dump.
    public var notes: [String] {
        var notes: [String] = []
        for read in dumpsRead {
            for (kind, count) in read.summary.skippedByKind.sorted(by: { $0.key < $1.key }) {
                notes.append("\(read.path): \(count) \(kind) entries skipped (not imported by this command)")
            }
            notes += read.summary.notices.map { "\(read.path): \($0)" }
            notes += read.summary.warnings.map { "warning: \($0)" }
        }
        notes += (dumps?.unrecoveredBogusGroups ?? []).map { "warning: \($0): some groups published as PO0 could not be recovered" }
        return notes
    }

    /// The ballots whose published counts differ from their named lists, in the dumps' order.
    public var discrepancies: [Discrepancy] {
        dumpsRead.flatMap(\.summary.discrepancies).map { ballot in
            Discrepancy(uid: ballot.uid, legislature: ballot.legislature, number: ballot.number,
                        details: ballot.discrepancies.map { $0.description() })
        }
    }

    /// Whether the import wrote anything.
    public var changedAnything: Bool {
        (dumps?.changedAnything ?? false) || (legislation?.changedAnything ?? false) || registers.contains { $0.change != .unchanged }
    }

    private enum CodingKeys: String, CodingKey {
        case database, records, links, registers, notes, discrepancies, changed
    }

    private struct Link: Encodable {
        let link: String, total: Int, added: Int, removed: Int
    }

    private struct Register: Encodable {
        let kind: String, file: String, rows: Int, previousRows: Int, change: String
    }

    /// `{"database", "records": [{kind, read, added, updated, unchanged}], "links": [{link, total,
    /// added, removed}], "registers": [{kind, file, rows, previous_rows, change}], "notes": [],
    /// "discrepancies": [{uid, legislature, number, details}], "changed"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(database, forKey: .database)
        try container.encode(records, forKey: .records)
        let links = legislation.map { l in
            [Link(link: "ballot ↔ dossier", total: l.dossierLinks.total, added: l.dossierLinks.added, removed: l.dossierLinks.removed),
             Link(link: "ballot ↔ amendment", total: l.amendmentLinks.total, added: l.amendmentLinks.added, removed: l.amendmentLinks.removed)]
        } ?? []
        try container.encode(links, forKey: .links)
        try container.encode(registers.map { Register(kind: $0.kind.rawValue, file: $0.fileName, rows: $0.rows, previousRows: $0.previousRows, change: $0.change.rawValue) },
                             forKey: .registers)
        try container.encode(notes, forKey: .notes)
        try container.encode(discrepancies, forKey: .discrepancies)
        try container.encode(changedAnything, forKey: .changed)
    }
}
