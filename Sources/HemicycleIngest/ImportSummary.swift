import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleStore

/// What an import did, whatever it imported — the Assemblée's dumps, legislative files or
/// registers: the one summary every import of ``ImportPipeline`` returns, which `import` prints
/// as a table or (`--format json`) encodes.
public struct ImportSummary: Sendable, Encodable {
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

    /// The records read and written, kind by kind (kinds of the dumps with nothing read are left
    /// out), and the links after a legislation import.
    public var records: ImportedRecords {
        var result = ImportedRecords()
        if let s = dumps {
            result.records += [ImportedRecords.Line(.ballots, s.ballots), .init(.persons, s.deputies), .init(.bodies, s.bodies),
                               .init(.mandates, s.mandates)].filter { $0.counts.read > 0 }
        }
        if let l = legislation {
            result.records += [.init(.dossiers, l.dossiers), .init(.documents, l.documents), .init(.amendments, l.amendments),
                               .init(.decisions, l.decisions)]
            result.links = [.init(.ballotDossier, l.dossierLinks), .init(.ballotAmendment, l.amendmentLinks)]
        }
        return result
    }

    /// Entries skipped, the readers' notices and warnings, groups published as `PO0` that could
    /// not be recovered: one line each, naming the dump (English: the JSON's `notes`).
    public var notes: [String] {
        skippedEntries.map(\.description) + readerNotes.map(\.description)
    }

    /// The entries of a kind this import does not read (`deport`), counted per dump, kinds in
    /// alphabetical order.
    public var skippedEntries: [SkippedEntries] {
        dumpsRead.flatMap { read in
            read.summary.skippedByKind.sorted { $0.key < $1.key }.map { SkippedEntries(path: read.path, kind: $0.key, count: $0.value) }
        }
    }

    /// The readers' notices and warnings, each with its dump, then the groups published as `PO0`
    /// that could not be recovered. A ballot whose groups could not all be recovered is noted
    /// once, as such, not also as "recovered".
    public var readerNotes: [DumpNote] {
        let unrecovered = dumps?.unrecoveredBogusGroups ?? []
        let unrecoveredSet = Set(unrecovered)
        var notes: [DumpNote] = []
        for read in dumpsRead {
            notes += read.summary.notices.map { DumpNote(path: read.path, note: $0) }
            notes += read.summary.warnings.filter { warning in
                guard case .groupsPublishedAsPlaceholder(let ballot, _, _) = warning else { return true }
                return !unrecoveredSet.contains(ballot)
            }.map { DumpNote(path: read.path, note: $0) }
        }
        notes += unrecovered.map { DumpNote(path: nil, note: .groupsNotRecovered(ballot: $0)) }
        return notes
    }

    /// The ballots whose published counts differ from their named lists, in the dumps' order.
    public var discrepancies: [DiscrepantBallot] { dumpsRead.flatMap(\.summary.discrepancies) }

    /// Whether the import wrote anything.
    public var changedAnything: Bool {
        (dumps?.changedAnything ?? false) || (legislation?.changedAnything ?? false) || registers.contains { $0.change != .unchanged }
    }

    private enum CodingKeys: String, CodingKey {
        case database, records, links, registers, notes, discrepancies, changed
    }

    private struct Record: Encodable {
        let kind: String, read: Int, added: Int, updated: Int, unchanged: Int
    }

    private struct Link: Encodable {
        let link: String, total: Int, added: Int, removed: Int
    }

    private struct Discrepancy: Encodable {
        let uid: String, legislature: Int, number: Int, details: [String]
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
        let records = self.records
        try container.encode(records.records.map { Record(kind: $0.kind.rawValue, read: $0.counts.read, added: $0.counts.added,
                                                          updated: $0.counts.updated, unchanged: $0.counts.unchanged) },
                             forKey: .records)
        let links = records.links.map { Link(link: $0.kind.rawValue, total: $0.counts.total, added: $0.counts.added, removed: $0.counts.removed) }
        try container.encode(links, forKey: .links)
        try container.encode(registers.map { Register(kind: $0.kind.rawValue, file: $0.fileName, rows: $0.rows, previousRows: $0.previousRows, change: $0.change.rawValue) },
                             forKey: .registers)
        try container.encode(notes, forKey: .notes)
        try container.encode(discrepancies.map { Discrepancy(uid: $0.uid, legislature: $0.legislature, number: $0.number,
                                                             details: $0.discrepancies.map { $0.description() }) },
                             forKey: .discrepancies)
        try container.encode(changedAnything, forKey: .changed)
    }
}
