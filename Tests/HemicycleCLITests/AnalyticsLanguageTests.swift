import Foundation
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// The analytics documents (deputy, deputies, groups, agreement, turnout, corrections) in French on
/// the shipped data (issue 17 item 5): every label of the terminal, Markdown and HTML renderings is
/// French (``EnglishLabels``), the page says `<html lang="fr">`, and JSON and CSV do not change
/// with the language.
@Suite("Analytics documents in French", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct AnalyticsLanguageTests {
    /// One command line per document, with the options that add text (`--explain`: counts,
    /// exclusions and the other group line).
    static let commands: [[String]] = [
        ["deputy", "Yaël Braun-Pivet", "--explain"],
        ["deputy", "PA721908", "--legislature", "16"],
        ["deputies", "--limit", "30", "--explain"],
        ["deputies", "--sort", "rebellions", "--limit", "10"],
        ["groups", "--explain"],
        ["groups", "--legislature", "16", "--with-corrections"],
        ["agreement", "--explain"],
        ["agreement", "--deputies", "braun-pivet", "PA794502"],
        ["turnout", "--explain"],
        ["corrections", "--ballots", "773,4813,1112"],
    ]

    @Test(arguments: commands)
    func rendersFullyInFrench(_ command: [String]) throws {
        for format in ["table", "markdown", "html"] {
            let output = try hemicycle(command + ["--db", ShippedDatabase.path, "--format", format, "--no-pager", "--lang", "fr"])
            let text = format == "html" ? EnglishLabels.visibleText(ofMarkup: output) : output
            #expect(EnglishLabels.leftovers(in: text).isEmpty,
                    "\(command.joined(separator: " ")) --format \(format) --lang fr: \(EnglishLabels.leftovers(in: text))")
            if format == "html" { #expect(output.contains("<html lang=\"fr\">")) }
        }
    }

    @Test(arguments: [["deputy", "PA721908"], ["groups"], ["turnout"], ["corrections", "--ballots", "773,4813"], ["agreement"], ["deputies", "--limit", "5"]])
    func jsonAndCSVDoNotDependOnTheLanguage(_ command: [String]) throws {
        for format in ["json", "csv"] {
            let english = try hemicycle(command + ["--db", ShippedDatabase.path, "--format", format, "--lang", "en"])
            let french = try hemicycle(command + ["--db", ShippedDatabase.path, "--format", format, "--lang", "fr"])
            #expect(english == french, "\(command[0]) --format \(format)")
        }
    }

    /// French numbers and words in the figures: a comma for decimals, the narrow no-break space
    /// before `%`, French positions.
    @Test func frenchFiguresOfADeputy() throws {
        let output = try hemicycle(["deputy", "PA721908", "--db", ShippedDatabase.path, "--lang", "fr"])
        #expect(output.contains("16e et 17e législatures"))
        #expect(output.contains("Loyauté à la position du groupe"))
        // 96 of 97 votes compared on the group's line: 98.97 % → "99,0 %".
        #expect(output.contains("99,0\u{202F}%"))
        #expect(!output.contains("99.0 %"))
    }
}
