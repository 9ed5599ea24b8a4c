import Foundation
import HemicycleCSV
import HemicycleTestSupport
import Testing

/// Every plain `.csv` file of the shared data read in full, with separator and encoding left
/// to detection. Expected counts come from the data READMEs (measured there with Python).
///
/// The `.csv.gz` files of `other/howtheyvote-partial/` are not covered: Foundation on Linux
/// has no gzip decoder, and the project has no zlib binding; unpacking them would need a new
/// dependency for test data only.
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct SharedDataCSVTests {
    /// Reads a whole file and returns its iterator's settings, header and a count per value of
    /// one column.
    private func scan(_ path: String, options: CSVReader.Options = .init(), countingColumn column: String? = nil)
        throws -> (dialect: CSVDialect, encoding: TextEncoding, header: CSVHeader?, rows: Int, values: [String: Int], replacementCharacters: Int)
    {
        let records = try CSVReader(url: SharedData.url(path), options: options).makeRecordIterator()
        var rows = 0, replacements = 0
        var values: [String: Int] = [:]
        while let record = try records.next() {
            rows += 1
            if let column { values[record[column] ?? "<missing>", default: 0] += 1 }
            replacements += record.fields.reduce(0) { $0 + $1.unicodeScalars.filter { $0 == "\u{FFFD}" }.count }
        }
        return (records.dialect, records.encoding, records.header, rows, values, replacements)
    }

    @Test func electedDeputiesRegister() throws {
        let result = try scan("csv/elus-deputes-dep.csv", countingColumn: "Code sexe")
        #expect(result.rows == 574)
        #expect(result.dialect.separator == .semicolon)
        #expect(result.encoding == .utf8)
        #expect(result.header?.names.count == 13)
        #expect(result.header?.names.first == "Code du département")
        #expect(result.values["M", default: 0] + result.values["F", default: 0] == 574)
    }

    @Test func laPostePostcodes() throws {
        let path = "csv/019HexaSmal.csv"
        let result = try scan(path, options: .init(headerPrefix: "#"), countingColumn: "Code_commune_INSEE")
        #expect(result.rows == 39_192)
        #expect(result.values.count == 35_007)  // distinct INSEE codes
        #expect(result.dialect.separator == .semicolon)
        // ISO-8859-1 is not valid UTF-8, so detection falls back to Windows-1252, which decodes
        // Latin-1 text identically.
        #expect(result.encoding == .windows1252)
        #expect(result.header?.names == ["Code_commune_INSEE", "Nom_de_la_commune", "Code_postal", "Libellé_d_acheminement", "Ligne_5"])
        #expect(result.replacementCharacters == 0)

        var ligne5 = 0
        var lille: [String] = []
        try CSVReader(url: SharedData.url(path), options: .init(headerPrefix: "#")).forEachRecord { record in
            if record["Ligne_5"]?.isEmpty == false { ligne5 += 1 }
            if record["Code_commune_INSEE"] == "59350" { lille.append(record["Code_postal"] ?? "") }
        }
        #expect(ligne5 == 4_804)
        #expect(lille.contains("59000"))
    }

    @Test func circoComposition() throws {
        let result = try scan("geo/circo_composition.csv", countingColumn: "type_com")
        #expect(result.rows == 35_132)
        #expect(result.encoding == .utf8)
        #expect(result.header?.names == ["DEP", "libdep", "REG", "libreg", "COMMUNE_RESID", "LIBcom", "circo", "type_com"])
        #expect(result.values["entière"] == 34_813)
        #expect(result.values["partiel"] == 313)
        #expect(result.values[""] == 6)
        #expect(result.replacementCharacters == 0)
        let first = try #require(try CSVReader(url: SharedData.url("geo/circo_composition.csv")).makeRecordIterator().next())
        #expect(first["LIBcom"] == "L'Abergement-Clémenciat")
        #expect(first.line == 2)
    }

    @Test func constituencyTable2017() throws {
        let result = try scan("geo/Table_de_correspondance_circo_legislatives2017-1.csv", countingColumn: "CODE DPT")
        // geo/README.md says 36,465 data rows, but the file has 36,467 lines (36,466 newlines,
        // the last line has none), no blank line and no quote: 1 header + 36,466 records.
        // Python's csv module counts the same. The README figure is one short.
        #expect(result.rows == 36_466)
        #expect(result.dialect.separator == .semicolon)
        #expect(result.encoding == .utf8)
        #expect(result.header?.names.count == 7)
        #expect(result.values["ZA"] != nil)  // Guadeloupe, election coding
    }

    @Test(arguments: [
        ("votes_161.csv", 4_410, ["yes": 2_809, "no": 1_091, "abstain": 131, "no_show": 379]),
        ("votes_67.csv", 30_580, ["yes": 19_406, "no": 7_671, "abstain": 742, "no_show": 2_761]),
        ("votes_83.csv", 58_202, ["yes": 34_075, "no": 17_327, "abstain": 2_224, "no_show": 4_576]),
    ])
    func bundestagVotes(file: String, rows: Int, votes: [String: Int]) throws {
        let result = try scan("other/bundestag-abgeordnetenwatch/\(file)", countingColumn: "vote")
        #expect(result.rows == rows)
        #expect(result.values == votes)
        #expect(result.dialect.separator == .comma)
        #expect(result.encoding == .utf8)
        #expect(result.header?.names.last == "politician name")
    }
}
