import Foundation
@testable import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleReport
import Testing

/// `hemicycle ballot --lang fr|en` on ballot 773 of the shipped data. The expected figures come
/// from the official record (125 voters of 577 seats, 86 for, 37 against, 2 abstentions,
/// 2 non-voting; 123 votes cast, so 62 needed), written out by hand in each language.
@Suite("hemicycle ballot --lang", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct BallotLanguageTests {
    /// U+202F, the narrow no-break space French puts before `%`, `;`, `:`.
    let nnbsp = "\u{202F}"

    @Test func frenchSummaryLine() throws {
        let output = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--lang", "fr"])
        // 125 / 577 = 0.21664 → 21,7 %.
        let expected = "125 votants sur 577 sièges (21,7\(nnbsp)%) — 86 pour, 37 contre, 2 abstentions\(nnbsp); "
            + "2 non-votants\(nnbsp); majorité requise\(nnbsp): 62 sur 123 suffrages exprimés"
        #expect(output.contains(expected))
        #expect(!output.contains("voters of"))
    }

    @Test func frenchTableHeadersAndPositions() throws {
        let output = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--lang", "fr", "--format", "markdown"])
        #expect(output.contains("| Groupe | Membres | Pour | Contre | Abst. | Non-votants | Absents | Position majoritaire |"))
        #expect(output.contains("| Position | Député | Groupe | Délégation | Note |"))
        #expect(output.contains("## Députés par position"))
        // The two presiding officers are listed as non-voting, in French.
        #expect(output.components(separatedBy: "| non-votant |").count - 1 == 2)
        #expect(!output.contains("| for |"))
    }

    @Test func englishIsTheDefault() throws {
        let plain = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path])
        let english = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--lang", "en"])
        #expect(plain == english)
        #expect(plain.contains("125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions; 2 non-voting; majority required: 62 of 123 votes cast"))
        #expect(plain.contains("Deputies by position"))
    }

    @Test func jsonAndCSVDoNotDependOnTheLanguage() throws {
        for format in ["json", "csv"] {
            let english = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--format", format])
            let french = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--format", format, "--lang", "fr"])
            #expect(english == french, "--format \(format)")
            #expect(!french.contains(nnbsp), "--format \(format)")
        }
    }

    /// Issue 17: one rule for every document — `--lang`, then `HEMICYCLE_LANG`, then the locale
    /// (the card defaulted to French while everything else defaulted to English).
    @Test func languageFromTheEnvironment() throws {
        #expect(try ReportLanguage.resolve(nil, environment: ["HEMICYCLE_LANG": "fr"]) == .fr)
        #expect(try ReportLanguage.resolve(nil, environment: ["HEMICYCLE_LANG": "FR"]) == .fr)
        #expect(try ReportLanguage.resolve(nil, environment: [:]) == .en)
        #expect(try ReportLanguage.resolve(.en, environment: ["HEMICYCLE_LANG": "fr"]) == .en, "--lang wins")
        #expect(throws: (any Error).self) { try ReportLanguage.resolve(nil, environment: ["HEMICYCLE_LANG": "de"]) }
        #expect(try ReportLanguage.resolve(nil, environment: ["LANG": "fr_FR.UTF-8"]) == .fr)
        #expect(try ReportLanguage.resolve(nil, environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "C"]) == .en, "LC_ALL first")
        #expect(try ReportLanguage.resolve(nil, environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_BE"]) == .fr)
        #expect(try ReportLanguage.resolve(nil, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(try ReportLanguage.resolve(nil, environment: ["LANG": "fr_FR.UTF-8", "HEMICYCLE_LANG": "en"]) == .en)
    }
}

/// When long output goes through the pager.
@Suite struct PagerTests {
    @Test func pagesOnlyLongOutputOnATerminal() {
        let onTerminal = { (lines: Int, environment: [String: String]) in
            Pager.command(lineCount: lines, terminalHeight: 40, isTerminal: true, disabled: false, environment: environment)
        }
        #expect(onTerminal(41, [:]) == "less -FRX")
        #expect(onTerminal(40, [:]) == nil, "fits exactly")
        #expect(onTerminal(100, ["PAGER": "more"]) == "more")
        #expect(onTerminal(100, ["PAGER": ""]) == nil)
        #expect(onTerminal(100, ["PAGER": "cat"]) == nil)
        #expect(onTerminal(100, ["NO_PAGER": "1"]) == nil)
        #expect(Pager.command(lineCount: 100, terminalHeight: 40, isTerminal: true, disabled: true, environment: [:]) == nil, "--no-pager")
        #expect(Pager.command(lineCount: 100, terminalHeight: 40, isTerminal: false, disabled: false, environment: [:]) == nil, "pipe or capture")
        #expect(Pager.command(lineCount: 100, terminalHeight: nil, isTerminal: true, disabled: false, environment: [:]) == nil, "unknown height")
    }

    @Test func rowsCountWrappedLines() {
        // "a", 25 characters (3 rows at 10 columns), an empty line: 5 rows.
        let text = "a\n" + String(repeating: "x", count: 25) + "\n\n"
        #expect(Pager.rowCount(of: text, width: 10) == 5)
        #expect(Pager.rowCount(of: text, width: nil) == 3)
        #expect(Pager.rowCount(of: "no newline", width: 80) == 1)
    }

    @Test func capturedOutputIsNeverPaged() throws {
        let sink = TextSink.collecting()
        #expect(!sink.isTerminal)
        Console.$output.withValue(sink) { Pager.write(String(repeating: "line\n", count: 500), disabled: false) }
        #expect(sink.text.count == 5 * 500)
    }
}

/// `OutputOptions.emit` builds only what the chosen format prints: the document for a table,
/// Markdown, CSV or HTML, the payload for JSON (a ballot's JSON context parses its amendments).
@Suite("--format builds one of document and payload")
struct OutputEmitTests {
    /// Runs `emit` in `format`, and tells which of the two arguments were evaluated.
    func evaluated(in format: OutputFormat) throws -> (document: Bool, payload: Bool, text: String) {
        var options = OutputOptions()
        options.format = format
        options.noPager = true
        var built = (document: false, payload: false)
        func document() -> ReportDocument {
            built.document = true
            var document = ReportDocument()
            document.paragraph("a report")
            return document
        }
        func payload() -> [String: Int] {
            built.payload = true
            return ["answer": 42]
        }
        let sink = TextSink.collecting()
        try Console.$output.withValue(sink) { try options.emit(document(), json: payload()) }
        return (built.document, built.payload, sink.text)
    }

    @Test func jsonBuildsOnlyThePayload() throws {
        let result = try evaluated(in: .json)
        #expect(result.payload && !result.document)
        #expect(result.text.contains("\"answer\" : 42"))
    }

    @Test(arguments: [OutputFormat.table, .markdown, .html])
    func documentFormatsBuildOnlyTheDocument(format: OutputFormat) throws {
        let result = try evaluated(in: format)
        #expect(result.document && !result.payload)
        #expect(result.text.contains("a report"))
    }
}
