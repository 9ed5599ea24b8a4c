import Testing
import HemicycleCSV
@testable import HemicycleReport

@Suite("CSVRenderer")
struct CSVRendererTests {
    let table = ReportTable(
        columns: [.init("Group", key: "group"), .init("For", key: "for", alignment: .right)],
        rows: [["RN", "12"], ["Les \"Verts\", etc.", "-3"], ["=HYPERLINK(\"x\")", "7"]])

    @Test("Keys as header, RFC 4180 quoting, formulas neutralised, numbers kept")
    func rfc4180() {
        let expected = "group,for\nRN,12\n\"Les \"\"Verts\"\", etc.\",-3\n\"'=HYPERLINK(\"\"x\"\")\",7\n"
        #expect(CSVRenderer().render(table) == expected)
    }

    @Test("The first table of a document; none gives empty output")
    func document() {
        var document = ReportDocument()
        document.paragraph("intro")
        document.table(table)
        document.table(ReportTable(columns: [.init("Other", key: "other")], rows: [["x"]]))
        #expect(CSVRenderer(neutralizesFormulas: false).render(document).hasPrefix("group,for\nRN,12\n"))
        #expect(CSVRenderer().render(ReportDocument()) == "")
    }

    @Test("French Excel dialect: semicolons, CRLF, byte order mark")
    func excelFrench() {
        let small = ReportTable(columns: [.init("A", key: "a"), .init("B", key: "b")], rows: [["1;2", "x"]])
        #expect(CSVRenderer(dialect: .excelFrench).render(small) == "\u{FEFF}a;b\r\n\"1;2\";x\r\n")
    }

    @Test func neutralising() {
        #expect(CSVRenderer.neutralizingFormula("=1+1") == "'=1+1")
        #expect(CSVRenderer.neutralizingFormula("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVRenderer.neutralizingFormula("-12.5") == "-12.5")
        #expect(CSVRenderer.neutralizingFormula("-cmd") == "'-cmd")
        #expect(CSVRenderer.neutralizingFormula("plain") == "plain")
    }
}
