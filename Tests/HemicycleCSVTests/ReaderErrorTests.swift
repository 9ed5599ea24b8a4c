import Foundation
import HemicycleCSV
import Testing

/// Malformed input: every error names the source, the line and, where it applies, the column.
@Suite struct ReaderErrorTests {
    private func readError(_ text: String, options: CSVReader.Options = .init()) throws -> CSVError {
        try #require(throws: CSVError.self) {
            _ = try CSVReader(string: text, name: "t.csv", dialect: .rfc4180, options: options).readAll()
        }
    }

    @Test func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).csv")
        let error = try #require(throws: CSVError.self) { _ = try CSVReader(url: url).readAll() }
        #expect(error.reason == .fileNotFound)
        #expect(error.description.contains(url.lastPathComponent))
    }

    @Test func unreadableFile() throws {
        // A directory exists but cannot be read as a file.
        let error = try #require(throws: CSVError.self) {
            _ = try CSVReader(url: FileManager.default.temporaryDirectory, encoding: .utf8).readAll()
        }
        if case .unreadable = error.reason {} else { Issue.record("expected unreadable, got \(error)") }
    }

    @Test func unterminatedQuoteNamesTheRecordStart() throws {
        let error = try readError("a,b\n1,2\n3,\"open\nstill open\n")
        #expect(error.reason == .unterminatedQuote)
        #expect(error.line == 3)
        #expect(error.column == 2)
        #expect(error.columnName == "b")
    }

    @Test func strayQuoteInUnquotedField() throws {
        let error = try readError("a,b\n1,2\n3,x\"y\n")
        #expect(error.reason == .misplacedQuote)
        #expect(error.line == 3)
        #expect(error.column == 2)
        // In a record spanning lines 2–3, the line is the record's first.
        let multiLine = try readError("a,b\n\"x\ny\",z\"w\n")
        #expect(multiLine.reason == .misplacedQuote)
        #expect(multiLine.line == 2)
        #expect(multiLine.column == 2)
    }

    @Test func raggedRowIsAnErrorByDefault() throws {
        let error = try readError("a,b,c\n1,2,3\n4,5\n")
        #expect(error.reason == .raggedRow(expected: 3, found: 2))
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(error.columnName == "c")
        #expect(error.description == "t.csv, line 3, column 3 (\"c\"): 2 fields where 3 were expected")
    }

    @Test func raggedRowsCanBeAllowed() throws {
        let result = try CSVReader(string: "a,b,c\n1,2\n4,5,6,7\n", options: .init(raggedRows: .allow)).readAll()
        #expect(result.records.map(\.fields.count) == [2, 4])
        #expect(result.records[0]["c"] == nil)
        #expect(result.records[1]["c"] == "6")
    }

    @Test func raggedRowWithoutHeaderComparesWithTheFirstRecord() throws {
        let error = try #require(throws: CSVError.self) {
            _ = try CSVReader(string: "1,2\n3,4\n5\n", dialect: CSVDialect(hasHeader: false)).readAll()
        }
        #expect(error.reason == .raggedRow(expected: 2, found: 1))
        #expect(error.line == 3)
    }

    @Test func requireColumnsNamesMissingAndFound() throws {
        let reader = CSVReader(string: "DEP;libdep\n01;Ain\n", name: "circo.csv")
        let error = try #require(throws: CSVError.self) {
            try reader.forEachRecord(requiringColumns: ["DEP", "circo", "type_com"]) { _ in }
        }
        #expect(error.reason == .missingColumns(missing: ["circo", "type_com"], found: ["DEP", "libdep"]))
        #expect(error.line == 1)
        #expect(error.description.contains("\"circo\", \"type_com\""))
        #expect(error.description.contains("\"DEP\", \"libdep\""))
        // Present columns pass.
        try reader.forEachRecord(requiringColumns: ["libdep"]) { #expect($0["libdep"] == "Ain") }
    }

    @Test func emptyInputHasNoHeader() throws {
        let iterator = try CSVReader(string: "").makeRecordIterator()
        #expect(iterator.header == nil)
        #expect(try iterator.next() == nil)
        let error = try #require(throws: CSVError.self) { try iterator.requireColumns(["a"]) }
        #expect(error.reason == .missingHeader)
    }

    @Test func fieldOf200KBIsAcceptedByDefault() throws {
        let big = String(repeating: "x", count: 200_000)
        let quoted = String(repeating: "y\n\"\"", count: 50_000)  // 200 KB quoted, with newlines
        let result = try CSVReader(string: "a,b\n\(big),\"\(quoted)\"\nend,1\n").readAll()
        #expect(result.records.count == 2)
        #expect(result.records[0].fields[0].utf8.count == 200_000)
        #expect(result.records[0].fields[1].utf8.count == 150_000)  // each "" became "
        #expect(result.records[1].line == 50_003)
    }

    @Test func fieldOf2MBIsRejectedWithA1MBLimit() throws {
        let huge = String(repeating: "z", count: 2_000_000)
        let error = try readError("a,b\n1,2\n3,\(huge)\n", options: .init(maximumFieldSize: 1 << 20))
        #expect(error.reason == .fieldTooLarge(limit: 1 << 20))
        #expect(error.line == 3)
        #expect(error.column == 2)
    }

    @Test func smallFieldOverASmallLimitIsRejected() throws {
        // The field ends within one chunk, so the limit is checked when libcsv hands it over.
        let error = try readError("a\n12345678901\n", options: .init(maximumFieldSize: 10))
        #expect(error.reason == .fieldTooLarge(limit: 10))
        #expect(error.line == 2)
    }
}
