import Foundation
import HemicycleCLI
import HemicycleStore
import HemicycleTestSupport
import Testing

/// A database built once from the shipped `datasets/`, shared by the tests that read it: the
/// same dumps, in the same order, as a user's first run imports.
public enum ShippedDatabase {
    /// The shipped dumps, in the order of a first run.
    public static let datasets: [String] = ShippedDatasets.locate(environment: ["HEMICYCLE_DATASETS": SharedData.datasets.path])?.files.map(\.path) ?? []

    public static let path: String = {
        let folder = (try? SharedData.temporaryFolder()) ?? FileManager.default.temporaryDirectory
        let path = folder.appendingPathComponent("shipped.sqlite").path
        do {
            _ = try hemicycle(["import", "--quiet", "--db", path] + datasets)
        } catch {
            Issue.record("importing the shipped datasets failed: \(error)")
        }
        return path
    }()

    public static var isAvailable: Bool { datasets.contains { $0.hasSuffix("/Scrutins_XVI.json.zip") } && datasets.contains { $0.contains("/Scrutins_XVII") } }

    /// Why the suites that read it are skipped.
    public static let skipMessage: Comment = "SKIPPED: datasets/ lacks the 16th or the 17th legislature's ballots (Scrutins_XVI.json.zip, Scrutins_XVII*.json.zip)"
}

/// A private copy of the shipped database with the shipped registers imported, once per test
/// process (a copy, so that importing the registers never holds the write lock of the database
/// other suites share).
public enum RegisteredShippedDatabase {
    public static let path: String = {
        let folder = (try? SharedData.temporaryFolder()) ?? FileManager.default.temporaryDirectory
        let path = folder.appendingPathComponent("registered.sqlite").path
        do {
            try HemicycleDatabase(path: ShippedDatabase.path).copy(to: path)
            _ = try hemicycle(["registers", "import", "--db", path])
        } catch {
            Issue.record("importing the shipped registers failed: \(error)")
        }
        return path
    }()

    public static var isAvailable: Bool {
        ShippedDatabase.isAvailable
            && FileManager.default.fileExists(atPath: SharedData.datasets.appendingPathComponent("registers/circo_composition.csv").path)
    }
}
