import Foundation
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// Every command's output on the shipped data, in each format, compared byte for byte with the
/// copy recorded in `Tests/Golden/` (issue 17: refactors must not change a byte of what users
/// get). A deliberate change of output is recorded again, and reviewed as a diff:
///
/// ```sh
/// HEMICYCLE_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests
/// git diff Tests/Golden
/// ```
///
/// The database path, which differs from run to run, is written `<db>`, and the project's folder
/// (where the shipped dumps are, named in each record's source) `<project>`.
@Suite("Golden outputs on the shipped data", .serialized,
       .enabled(if: LegislationDatabase.isAvailable && RegisteredShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct GoldenOutputTests {
    /// Which shipped database a case reads.
    enum Store: Sendable {
        /// The shipped dumps and the legislative files (`datasets/law`).
        case legislation
        /// The shipped dumps and the registers (`datasets/registers`).
        case registers

        var path: String {
            switch self {
            case .legislation: return LegislationDatabase.path
            case .registers: return RegisteredShippedDatabase.path
            }
        }
    }

    /// One command line, run in several formats.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var formats: [String]
        var store: Store = .legislation
        var testDescription: String { name }
    }

    static let allFormats = ["table", "markdown", "csv", "json", "html"]
    static let dataFormats = ["table", "csv", "json"]

    static let cases: [Case] = [
        Case(name: "ballot-773", arguments: ["ballot", "773"], formats: allFormats),
        Case(name: "ballot-773-fr", arguments: ["ballot", "773", "--lang", "fr"], formats: ["table", "markdown"]),
        Case(name: "ballot-16-1274", arguments: ["ballot", "16:1274"], formats: ["table", "json"]),
        Case(name: "ballot-16-1927", arguments: ["ballot", "16:1927"], formats: ["table", "json"]),
        Case(name: "ballot-4813", arguments: ["ballot", "4813"], formats: ["table", "json"]),
        Case(name: "ballots-search", arguments: ["ballots", "--search", "jeux Olympiques", "--legislature", "all"], formats: dataFormats),
        Case(name: "ballots-limit", arguments: ["ballots", "--limit", "15"], formats: allFormats),
        Case(name: "turnout", arguments: ["turnout"], formats: dataFormats),
        Case(name: "groups", arguments: ["groups"], formats: allFormats),
        Case(name: "groups-16", arguments: ["groups", "--legislature", "16"], formats: ["table"]),
        Case(name: "agreement", arguments: ["agreement"], formats: dataFormats),
        Case(name: "deputies", arguments: ["deputies", "--limit", "25"], formats: dataFormats),
        Case(name: "deputy", arguments: ["deputy", "Yaël Braun-Pivet"], formats: allFormats),
        Case(name: "corrections", arguments: ["corrections", "--ballots", "773,4813"], formats: dataFormats),
        Case(name: "whatif-773", arguments: ["whatif", "773"], formats: ["table", "markdown", "csv", "json"]),
        Case(name: "whatif-773-fr", arguments: ["whatif", "773", "--lang", "fr"], formats: ["table"]),
        Case(name: "legislation-context-773", arguments: ["legislation", "context", "773"], formats: ["table", "json"]),
        Case(name: "dossier", arguments: ["dossier", "DLR5L16N49176"], formats: allFormats),
        Case(name: "dossier-fr", arguments: ["dossier", "DLR5L16N49176", "--lang", "fr"], formats: ["table", "html"]),
        Case(name: "legislation-coverage-17", arguments: ["legislation", "coverage", "--legislature", "17"], formats: ["table", "json"]),
        Case(name: "report-773", arguments: ["report", "773", "16:1274", "--section", "summary", "--section", "groups",
                                             "--section", "against", "--section", "non-voting", "--section", "source"], formats: allFormats),
        Case(name: "report-773-fr", arguments: ["report", "773", "16:1274", "--section", "summary", "--section", "groups",
                                                "--section", "against", "--section", "non-voting", "--section", "source", "--lang", "fr"],
             formats: ["table", "html"]),
        Case(name: "amendment-237", arguments: ["amendment", "237", "--dossier", "DLR5L16N49176"], formats: ["table", "markdown", "json"]),
        Case(name: "amendment-237-fr", arguments: ["amendment", "237", "--dossier", "DLR5L16N49176", "--lang", "fr"], formats: ["table"]),
        Case(name: "legislation-context-773-fr", arguments: ["legislation", "context", "773", "--lang", "fr"], formats: ["table"]),
        Case(name: "representatives-59000", arguments: ["representatives", "--postcode", "59000", "--ballot", "773"],
             formats: dataFormats, store: .registers),
        Case(name: "scorecard", arguments: ["scorecard", "--ballot", "773:against", "--ballot", "16:1274:against", "--department", "59"],
             formats: dataFormats + ["markdown", "html"], store: .registers),
        Case(name: "scorecard-fr", arguments: ["scorecard", "--ballot", "773:against", "--ballot", "16:1274:against", "--department", "59", "--lang", "fr"],
             formats: ["table"], store: .registers),
        Case(name: "representatives-59000-fr", arguments: ["representatives", "--postcode", "59000", "--ballot", "773", "--lang", "fr"],
             formats: ["table"], store: .registers),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["HEMICYCLE_RECORD_GOLDEN"] == "1"

    @Test(arguments: cases)
    func outputIsUnchanged(_ golden: Case) throws {
        for format in golden.formats {
            let file = Self.folder.appendingPathComponent("\(golden.name).\(format == "table" ? "txt" : format == "markdown" ? "md" : format)")
            let output = try hemicycle(golden.arguments + ["--db", golden.store.path, "--format", format, "--no-pager"])
                .replacingOccurrences(of: golden.store.path, with: "<db>")
                .replacingOccurrences(of: SharedData.projectRoot.path, with: "<project>")
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(output.utf8).write(to: file)
                continue
            }
            guard let recorded = try? String(contentsOf: file, encoding: .utf8) else {
                Issue.record("\(file.lastPathComponent) is not recorded: HEMICYCLE_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests")
                continue
            }
            if output != recorded {
                let line = zip(output.split(separator: "\n", omittingEmptySubsequences: false), recorded.split(separator: "\n", omittingEmptySubsequences: false))
                    .enumerated().first { $0.element.0 != $0.element.1 }
                Issue.record("""
                    \(golden.arguments.joined(separator: " ")) --format \(format) differs from \(file.lastPathComponent)\
                    \(line.map { " at line \($0.offset + 1):\n  now:      \($0.element.0)\n  recorded: \($0.element.1)" } ?? " in its length")
                    """)
            }
        }
    }
}
