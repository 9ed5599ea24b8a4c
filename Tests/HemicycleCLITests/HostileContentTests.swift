import HemicycleCLITestSupport
import Foundation
import HemicycleCSV
import HemicycleReport
import HemicycleTestSupport
import Testing

/// Hostile text in the published data, followed from the dump through the store to every output:
/// markup, a spreadsheet formula, CSV quotes and line breaks, control characters (BEL, ESC
/// sequences), right-to-left marks and overrides, LIKE wildcards, a NUL, and a 10 MB title.
@Suite("Hostile content, import to output", .serialized)
struct HostileContentTests {
    /// A title that tries everything at once; it starts with `=` so that a spreadsheet would run it.
    static let hostileTitle = "=HYPERLINK(\"http://evil\") <script>alert(\"x\")</script> & 'q' \"quoted\", comma; semi\nsecond line\r\n"
        + "bell\u{07} \u{1B}[31mred\u{1B}[0m \u{1B}]0;title\u{07} \u{200F}rtl mark \u{202E}override\u{202C} 100% _x_ sûreté"
    /// A NUL in a title (kept apart: see ``aNulInATitleIsKept()``).
    static let nulTitle = "before NUL\u{00}after NUL"
    /// About 10 MB of text that needs escaping in every format.
    static let longTitle = "Long title " + String(repeating: "é<a&b>\"x\", ", count: 1_000_000)

    /// The fixture ballot n° 7 of legislature 99, renumbered and retitled.
    static func ballot(number: Int, title: String) throws -> Data {
        let fixture = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
        let encodedTitle = String(decoding: try JSONEncoder().encode(title), as: UTF8.self)
        let replaced = fixture
            .replacingOccurrences(of: "\"titre\": \"l'amendement n° 1 (fixture)\"", with: "\"titre\": \(encodedTitle)")
            .replacingOccurrences(of: "VTANR5L99V7", with: "VTANR5L99V\(number)")
            .replacingOccurrences(of: "\"numero\": \"007\"", with: "\"numero\": \"\(number)\"")
        #expect(replaced.contains(encodedTitle) && replaced.contains("\"numero\": \"\(number)\""), "the fixture changed shape")
        return Data(replaced.utf8)
    }

    /// A database holding ballot 7 with the hostile title, ballot 8 with the 10 MB one and
    /// ballot 9 with a NUL.
    static let database: String? = {
        do {
            let folder = try SharedData.temporaryFolder()
            let hostile = folder.appendingPathComponent("VTANR5L99V7.json")
            let long = folder.appendingPathComponent("VTANR5L99V8.json")
            try ballot(number: 7, title: hostileTitle).write(to: hostile)
            try ballot(number: 8, title: longTitle).write(to: long)
            let nul = folder.appendingPathComponent("VTANR5L99V9.json")
            try ballot(number: 9, title: nulTitle).write(to: nul)
            let path = folder.appendingPathComponent("hostile.sqlite").path
            _ = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/organe-group.json").path, hostile.path, long.path, nul.path])
            return path
        } catch {
            Issue.record("importing the hostile ballots failed: \(error)")
            return nil
        }
    }()

