import ArgumentParser
import Foundation
import HemicycleIngest
import HemicycleStore

/// `--db PATH`: which database to use.
public struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The database file.", discussion: "Default: $HEMICYCLE_DB, else $XDG_DATA_HOME/hemicycle/hemicycle.sqlite, else ~/.local/share/hemicycle/hemicycle.sqlite.", valueName: "path"))
    public var databasePath: String?

    public init() {}

    /// The path to use.
    public var resolvedPath: String { databasePath ?? HemicycleDatabase.defaultPath() }

    public func validate() throws {
        // SQLite reads an empty file name as "a temporary database, deleted when closed": an
        // import would vanish.
        if let databasePath, databasePath.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--db needs a file name (an empty one would be a temporary database, lost at exit)")
        }
    }

    /// Opens the database; when it holds no ballot yet, first imports the datasets shipped with
    /// Hemicycle (`datasets/`: the Assemblée's dumps, then the legislative files of `datasets/law/`),
    /// with progress, so that a fresh clone works out of the box. Notes the store's freshness for
    /// the "data as of" footer of the documents the command writes.
    public func openPopulated() throws -> HemicycleDatabase {
        let database = try HemicycleDatabase(path: resolvedPath)
        if try database.ballotCount() == 0 {
            guard let datasets = ShippedDatasets.locate() else {
                throw StoreError.empty(path: database.path)
            }
            Console.status("The database \(database.path) is empty: importing the shipped datasets from \(datasets.folder.path)…")
            let pipeline = ImportPipeline(database: database)
            var bars = DumpProgressBars()
            _ = try pipeline.dumps(datasets.files.map(\.path)) { path, done, total in bars.update(path: path, done: done, total: total) }
            bars.finish()
            if let law = LegislationDatasets.locate() {
                Console.status("Importing the legislative files from \(law.path)…")
                _ = try pipeline.legislation([law.path])
            }
        }
        // Every document this command writes says how fresh its figures are.
        Console.output.note(freshness: try database.freshness(includingImportedDumps: false))
        return database
    }
}
