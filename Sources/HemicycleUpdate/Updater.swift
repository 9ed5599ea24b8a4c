import Foundation
import HemicycleDocuments
import HemicycleImport
import HemicycleIngest
import HemicycleModel
import HemicycleStore

/// `hemicycle update`: fetches the official dumps of some legislatures, checks them, and imports
/// those that changed in one transaction, with a summary of what changed.
///
/// Order of work, so that a failure anywhere leaves the store exactly as it was:
/// 1. every dump is fetched into a temporary folder (conditionally, from the validators the
///    update log holds; retried; timed out), and its zip checked (directory, sizes, CRCs);
/// 2. the dumps that arrived with new bytes are imported through ``ImportPipeline`` in one
///    transaction (persons, then ballots, then with `--legislation` the dossiers and amendments),
///    which also writes the update log; a dry run rolls it back instead.
/// The temporary folder is removed at the end, whatever happened.
public struct Updater: Sendable {
    public let database: HemicycleDatabase
    public let settings: UpdateSettings

    public init(database: HemicycleDatabase, settings: UpdateSettings) {
        self.database = database
        self.settings = settings
    }

    /// A dump that arrived with new bytes, waiting to be imported.
    private struct Pending {
        var kind: DumpKind
        var location: String
        var file: URL
    }

    /// Thrown inside the import transaction of a dry run, to roll it back once the summary is made.
    private struct DryRunRollback: Error {}

    /// Runs the update. `progress` is called from any thread.
    public func run(progress: @escaping @Sendable (UpdateProgress) -> Void = { _ in }) async throws -> UpdateSummary {
        try database.requireWritable()
        let startedAt = Date()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-update-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw UpdateError.temporaryFile(path: folder.path, reason: error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: folder) }

        let (dumps, pending) = try await fetchAll(into: folder, progress: progress)
        var summary = UpdateSummary(source: settings.source.description, startedAt: startedAt, finishedAt: Date(),
                                    dryRun: settings.dryRun, dumps: dumps)
        guard !pending.isEmpty else {
            if !settings.dryRun { try database.logUpdate(summary) }
            return summary
        }
        do {
            let collector = UpdateChangeCollector()
            let files = { (legislation: Bool) in
                pending.filter { $0.kind.isLegislation == legislation }.map { DumpFile(path: $0.file.path, recordedAs: $0.location) }
            }
            _ = try ImportPipeline(database: database).importing(
                files(false), legislation: files(true), observer: collector,
                progress: { location, done, total in progress(.importing(location: location, entries: done, total: total)) }
            ) { transaction in
                collector.fill(&summary, from: transaction)
                summary.finishedAt = Date()
                if settings.dryRun { throw DryRunRollback() }
                try transaction.logUpdate(summary)
            }
        } catch is DryRunRollback {
            return summary
        }
        summary.watchMatches = try WatchMatcher(database: database).matches(try database.watches(), among: summary.newBallots)
        return summary
    }

    /// Fetches and checks every dump asked for; returns what each fetch found, and the dumps to
    /// import in import order (each legislature's persons, then the ballots, then the legislation).
    private func fetchAll(into folder: URL, progress: @escaping @Sendable (UpdateProgress) -> Void) async throws
        -> ([FetchedDump], [Pending]) {
        let kinds = DumpKind.allCases.filter(settings.kinds.contains)
        var dumps: [FetchedDump] = []
        var pending: [Pending] = []
        let downloader: HTTPDumpDownloader? = if case .repository = settings.source { HTTPDumpDownloader(settings: settings) } else { nil }
        do {
            for kind in kinds {
                for legislature in settings.legislatures {
                    let location = settings.source.location(of: kind, legislature: legislature)
                    let held = try database.lastValidators(location: location)
                    let file = folder.appendingPathComponent("\(legislature)-\(kind.rawValue).json.zip")
                    let result: FetchResult
                    if let downloader {
                        result = try await downloader.fetch(location, validators: held, into: file, progress: progress)
                    } else {
                        result = .downloaded(try FolderDumpCopier.copy(location, into: file, progress: progress))
                    }
                    let fetchedAt = Date()
                    switch result {
                    case .notModified:
                        dumps.append(FetchedDump(legislature: legislature, kind: kind, location: location, status: .notModified,
                                                 sha256: held?.sha256, etag: held?.etag, lastModified: held?.lastModified,
                                                 bytes: 0, fetchedAt: fetchedAt))
                    case .downloaded(let download):
                        // A server without validators, or one that ignores them, sends the same
                        // bytes again: their SHA-256 says so, and they are not imported again.
                        let same = download.sha256 == held?.sha256
                        if !same {
                            progress(.checking(location: location))
                            try DumpCheck.verify(path: download.file.path, location: location)
                            pending.append(Pending(kind: kind, location: location, file: download.file))
                        }
                        dumps.append(FetchedDump(legislature: legislature, kind: kind, location: location,
                                                 status: same ? .sameContent : .imported, sha256: download.sha256,
                                                 etag: download.etag ?? (same ? held?.etag : nil),
                                                 lastModified: download.lastModified ?? (same ? held?.lastModified : nil),
                                                 bytes: download.bytes, fetchedAt: fetchedAt))
                    }
                }
            }
        } catch {
            await downloader?.shutdown()
            throw error
        }
        await downloader?.shutdown()
        return (dumps, pending)
    }
}
