import Foundation

/// The order in which the Assemblée's dumps are imported.
public enum DumpOrder {
    /// The order in which dumps are imported, by file-name prefix: bodies, persons and mandates
    /// first, so that the ballots' bogus groups can be recovered from mandates in the same import;
    /// among them the oldest export first, so that a person or mandate published again later
    /// (an end date added, a new group) ends as its newest copy says. The 16th legislature's
    /// export (people and bodies up to 2024), the 17th's (to 2025-11-21), the supplement of
    /// published records that export lacks, then the 17th's active deputies of 2026-07-02.
    public static let prefixes = ["AMO_acteurs_organes_XVI", "AMO_acteurs_organes_mandats", "AMO_supplement", "AMO10_deputes_actifs", "Scrutins"]

    /// Where a dump of this file name goes in an import: the rank of ``prefixes`` it matches;
    /// any other file (another persons export, a single JSON file) after the known persons
    /// exports and before the ballots.
    /// Imports sort their paths by it (stably: equal ranks keep the order given), so that
    /// `hemicycle import datasets/*.zip` imports the persons oldest first, then the ballots, even
    /// though the shell lists `AMO10_…` (2026) before `AMO_acteurs_organes_XVI` (an older export,
    /// which would otherwise replace 427 persons' newer records).
    public static func rank(fileName: String) -> Int {
        prefixes.firstIndex { fileName.hasPrefix($0) } ?? prefixes.count - 2
    }

    /// The paths sorted by ``rank(fileName:)`` of their file names, stably.
    public static func sorted(_ paths: [String]) -> [String] {
        sorted(paths, by: \.self)
    }

    /// The items sorted by ``rank(fileName:)`` of the file names of their `path`s, stably.
    public static func sorted<Item>(_ items: [Item], by path: (Item) -> String) -> [Item] {
        let ranks = items.map { rank(fileName: (path($0) as NSString).lastPathComponent) }
        return items.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { items[$0] }
    }
}
