import Foundation
import HemicycleIngest
import HemicycleStore

/// The register files shipped in `datasets/registers/`.
enum ShippedRegisters {
    /// The `datasets/registers/` folder shipped with Hemicycle, if found.
    static func folder() -> URL? {
        guard let datasets = ShippedDatasets.locate() else { return nil }
        let folder = datasets.folder.appendingPathComponent("registers")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }

    /// The CSV files of the shipped `datasets/registers/` folder, sorted.
    static func files() throws -> [URL] {
        guard let folder = folder() else {
            throw RegisterFileError(description: "no datasets/registers/ folder found (set $HEMICYCLE_DATASETS, or give the register files: hemicycle registers import PATH…)", exitStatus: 66)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        return names.map { folder.appendingPathComponent($0) }
    }

}

/// Makes sure the registers are in the database: when none of them is stored yet, imports the
/// shipped `datasets/registers/` (the bootstrapping `StoreOptions.openPopulated()` does for the
/// Assemblée dumps). Returns the database for chaining.
@discardableResult
package func ensureRegisters(_ database: HemicycleDatabase) throws -> HemicycleDatabase {
    let counts = try database.registerRowCounts()
    guard counts.values.allSatisfy({ $0 == 0 }) else { return database }
    let files = try ShippedRegisters.files()
    Console.status("The registers are not in \(database.path) yet: importing \(files.map(\.lastPathComponent).joined(separator: ", "))…")
    _ = try ImportPipeline(database: database).registers(files)
    return database
}
