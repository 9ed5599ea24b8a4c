import Foundation
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
import HemicycleStore

/// The one import pipeline: reads the Assemblée's dumps, the legislative files and the registers
/// with HemicycleImport's readers, writes them through HemicycleStore's atomic transactions, and
/// links ballots to the legislative files with HemicycleLegislation's rules, returning one
/// ``ImportSummary``. The CLI's `import`, `legislation import` and `registers import` and the
/// bootstrapping of a fresh database import through it, and so does `update` (HemicycleUpdate),
/// which watches each write (``ImportObserver``) to say what changed.
///
/// A module of its own rather than a folder of an existing one, because it is the one place that
/// needs the readers, the store and the legislation together: in HemicycleImport the readers would
/// depend on the database (GRDB); in HemicycleStore the store, which speaks SQL only and depends on
/// the model alone, would depend on the readers and on the linking rules; HemicycleUpdate
/// (downloads) is a client of it, like the CLI.
public struct ImportPipeline: Sendable {
    /// The rules that link ballots to dossiers and amendments, which the store runs inside every
    /// import transaction.
    public static let linkingRules: any BallotLinkRules = BallotLinkingRules()

    /// The database written.
    public let database: HemicycleDatabase

    /// A pipeline writing into `database`.
    public init(database: HemicycleDatabase) { self.database = database }

    /// Imports the Assemblée's dumps (zip, folder or JSON file), in ``DumpOrder`` (persons and
    /// bodies, oldest export first, then ballots), in one transaction: if any fails, the database
    /// is left exactly as it was.
    ///
    /// - Parameter progress: called with the dump's path, the entries done and their total (when known).
    public func dumps(_ paths: [String], progress: (_ path: String, _ done: Int, _ total: Int?) -> Void = { _, _, _ in }) throws -> ImportSummary {
        try importing(paths.map { DumpFile(path: $0) }, progress: progress)
    }

    /// The one way the Assemblée's dumps are written: imports `dumps` in ``DumpOrder`` of the names
    /// they are recorded as, then the legislation dumps `legislation` (dossiers, documents,
    /// amendments; every ballot is then relinked), all in one transaction: if any fails, or
    /// `beforeCommit` throws, the database is left exactly as it was. Only records whose content
    /// changed are written (the store compares entry and content hashes).
    ///
    /// - Parameters:
    ///   - observer: sees each record of `dumps` around its write (`update` notes what changed).
    ///   - progress: called with the name a dump is recorded as, the entries done and their total (when known).
    ///   - beforeCommit: runs in the transaction once everything is written and linked, with the
    ///     summary so far (`update` logs itself there, or rolls a dry run back by throwing).
    public func importing(_ dumps: [DumpFile], legislation: [DumpFile] = [], observer: (any ImportObserver)? = nil,
                          progress: (_ recordedAs: String, _ done: Int, _ total: Int?) -> Void = { _, _, _ in },
                          beforeCommit: (ImportTransaction, ImportSummary) throws -> Void = { _, _ in }) throws -> ImportSummary {
        // A read-only database is refused before any dump is read.
        try database.requireWritable()
        let ordered = DumpOrder.sorted(dumps, by: \.recordedAs)
        // Every dump is opened (found, fingerprinted) before the import takes the write lock.
        let readers = try ordered.map { try ANDumpReader(path: $0.path) }
        var reads: [ImportSummary.DumpRead] = []
        let summary = { (statistics: ImportStatistics) in
            var summary = ImportSummary(database: database.path)
            summary.dumps = statistics
            summary.legislation = statistics.legislation
            summary.dumpsRead = reads
            return summary
        }
        let statistics = try database.importing(linking: Self.linkingRules, { transaction in
            for (file, reader) in zip(ordered, readers) {
                let read = try reader.read(progress: { done, total in progress(file.recordedAs, done, total) }) { record in
                    let record = record.recorded(as: file.recordedAs)
                    try observer?.willWrite(record, in: transaction)
                    let change = try Self.write(record, into: transaction)
                    observer?.didWrite(record, change: change)
                }
                reads.append(.init(path: file.recordedAs, summary: read))
            }
            for file in legislation {
                progress(file.recordedAs, 0, nil)
                try LegislationEntries.write(dump: file.path, recordedAs: file.recordedAs, into: try transaction.legislation())
            }
        }, beforeCommit: { transaction, statistics in try beforeCommit(transaction, summary(statistics)) })
        return summary(statistics)
    }

    /// Writes one record of the Assemblée's dumps.
    private static func write(_ record: ANRecord, into transaction: ImportTransaction) throws -> RecordChange {
        switch record {
        case .ballot(let ballot, let source): try transaction.write(ballot, source: source)
        case .deputy(let deputy, let source, let hash): try transaction.write(deputy, source: source, contentHash: hash)
        case .body(let body, let source, let hash): try transaction.write(body, source: source, contentHash: hash)
        case .mandate(let mandate, let source, let hash): try transaction.write(mandate, source: source, contentHash: hash)
        }
    }

    /// Imports legislative files — amendments, dossiers, documents (JSON dumps, a folder of zips)
    /// and decisions of the Conseil constitutionnel (a lone `.htm`, `.html` or `.txt`) — in one
    /// transaction, then relinks every ballot; throws (and writes nothing) if any entry is malformed.
    public func legislation(_ paths: [String]) throws -> ImportSummary {
        let dumps = paths.flatMap(LegislationEntries.dumps(in:))
        var summary = ImportSummary(database: database.path)
        summary.legislation = try database.importingLegislation(linking: Self.linkingRules) { transaction in
            for path in dumps { try LegislationEntries.write(dump: path, into: transaction) }
        }
        return summary
    }

    /// Imports register files (RNE deputies, postcodes, communes → constituencies), each told by
    /// its header: every file is read and checked first, then all are written in one transaction.
    public func registers(_ files: [URL]) throws -> ImportSummary {
        var summary = ImportSummary(database: database.path)
        summary.registers = try RegisterFiles.importFiles(files, into: database)
        return summary
    }
}
