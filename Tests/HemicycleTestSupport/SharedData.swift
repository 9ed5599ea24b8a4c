import Foundation

/// Locates the real open data that tests read (`../shared/data` beside the project root, or
/// `$HEMICYCLE_SHARED_DATA`).
///
/// Tests that need it are marked `.enabled(if: SharedData.isAvailable, SharedData.skipMessage)`,
/// so that a machine without the data reports them as skipped, with the reason, rather than
/// passing them silently.
public enum SharedData {
    /// The project root (the folder holding Package.swift).
    public static let projectRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // HemicycleTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // project root

    /// `$HEMICYCLE_SHARED_DATA`, else `<project root>/../shared/data`.
    public static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["HEMICYCLE_SHARED_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return projectRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// Whether the shared data is present (its README and the ballots zip).
    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("an/Scrutins_XVII.json.zip").path)
    }

    /// Why the real-data tests are skipped when the data is absent.
    public static let skipMessage = "SKIPPED: real open data not found at ../shared/data (set HEMICYCLE_SHARED_DATA)"

    /// A file under the shared data folder, e.g. `url("an/Scrutins_XVII.json.zip")`.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The hand-made fixtures, one per quirk (`Tests/HemicycleImportTests/Fixtures`).
    public static func fixture(_ relativePath: String) -> URL {
        projectRoot.appendingPathComponent("Tests/HemicycleImportTests/Fixtures").appendingPathComponent(relativePath)
    }

    /// A fresh temporary folder for a test's files.
    public static func temporaryFolder() throws -> URL {
        let url = processFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder holding this test process's temporary folders, removed when the process exits.
    ///
    /// Each full run of the suite writes about 13 GB of stores into temporary folders; left behind,
    /// they filled a 252 GB disk in a day of runs. A process killed before it exits still leaves
    /// its folder (named with its pid, to tell which).
    private static let processFolder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hemicycle-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: SharedData.processFolder) }
        return url
    }()

    /// The `datasets/` folder shipped with the project.
    public static let datasets: URL = projectRoot.appendingPathComponent("datasets")
}



