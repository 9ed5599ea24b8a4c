import Foundation
import HemicycleCSV
import Testing

/// The writer's quoting, line endings and Excel dialect, and round trips through the reader.
@Suite struct WriterTests {
    @Test func quotesOnlyWhenNeeded() {
        let text = CSVWriter.string(header: ["a", "b", "c", "d"], rows: [["plain", "x,y", "say \"hi\"", "two\nlines"]])
        #expect(text == "a,b,c,d\nplain,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
    }

    @Test func carriageReturnAndEdgeSpacesAreQuoted() {
        let writer = CSVWriter()
        #expect(writer.line(for: ["a\rb", " lead", "trail ", "in side"]) == "\"a\rb\",\" lead\",\"trail \",in side\n")
        // A lone empty field would make an empty line, which readers skip.
        #expect(writer.line(for: [""]) == "\"\"\n")
        #expect(writer.line(for: ["", ""]) == ",\n")
    }

    @Test func semicolonDialectQuotesSemicolonsNotCommas() {
        let writer = CSVWriter(dialect: CSVDialect(separator: .semicolon))
        #expect(writer.line(for: ["1,5", "a;b"]) == "1,5;\"a;b\"\n")
    }

    @Test func excelFrenchHasByteOrderMarkSemicolonAndCRLF() {
        let data = CSVWriter.data(header: ["groupe", "pour"], rows: [["RN", "88"]], dialect: .excelFrench)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == "groupe;pour\r\nRN;88\r\n")
    }

    @Test func crlfOption() {
        var dialect = CSVDialect.rfc4180
        dialect.lineEnding = .crlf
        #expect(CSVWriter.string(header: ["a"], rows: [["1"]], dialect: dialect) == "a\r\n1\r\n")
    }

    static let hostileFields: [String] = [
        "", " ", "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "a,b;c\td",
        "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "#comment", "sep=;",
        "Clémenciat", "日本語", "emoji 🇫🇷👩‍👩‍👧", "\u{200F}RTL mark\u{202E}override",
        "trailing space ", " leading", "quote \"inside\" and, comma", "multi\nline\n\"quoted\"\n",
    ]

    @Test(arguments: [CSVDialect.rfc4180, .excelFrench, .tabSeparated])
    func hostileStringsRoundTrip(dialect: CSVDialect) throws {
        let header = ["id", "value", "other"]
        let rows = Self.hostileFields.enumerated().map { [String($0.offset), $0.element, $0.element + $0.element] }
            + [[Self.hostileFields[0]] + ["x", "y"]]
        let text = CSVWriter.string(header: header, rows: rows, dialect: dialect)
        let readBack = try CSVReader(data: Data(text.utf8), dialect: dialect).readAll()
        #expect(readBack.header?.names == header)
        #expect(readBack.records.map(\.fields) == rows)
        // Separator detection finds the dialect's separator too.
        let detected = try CSVReader(data: Data(text.utf8)).readAll()
        #expect(detected.records.map(\.fields) == rows)
    }

    @Test func singleColumnRoundTripKeepsEmptyValues() throws {
        let rows = [[""], ["a"], [""], ["sep=,"]]
        let text = CSVWriter.string(header: ["only"], rows: rows)
        let readBack = try CSVReader(string: text, dialect: .rfc4180).readAll()
        #expect(readBack.records.map(\.fields) == rows)
    }

    @Test func fileWriterStreamsAndReaderReadsItBack() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try CSVFileWriter(url: url, dialect: .excelFrench, header: ["n", "text"])
        // Enough rows to flush the 64 KiB buffer several times.
        for n in 0..<5_000 { try output.write([String(n), "ligne \(n); \"é\"\n fin"]) }
        try output.finish()

        var count = 0
        try CSVReader(url: url).forEachRecord(requiringColumns: ["n", "text"]) { record in
            #expect(record["text"] == "ligne \(count); \"é\"\n fin")
            #expect(record.line == 2 + 2 * count)
            count += 1
        }
        #expect(count == 5_000)
    }
}
