import Foundation
@testable import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// Issue 17, item 5: every document renders fully in French. Each command is run with `--lang fr`
/// on the shipped data (the legislative files for the ballot context, the amendment and the
/// dossier; the registers for the place documents) in every readable format, and no English label
/// may be left (``EnglishLabels``). Text from the official files is French already; what is
/// checked is the report layer's own words.
@Suite("Every document in French", .serialized,
       .enabled(if: LegislationDatabase.isAvailable && RegisteredShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct FrenchDocumentsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var formats: [String] = ["table", "markdown", "html"]
        var registers = false
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["ballot", "773"]),
        Case(arguments: ["ballot", "16:1274"], formats: ["table"]),
        Case(arguments: ["legislation", "context", "773"]),
        Case(arguments: ["dossier", "DLR5L16N49176"]),
        Case(arguments: ["dossier", "--search", "transports"], formats: ["table"]),
        Case(arguments: ["amendment", "237", "--dossier", "DLR5L16N49176"]),
        Case(arguments: ["provision", "237", "--dossier", "DLR5L16N49176"]),
        Case(arguments: ["legislation", "coverage", "--legislature", "17"]),
        Case(arguments: ["whatif", "773"]),
        Case(arguments: ["report", "773", "16:1274", "--section", "summary", "--section", "groups", "--section", "against",
                         "--section", "non-voting", "--section", "corrections", "--section", "source"]),
        Case(arguments: ["scorecard", "--ballot", "773:against", "--ballot", "16:1274:against", "--department", "59"], registers: true),
        Case(arguments: ["representatives", "--postcode", "59000", "--ballot", "773"], registers: true),
    ]

    @Test(arguments: cases)
    func noEnglishLabelLeft(_ french: Case) throws {
        let db = french.registers ? RegisteredShippedDatabase.path : LegislationDatabase.path
        for format in french.formats {
            let output = try hemicycle(french.arguments + ["--db", db, "--lang", "fr", "--format", format, "--no-pager"])
            let visible = format == "html" ? EnglishLabels.visibleText(ofMarkup: output) : output
            #expect(EnglishLabels.leftovers(in: visible) == [], "\(french.testDescription) --format \(format)")
            if format == "html" { #expect(output.contains("<html lang=\"fr\">"), "\(french.testDescription) --format html") }
        }
    }

    /// The summaries of commands that write files (`export`, `notebook run|check`) in French too.
    @Test func summariesOfWritingCommands() throws {
        let folder = try SharedData.temporaryFolder()
        let notebook = folder.appendingPathComponent("carnet.md")
        try "# Carnet\n\nSans commande.\n".write(to: notebook, atomically: true, encoding: .utf8)
        for arguments in [["export", "contacts", "--output", folder.path, "--excel", "--db", LegislationDatabase.path],
                          ["notebook", "run", notebook.path], ["notebook", "check", notebook.path],
                          ["registers", "check", "--all", "--db", RegisteredShippedDatabase.path]] {
            for format in ["table", "markdown"] {
                let output = try hemicycle(arguments + ["--lang", "fr", "--format", format, "--no-pager"])
                #expect(!output.isEmpty, "\(arguments.joined(separator: " ")) --format \(format)")
                #expect(EnglishLabels.leftovers(in: output.replacingOccurrences(of: folder.path, with: "")) == [], "\(arguments.joined(separator: " ")) --format \(format): \(output)")
            }
        }
    }

    /// The environment picks French as `--lang` does: `representatives` and `scorecard` ignored
    /// it; every document command now takes its language from the one rule.
    @Test func environmentChoosesFrench() throws {
        let french = ["HEMICYCLE_LANG": "fr"]
        let scorecard = try ScorecardCommand.parse(["--ballot", "773:against"])
        #expect(try scorecard.language.resolved(environment: french) == .french)
        let representatives = try RepresentativesCommand.parse(["--postcode", "59000"])
        #expect(try representatives.language.resolved(environment: french) == .french)
        #expect(try representatives.language.resolved(environment: ["LANG": "fr_FR.UTF-8"]) == .french)
        #expect(try RepresentativesCommand.parse(["--postcode", "59000", "--lang", "en"]).language.resolved(environment: french) == .english)
    }

    /// The fate line as a jurist writes it, on the canonical case: the law partly struck down
    /// (décision n° 2025-878 DC du 24 avril 2025, « Partiellement conforme ») and promulgated.
    @Test func fateLineInFrench() throws {
        let output = try hemicycle(["ballot", "773", "--db", LegislationDatabase.path, "--lang", "fr", "--no-pager"])
        #expect(output.contains("partiellement censurée par le Conseil constitutionnel (décision n° 2025-878 DC du 24 avril 2025"))
        #expect(output.contains("« Partiellement conforme »"))
        #expect(output.contains("loi n° 2025-379 du 28 avril 2025"))
        #expect(output.contains("remplacer « 31 mars 2025 » par « 31 décembre 2027 »"))
    }

    /// The what-if spells groups as the ballot does (`EcoS`, `Dem`, not `ECOS`, `DEM`).
    @Test func whatIfSpellsGroupsAsTheBallot() throws {
        let output = try hemicycle(["whatif", "773", "--db", LegislationDatabase.path, "--no-pager"])
        #expect(output.contains("EcoS"))
        #expect(!output.contains("ECOS"))
    }
}
