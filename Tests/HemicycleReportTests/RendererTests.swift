import Testing
@testable import HemicycleReport

@Suite("Renderers")
struct RendererTests {
    static let hostile = #"<script>alert("x")</script> & 'quotes'"#
    static let hostileEscaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"

    /// Group (text), For and Against (numbers); "Écologiste" written with a combining accent.
    var groupTable: ReportTable {
        ReportTable(
            columns: [.init("Group", key: "group"), .init("For", key: "for", alignment: .right), .init("Against", key: "against", alignment: .right)],
            rows: [["RN", "12", "3"], ["E\u{301}cologiste", "7", "10"]])
    }

    @Test("Terminal: aligned columns, right-aligned numbers, accents counted as one column")
    func terminalTable() {
        // Widths: Group 10 ("Écologiste"), For 3, Against 7; two spaces between columns.
        let expected = [
            "Group       For  Against",
            "──────────  ───  ───────",
            "RN           12        3",
            "E\u{301}cologiste    7       10",
        ].joined(separator: "\n")
        #expect(TerminalRenderer().render(groupTable) == expected)
    }

    @Test("Terminal: a narrow width cuts the text column with …, never the numbers")
    func terminalTruncation() {
        let table = ReportTable(
            columns: [.init("Title", key: "title"), .init("Votes", key: "votes", alignment: .right)],
            rows: [["Projet de loi de finances pour 2025", "312"]])
        // 35 + 2 + 5 = 42 columns; to fit 20, the title column shrinks to 13: 12 characters + "…".
        let expected = [
            "Title          Votes",
            "─────────────  ─────",
            "Projet de lo…    312",
        ].joined(separator: "\n")
        #expect(TerminalRenderer(width: 20).render(table) == expected)
    }

    @Test("Terminal: headings, paragraphs, key–values, lists; bold only with colour")
    func terminalDocument() {
        var document = ReportDocument()
        document.heading("Ballot 773", level: 1)
        document.keyValues([.init("Date", "2025-02-11"), .init("Result", "adopted")])
        document.list(["one", "two"])
        document.paragraph("Hello")
        // Keys padded to "Result:" (7) plus one space, so values start in column 9.
        let expected = "Ballot 773\n══════════\n\nDate:   2025-02-11\nResult: adopted\n\n• one\n• two\n\nHello\n"
        #expect(TerminalRenderer().render(document) == expected)
        #expect(!TerminalRenderer().render(document).contains("\u{1B}"))
        let coloured = TerminalRenderer(useColor: true).render(document)
        #expect(coloured.hasPrefix("\u{1B}[1mBallot 773\u{1B}[0m\n══════════\n"))
    }

    @Test("Terminal: paragraphs wrap to the width")
    func terminalWrap() {
        let block = ReportDocument.Block.paragraph("one two three four")
        #expect(TerminalRenderer(width: 9).render(block) == "one two\nthree\nfour")
    }

    @Test("Markdown: GFM table with right-aligned numbers, | and newlines escaped")
    func markdownTable() {
        var document = ReportDocument()
        document.heading("Groups", level: 2)
        document.table(ReportTable(
            columns: [.init("Group", key: "group"), .init("For", key: "for", alignment: .right)],
            rows: [["A|B", "3"], ["line1\nline2", "4"], ["x\r\ny", "5"]],
            footnote: "Totals"))
        let expected = """
        ## Groups

        | Group | For |
        | --- | ---: |
        | A\\|B | 3 |
        | line1<br>line2 | 4 |
        | x<br>y | 5 |

        Totals

        """
        #expect(MarkdownRenderer().render(document) == expected)
    }

    @Test("Markdown: headings by level, key–values and lists")
    func markdownBlocks() {
        let renderer = MarkdownRenderer()
        #expect(renderer.render(.heading("Title", level: 1)) == "# Title")
        #expect(renderer.render(.heading("Deep", level: 3)) == "### Deep")
        #expect(renderer.render(.keyValues([.init("Date", "2025-02-11")])) == "- **Date:** 2025-02-11")
        #expect(renderer.render(.list(["a", "b"])) == "- a\n- b")
        #expect(MarkdownRenderer.escapeCell("a|b|c") == "a\\|b\\|c")
    }

    @Test("HTML: a hostile title appears only escaped, everywhere")
    func htmlEscapesEverything() {
        var document = ReportDocument()
        document.heading(Self.hostile, level: 1)
        document.paragraph(Self.hostile)
        document.keyValues([.init(Self.hostile, Self.hostile)])
        document.list([Self.hostile])
        document.table(ReportTable(title: Self.hostile, columns: [.init(Self.hostile, key: "t")], rows: [[Self.hostile]], footnote: Self.hostile))
        let html = HTMLRenderer().render(document)
        #expect(!html.contains("<script"))
        #expect(!html.contains("'quotes'"))
        #expect(!html.contains("\"x\""))
        // Page title, h1, p, dt, dd, li, caption, th, td, footnote: 10 places.
        #expect(html.components(separatedBy: Self.hostileEscaped).count - 1 == 10)
    }

    @Test("HTML: self-contained, responsive, printable; numeric cells right-aligned")
    func htmlPage() {
        var document = ReportDocument()
        document.heading("Report", level: 1)
        document.table(groupTable)
        let html = HTMLRenderer().render(document)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("overflow-x: auto"))
        #expect(html.contains("<title>Report</title>"))
        #expect(html.contains("<td class=\"num\">12</td>"))
        #expect(html.contains("<td>RN</td>"))
        // No network: no external stylesheet, script, font or image.
        for forbidden in ["<link", "<script", "@import", "src=", "url(http"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
    }
}
