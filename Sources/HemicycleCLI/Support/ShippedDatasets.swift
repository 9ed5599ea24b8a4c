import Foundation

/// The open data shipped in the repository's `datasets/` folder, which a fresh database is built from.
public struct ShippedDatasets: Sendable {
    /// The `datasets/` folder.
    public let folder: URL
    /// The Assemblée nationale dumps, in import order (persons and bodies before ballots).
    public let files: [URL]

    /// The order in which dumps are imported, by file-name prefix: bodies, persons and mandates
    /// first, so that the ballots' bogus groups can be recovered from mandates in the same import;
    /// among them the oldest export first, so that a person or mandate published again later
    /// (an end date added, a new group) ends as its newest copy says. The 16th legislature's
    /// export (people and bodies up to 2024), the 17th's (to 2025-11-21), the supplement of
    /// published records that export lacks, then the 17th's active deputies of 2026-07-02.
    static let importOrder = ["AMO_acteurs_organes_XVI", "AMO_acteurs_organes_mandats", "AMO_supplement", "AMO10_deputes_actifs", "Scrutins"]

    /// Where a dump of this file name goes in an import: the rank of ``importOrder`` it matches;
    /// any other file (another persons export, a single JSON file) after the known persons
    /// exports and before the ballots.
    /// Imports sort their paths by it (stably: equal ranks keep the order given), so that
    /// `hemicycle import datasets/*.zip` imports the persons oldest first, then the ballots, even
    /// though the shell lists `AMO10_…` (2026) before `AMO_acteurs_organes_XVI` (an older export,
    /// which would otherwise replace 427 persons' newer records).
    static func importRank(fileName: String) -> Int {
        importOrder.firstIndex { fileName.hasPrefix($0) } ?? importOrder.count - 2
    }

    /// `$HEMICYCLE_DATASETS`, else a `datasets/` folder in the current directory or one of its
    /// parents, else next to the executable's package.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> ShippedDatasets? {
        var candidates: [URL] = []
        if let explicit = environment["HEMICYCLE_DATASETS"], !explicit.isEmpty { candidates.append(URL(fileURLWithPath: explicit)) }
        var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("datasets"))
            directory.deleteLastPathComponent()
        }
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<6 {
            executable.deleteLastPathComponent()
            candidates.append(executable.appendingPathComponent("datasets"))
        }
        for folder in candidates {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            let zips = names.filter { $0.hasSuffix(".json.zip") }
            let ordered = importOrder.flatMap { prefix in zips.filter { $0.hasPrefix(prefix) }.sorted() }
            if ordered.contains(where: { $0.hasPrefix("Scrutins") }) {
                return ShippedDatasets(folder: folder, files: ordered.map { folder.appendingPathComponent($0) })
            }
        }
        return nil
    }
}
