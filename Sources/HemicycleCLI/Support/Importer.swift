import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleStore

/// Reads dumps with the importers and writes them into the store, all in one transaction.
struct Importer {
    /// The outcome of an import, for the summary.
    struct Outcome {
        var statistics: ImportStatistics
        var summaries: [(path: String, summary: ANDumpReader.Summary)]
    }

    let database: HemicycleDatabase

    /// Imports every path (zip, folder or JSON file) in one transaction: if any fails, the
    /// database is left exactly as it was.
    func run(paths: [String], quiet: Bool) throws -> Outcome {
        // A read-only database is refused before any dump is read.
        try database.requireWritable()
        // Every dump is opened (found, fingerprinted) before the import takes the write lock.
        let readers = try paths.map { try ANDumpReader(path: $0) }
        var summaries: [(String, ANDumpReader.Summary)] = []
        let statistics = try database.importing { transaction in
            for (path, reader) in zip(paths, readers) {
                var bar = ProgressBar(label: "Importing \((path as NSString).lastPathComponent)")
                let summary = try reader.read(progress: { done, total in
                    if !quiet { bar.update(done: done, total: total) }
                }) { record in
                    switch record {
                    case .ballot(let ballot, let source): try transaction.write(ballot, source: source)
                    case .deputy(let deputy, let source, let hash): try transaction.write(deputy, source: source, contentHash: hash)
                    case .body(let body, let source, let hash): try transaction.write(body, source: source, contentHash: hash)
                    case .mandate(let mandate, let source, let hash): try transaction.write(mandate, source: source, contentHash: hash)
                    }
                }
                bar.finish()
                summaries.append((path, summary))
            }
        }
        return Outcome(statistics: statistics, summaries: summaries)
    }
}