    func run(_ arguments: [String]) throws -> String {
        try hemicycle(arguments + ["--db", try #require(Self.database), "--legislature", "99"])
    }

    @Test func jsonKeepsTheTitleExactly() throws {
        let json = try run(["ballot", "7", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == Self.hostileTitle)
        #expect(!json.contains("\u{1B}") && !json.contains("\u{07}"), "control characters are escaped in JSON")
    }

    @Test func htmlShowsTheTitleAsText() throws {
        let html = try run(["ballot", "7", "--format", "html"])
        #expect(!html.contains("<script>alert"), "no script element")
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }, "no control character in the page")
        #expect(html.contains("\u{200F}rtl mark \u{202E}override\u{202C}"), "bidirectional marks are text, kept")
    }

    @Test func csvQuotesTheTitleAndNeutralisesTheFormula() throws {
        let csv = try run(["ballots", "--search", "100% _x_", "--title-only", "--format", "csv"])
        let (header, records) = try CSVReader(string: csv, name: "ballots.csv").readAll()
        let titles = records.compactMap { $0["title"] }
        #expect(header?.names.contains("title") == true)
        #expect(titles == ["'" + Self.hostileTitle], "one record, the title intact behind the formula guard")
        // The votes table of the ballot is CSV too.
        let votes = try run(["ballot", "7", "--format", "csv"])
        #expect(try CSVReader(string: votes, name: "votes.csv").readAll().records.count == 5)
    }

    /// Issue 22: `export … --excel` wrote `=HYPERLINK(…)` as it is, though the other CSV outputs
    /// guard formulas. Every export, plain or for Excel, now does.
    @Test(arguments: [false, true])
    func exportNeutralisesFormulas(excel: Bool) throws {
        let folder = try SharedData.temporaryFolder()
        _ = try run(["export", "ballots", "--output", folder.path] + (excel ? ["--excel"] : []))
        let file = folder.appendingPathComponent("ballots.csv")
        var options = CSVReader.Options()
        options.maximumFieldSize = 64 << 20  // ballot 8's title is 10 MB
        let (_, records) = try CSVReader(url: file, dialect: excel ? .excelFrench : .rfc4180, options: options).readAll()
        let titles = records.compactMap { $0["title"] }
        let guarded = titles.contains("'" + Self.hostileTitle), raw = titles.contains(Self.hostileTitle)
        #expect(guarded, "the title intact behind the formula guard")
        #expect(!raw)
    }

    /// Issue 22: Markdown passed raw HTML and line breaks from titles, so a title could forge a
    /// line ("577 voters of 577 seats"), a heading, or markup.
    @Test func markdownCannotBeForgedByATitle() throws {
        let markdown = try run(["ballot", "7", "--format", "markdown"])
        #expect(!markdown.contains("<script>"), "no raw tag")
        #expect(markdown.contains("&lt;script>alert(\"x\")&lt;/script>"))
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("second line") }, "the title's line break does not start a line")
        let forged = MarkdownRenderer().render({
            var document = ReportDocument()
            document.paragraph("# 577 voters of 577 seats")
            document.paragraph("1. first")
            document.paragraph("see <https://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm> and 3 < 4")
            return document
        }())
        #expect(forged == "\\# 577 voters of 577 seats\n\n1\\. first\n\nsee <https://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm> and 3 < 4\n")
    }

    @Test func theTerminalNeverReceivesControlCharacters() throws {
        for format in ["table", "markdown"] {
            let text = try run(["ballot", "7", "--format", format])
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}") && !text.contains("\u{00}"), "\(format): raw control characters")
            #expect(text.contains("␛[31mred␛[0m"), "\(format): ESC shown as a symbol")
        }
    }

    /// Issue 22: bidirectional overrides passed through to the terminal, where U+202E reverses
    /// the text after it (a title, or a file name in an error message, could reorder what a
    /// reader sees). The table and Markdown formats show them as `⟨U+202E⟩`; a right-to-left
    /// *mark* (U+200F) changes no order of characters and is kept.
    @Test func theTerminalShowsBidirectionalOverridesVisibly() throws {
        for format in ["table", "markdown"] {
            let text = try run(["ballot", "7", "--format", format])
            #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                    "\(format): a raw bidirectional override or isolate")
            #expect(text.contains("\u{200F}rtl mark ⟨U+202E⟩override⟨U+202C⟩"), "\(format): the override shown as its code point")
        }
    }

    @Test func searchIsLiteral() throws {
        func numbers(_ search: String) throws -> [Int] {
            let json = try run(["ballots", "--search", search, "--title-only", "--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            return rows.compactMap { $0["number"] as? Int }.sorted()
        }
        #expect(try numbers("100% _x_") == [7])
        #expect(try numbers("%") == [7], "% is a character, not a wildcard")
        #expect(try numbers("_") == [7], "_ is a character, not a wildcard")
        #expect(try numbers("<script>") == [7])
        #expect(try numbers("RTL MARK") == [7])
        #expect(try numbers("SURETE") == [7])
        #expect(try numbers("é<a&b>\"x\", é<a&b>") == [8])
        #expect(try numbers("nothing like this").isEmpty)
    }

    /// The importer stores a NUL as it is, but text read back from SQLite stops at the first
    /// NUL (GRDB decodes text as a C string, and SQLite's LIKE stops there too): the end of such
    /// a title is lost in every output and in search. Nothing crashes; the text before is intact.
    /// SQLite's text functions and GRDB stop at a NUL: the importer replaces it with U+FFFD, so that
    /// the rest of the title is kept, shown and found.
    @Test func aNulInATitleIsReplacedVisiblyAndTheRestKept() throws {
        let json = try run(["ballot", "9", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let title = try #require(object["title"] as? String)
        #expect(title == Self.nulTitle.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"))
        let found = try run(["ballots", "--search", "after NUL", "--format", "json"])
        #expect(found.contains("\"number\" : 9"))
    }

    @Test func aTenMegabyteTitleGoesThroughEveryFormat() throws {
        let json = try run(["ballot", "8", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["title"] as? String)?.utf8.count == Self.longTitle.utf8.count)
        let html = try run(["ballot", "8", "--format", "html"])
        #expect(html.utf8.count > Self.longTitle.utf8.count, "the whole title, escaped")
        #expect(!html.contains("<a&b>"))
        let csv = try run(["ballots", "--search", "Long title", "--format", "csv"])
        let records = try CSVReader(string: csv, name: "ballots.csv", options: .init(maximumFieldSize: 32 << 20)).readAll().records
        #expect(records.count == 1 && records.first?["title"] == Self.longTitle)
    }
}
