import Foundation
import HemicycleIngest
import HemicycleStore

/// The legislation data shipped in `datasets/law/` (amendments, dossiers and documents).
enum LegislationDatasets {
    /// `datasets/law/` next to the shipped ballot dumps, when it holds any zip.
    static func locate() -> URL? {
        guard let datasets = ShippedDatasets.locate() else { return nil }
        let folder = datasets.folder.appendingPathComponent("law")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { $0.hasSuffix(".zip") } ? folder : nil
    }
}

extension StoreOptions {
    /// Opens the database like ``openPopulated()``; when it holds no dossier yet, first imports
    /// the legislation datasets shipped in `datasets/law/` (and links them to the ballots).
    ///
    /// - Parameter required: when false, a missing `datasets/law/` is not an error (the ballot
    ///   report then simply has no legislative context).
    func openWithLegislation(required: Bool = true) throws -> HemicycleDatabase {
        let database = try openPopulated()
        if try database.dossierCount() == 0 {
            guard let folder = LegislationDatasets.locate() else {
                if !required { return database }
                throw StoreError.notFound("no dossier in \(database.path) and no datasets/law/ folder to import: run `hemicycle legislation import PATH…`")
            }
            Console.status("The database \(database.path) has no legislation yet: importing \(folder.path)…")
            _ = try ImportPipeline(database: database).legislation([folder.path])
        }
        return database
    }
}
