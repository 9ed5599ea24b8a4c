import Foundation
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
import HemicycleStore

/// The one import pipeline: reads the Assemblée's dumps, the legislative files and the registers
/// with HemicycleImport's readers, writes them through HemicycleStore's atomic transactions, and
/// links ballots to the legislative files with HemicycleLegislation's rules, returning one
/// ``ImportSummary``. The CLI's `import`, `legislation import` and `registers import` and the
/// bootstrapping of a fresh database import through it; `update` (HemicycleUpdate) runs the same
/// store transaction with the same ``linkingRules``, writing record by record to note what changed.
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
        // A read-only database is refused before any dump is read.
        try database.requireWritable()
        let ordered = DumpOrder.sorted(paths)
        // Every dump is opened (found, fingerprinted) before the import takes the write lock.
        let readers = try ordered.map { try ANDumpReader(path: $0) }
        var summary = ImportSummary(database: database.path)
        var reads: [ImportSummary.DumpRead] = []
        summary.dumps = try database.importing(linking: Self.linkingRules) { transaction in
            for (path, reader) in zip(ordered, readers) {
                let read = try reader.read(progress: { done, total in progress(path, done, total) }) { record in
                    switch record {
                    case .ballot(let ballot, let source): try transaction.write(ballot, source: source)
                    case .deputy(let deputy, let source, let hash): try transaction.write(deputy, source: source, contentHash: hash)
                    case .body(let body, let source, let hash): try transaction.write(body, source: source, contentHash: hash)
                    case .mandate(let mandate, let source, let hash): try transaction.write(mandate, source: source, contentHash: hash)
                    }
                }
                reads.append(.init(path: path, summary: read))
            }
        }
        summary.dumpsRead = reads
        return summary
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
