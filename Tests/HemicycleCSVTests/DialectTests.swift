import Foundation
import HemicycleCSV
import Testing

/// Each input dialect: separators, quoting, line endings, byte order mark, hints, preambles.
@Suite struct DialectTests {
    private func read(_ text: String, dialect: CSVDialect? = nil, options: CSVReader.Options = .init()) throws -> (header: CSVHeader?, records: [CSVRecord]) {
        try CSVReader(string: text, dialect: dialect, options: options).readAll()
    }

    @Test(arguments: [(CSVDialect.Separator.comma, ","), (.semicolon, ";"), (.tab, "\t")])
    func readsEachSeparator(separator: CSVDialect.Separator, text: String) throws {
        let csv = ["name", "town"].joined(separator: text) + "\n" + ["Ann", "Lille"].joined(separator: text) + "\n"
        let given = try read(csv, dialect: CSVDialect(separator: separator))
        #expect(given.header?.names == ["name", "town"])
        #expect(given.records.map(\.fields) == [["Ann", "Lille"]])
        // The same text with the separator left to detection.
        let detected = try CSVReader(string: csv).makeRecordIterator()
        #expect(detected.dialect.separator == separator)
        #expect(try detected.next()?["town"] == "Lille")
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndNewlines() throws {
        let csv = "a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"line1\nline2\"\nplain;\"\";end\n"
        let result = try read(csv, dialect: CSVDialect(separator: .semicolon))
        #expect(result.records.count == 2)
        #expect(result.records[0].fields == ["x;y", "say \"hi\"", "line1\nline2"])
        #expect(result.records[1].fields == ["plain", "", "end"])
        // The record after a two-line record starts on line 4.
        #expect(result.records.map(\.line) == [2, 4])
    }

    @Test func crlfAndLfGiveTheSameRecords() throws {
        let lf = try read("a,b\n1,2\n3,4\n")
        let crlf = try read("a,b\r\n1,2\r\n3,4\r\n")
        #expect(lf.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(crlf.records.map(\.fields) == lf.records.map(\.fields))
        #expect(crlf.records.map(\.line) == [2, 3])
    }

    @Test func lastLineWithoutNewlineIsRead() throws {
        let result = try read("a,b\n1,2")
        #expect(result.records.map(\.fields) == [["1", "2"]])
    }

    @Test func spacesAroundUnquotedFieldsAreKept() throws {
        let result = try read("a,b\n  x , y\t\n")
        #expect(result.records[0].fields == ["  x ", " y\t"])
    }

    @Test func byteOrderMarkIsRemovedFromTheFirstColumnName() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("DEP;libdep\n01;Ain\n".utf8)
        let result = try CSVReader(data: Data(bytes)).readAll()
        #expect(result.header?.names == ["DEP", "libdep"])
        #expect(result.records.first?["DEP"] == "01")
    }

    @Test func excelSeparatorHintSetsTheSeparator() throws {
        // With the hint, `;` wins although each line has more commas than semicolons.
        let iterator = try CSVReader(string: "sep=;\nname;amount\nAnn;1,5\n", dialect: .rfc4180).makeRecordIterator()
        #expect(iterator.dialect.separator == .semicolon)
        #expect(iterator.header?.names == ["name", "amount"])
        let record = try #require(try iterator.next())
        #expect(record["amount"] == "1,5")
        #expect(record.line == 3)
    }

    @Test func commentAndPreambleLinesAreSkipped() throws {
        let csv = "Export of 2025-01-01\nsecond note\n# comment\na,b\n1,2\n# another\n3,4\n"
        let result = try read(csv, options: .init(commentPrefix: "#", skippedLeadingLines: 2))
        #expect(result.header?.names == ["a", "b"])
        #expect(result.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(result.records.map(\.line) == [5, 7])
    }

    @Test func hashPrefixedHeaderIsReadAsHeader() throws {
        let csv = "#Code_commune_INSEE;Nom\n01001;L ABERGEMENT\n#not a comment without the option\n"
        let result = try read(csv, dialect: CSVDialect(separator: .semicolon), options: .init(headerPrefix: "#", raggedRows: .allow))
        #expect(result.header?.names == ["Code_commune_INSEE", "Nom"])
        #expect(result.records.count == 2)
        #expect(result.records[1].fields == ["#not a comment without the option"])
        // With both options, later `#` lines are comments but the first is still the header.
        let both = try read(csv, dialect: CSVDialect(separator: .semicolon), options: .init(commentPrefix: "#", headerPrefix: "#"))
        #expect(both.header?.names == ["Code_commune_INSEE", "Nom"])
        #expect(both.records.map(\.fields) == [["01001", "L ABERGEMENT"]])
    }

    @Test func blankLinesAreSkipped() throws {
        let result = try read("a,b\n\n1,2\n\r\n3,4\n")
        #expect(result.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(result.records.map(\.line) == [3, 5])
    }

    @Test func withoutHeaderEveryLineIsARecord() throws {
        let result = try read("1,2\n3,4\n", dialect: CSVDialect(hasHeader: false))
        #expect(result.header == nil)
        #expect(result.records.map(\.fields) == [["1", "2"], ["3", "4"]])
    }

    @Test func separatorDetectionIgnoresSeparatorsInsideQuotes() {
        // Each line has 3 commas inside quotes but exactly one semicolon outside.
        let sample = Array("\"a,b,c,d\";x\n\"e,f,g,h\";y\n".utf8)
        #expect(CSVDialect.detectSeparator(in: sample) == .semicolon)
        #expect(CSVDialect.detectSeparator(in: Array("a\tb\tc\n1\t2\t3\n".utf8)) == .tab)
        #expect(CSVDialect.detectSeparator(in: Array("single\nvalue\n".utf8)) == nil)
    }

    @Test func smallChunksGiveTheSameResult() throws {
        // Chunks of 16 bytes cut lines, quoted newlines and CRLF pairs at every place.
        let csv = "name,note\r\n\"Ann\",\"multi\r\nline, with comma\"\r\nBob,\"a \"\"quote\"\"\"\r\n#x,y\r\n"
        let small = try read(csv, options: .init(chunkSize: 16))
        let large = try read(csv)
        #expect(small.records.map(\.fields) == [["Ann", "multi\r\nline, with comma"], ["Bob", "a \"quote\""], ["#x", "y"]])
        #expect(small.records.map(\.fields) == large.records.map(\.fields))
        #expect(small.records.map(\.line) == [2, 4, 5])
    }
}
