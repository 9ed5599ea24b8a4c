import Foundation
import HemicycleIngest

/// The open data shipped in the repository's `datasets/` folder, which a fresh database is built from.
public struct ShippedDatasets: Sendable {
    /// The `datasets/` folder.
    public let folder: URL
    /// The Assemblée nationale dumps, in import order (``HemicycleIngest/DumpOrder``: persons and bodies before ballots).
    public let files: [URL]

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
            let ordered = DumpOrder.prefixes.flatMap { prefix in zips.filter { $0.hasPrefix(prefix) }.sorted() }
            if ordered.contains(where: { $0.hasPrefix("Scrutins") }) {
                return ShippedDatasets(folder: folder, files: ordered.map { folder.appendingPathComponent($0) })
            }
        }
        return nil
    }
}
