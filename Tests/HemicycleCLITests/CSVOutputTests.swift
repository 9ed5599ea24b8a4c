import ArgumentParser
import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleCSV
import HemicycleOnlineCLI
import HemicycleReport
import HemicycleTestSupport
import Testing

/// What a CSV of Hemicycle's must be (issue 18, "CSV that is data"): a header of stable keys, the
/// id first where the rows are entities, numbers as numbers — never the readable cells of the
/// terminal (`21.7 %`, `100.0 % [86.7–100.0 %, n<30]`).
enum CSVDataCheck {
    /// Columns whose cells are numbers, by exact name (not `denominator`: turnout's names which
    /// one, `seats` or `sitting`).
    static let numericNames: Set<String> = [
        "rank", "score", "number", "legislature", "voters", "seats", "for", "against", "abstentions", "ballots", "rows", "of",
        "turnout", "agreement_index", "numerator", "members",
    ]
    /// Columns whose cells are numbers, by the end of their name (a rate's parts, its bounds).
    static let numericSuffixes = ["_percent", "_numerator", "_denominator"]

    /// A readable percentage: a number, then `%` (`21.7 %`, `21.7%`, `100.0 % [86.7–100.0 %, n<30]`).
    static func isReadablePercent(_ cell: String) -> Bool {
        cell.wholeMatch(of: /[-+]?\d+([.,]\d+)?[\s\u{202F}\u{00A0}]*%.*/) != nil
    }

    static func isNumeric(_ column: String) -> Bool {
        numericNames.contains(column) || numericSuffixes.contains { column.hasSuffix($0) } || column.hasPrefix("points_")
    }

    /// What is wrong with a CSV read back as `header` and `rows`, in words; empty when it is data.
    static func problems(header: [String], rows: [[String]]) -> [String] {
        var problems: [String] = []
        if header.isEmpty { return ["no header"] }
        // A key: lower case, digits and `_`; a part taken from data (a group's label, `agreement_EcoS`) after a `_`.
        for name in header where name.wholeMatch(of: /[a-z][a-z0-9]*(_+[A-Za-z0-9]+)*/) == nil {
            problems.append("header '\(name)' is a label, not a key (lower case, digits, _)")
        }
        if Set(header).count != header.count { problems.append("a header key repeats: \(header)") }
        // Rows about deputies, groups, ballots, dossiers, amendments: their id leads.
        if header.contains(where: CSVDataTable.leadingIDs.contains), let first = header.first, !CSVDataTable.leadingIDs.contains(first) {
            problems.append("the rows carry an id but the header starts with '\(first)'")
        }
        for (line, row) in rows.enumerated() {
            if row.count != header.count { problems.append("row \(line + 1) has \(row.count) cells for \(header.count) columns") }
            for (column, cell) in zip(header, row) where !cell.isEmpty {
                if isReadablePercent(cell) { problems.append("row \(line + 1), \(column): '\(cell)' is a readable percentage, not a number") }
                if isNumeric(column) {
                    if let value = Double(cell), value.isFinite {
                        if column.hasSuffix("_percent"), !(0...100).contains(value) { problems.append("row \(line + 1), \(column): \(cell) is no percentage") }
                    } else {
                        problems.append("row \(line + 1), \(column): '\(cell)' is not a number")
                    }
                }
            }
        }
        return problems
    }

    /// Reads `text` with the project's CSV reader (`dialect`), then ``problems(header:rows:)``.
    static func problems(csv text: String, dialect: CSVDialect = .rfc4180) throws -> [String] {
        let (header, records) = try CSVReader(data: Data(text.utf8), dialect: dialect).readAll()
        return problems(header: header?.names ?? [], rows: records.map(\.fields))
    }
}

@Suite("CSV that is data")
struct CSVDataCheckTests {
    /// The check catches what it is for: a readable cell, a label header, an id not first, a word
    /// in a number column.
    @Test func catchesReadableCSV() throws {
        #expect(try CSVDataCheck.problems(csv: "deputy_id,name,loyalty_percent\nPA1,A,98.9\n") == [])
        #expect(try !CSVDataCheck.problems(csv: "deputy_id,participation\nPA1,21.7 %\n").isEmpty)
        #expect(try !CSVDataCheck.problems(csv: "deputy_id,participation\nPA1,\"100.0 % [86.7–100.0 %, n<30]\"\n").isEmpty)
        #expect(try !CSVDataCheck.problems(csv: "deputy_id,participation\nPA1,21.7%\n").isEmpty)
        #expect(try !CSVDataCheck.problems(csv: "Deputy,Group\nA,RN\n").isEmpty)
        #expect(try !CSVDataCheck.problems(csv: "name,deputy_id\nA,PA1\n").isEmpty)
        #expect(try !CSVDataCheck.problems(csv: "deputy_id,voters\nPA1,many\n").isEmpty)
        #expect(try !CSVDataCheck.problems(csv: "deputy_id,turnout_percent\nPA1,2170\n").isEmpty)
        // A title that speaks of a percentage is text, not a figure.
        #expect(try CSVDataCheck.problems(csv: "ballot_uid,title\nV1,\"taux de 5 % sur\"\n") == [])
    }
}

/// Every command's `--format csv` on the shipped data, read back with the CSV reader and checked
/// (``CSVDataCheck``); the list of commands is checked against the CLI, so that a new command
/// with `--format` is added here or fails.
@Suite("Every CSV output is data", .serialized,
       .enabled(if: LegislationDatabase.isAvailable && RegisteredShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct CSVOutputTests {
    /// One command line; `{db}` is replaced by the database, `{tmp}` by a fresh folder.
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var store: GoldenOutputTests.Store = .legislation
        /// Whether no output at all is right (an empty list: no row, so no column).
        var mayBeEmpty = false
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["ballot", "773"]),
        Case(arguments: ["ballots", "--limit", "15"]),
        Case(arguments: ["ballots", "--search", "jeux Olympiques", "--legislature", "all"]),
        Case(arguments: ["turnout"]),
        Case(arguments: ["groups"]),
        Case(arguments: ["agreement"]),
        Case(arguments: ["deputies", "--limit", "25"]),
        Case(arguments: ["deputy", "Yaël Braun-Pivet"]),
        Case(arguments: ["corrections", "--ballots", "773,4813"]),
        Case(arguments: ["whatif", "773"]),
        Case(arguments: ["legislation", "context", "773"]),
        Case(arguments: ["legislation", "coverage", "--legislature", "17"]),
        Case(arguments: ["dossier", "DLR5L16N49176"]),
        Case(arguments: ["dossier", "--search", "transports"]),
        Case(arguments: ["amendment", "237", "--dossier", "DLR5L16N49176"]),
        Case(arguments: ["provision", "237", "--dossier", "DLR5L16N49176"]),
        Case(arguments: ["report", "773", "16:1274"]),
        Case(arguments: ["status"]),
        Case(arguments: ["check"]),
        Case(arguments: ["watch", "list"], mayBeEmpty: true),
        Case(arguments: ["card", "773", "--output", "{tmp}/card.svg"]),
        Case(arguments: ["export", "contacts", "deputies", "--output", "{tmp}"]),
        Case(arguments: ["representatives", "--postcode", "59000", "--ballot", "773"], store: .registers),
        Case(arguments: ["scorecard", "--ballot", "773:against", "--ballot", "16:1274:against", "--department", "59"], store: .registers),
        Case(arguments: ["registers", "check"], store: .registers),
    ]

    /// Commands with `--format` not run here, and why.
    static let notRun: [String: String] = [
        "update": "downloads from the Assemblée's server",
        "legislation import": "imports datasets/law again (minutes); its CSV is its JSON payload laid flat, as `import`'s",
    ]

    @Test(arguments: cases)
    func csvIsData(_ csvCase: Case) throws {
        let folder = try SharedData.temporaryFolder()
        let arguments = csvCase.arguments.map { $0.replacingOccurrences(of: "{tmp}", with: folder.path) }
        let text = try hemicycle(arguments + ["--db", csvCase.store.path, "--format", "csv", "--no-pager"])
        if text.isEmpty && csvCase.mayBeEmpty { return }
        let problems = try CSVDataCheck.problems(csv: text)
        #expect(problems == [], "\(csvCase.testDescription): \(problems.prefix(5))")
    }

    /// `import`, `registers import` and the notebooks write: each on a store or file of its own.
    @Test func writingCommandsSummariesAreData() throws {
        let folder = try SharedData.temporaryFolder()
        let db = folder.appendingPathComponent("small.sqlite").path
        let dump = SharedData.datasets.appendingPathComponent("AMO_supplement_XVII.json.zip").path
        let notebook = folder.appendingPathComponent("notebook.md")
        try "# A notebook\n\nNo command.\n".write(to: notebook, atomically: true, encoding: .utf8)
        for arguments in [["import", dump, "--db", db], ["registers", "import", "--db", db],
                          ["notebook", "run", notebook.path], ["notebook", "check", notebook.path]] {
            let text = try hemicycle(arguments + ["--format", "csv", "--no-pager"])
            #expect(try CSVDataCheck.problems(csv: text) == [], "\(arguments.joined(separator: " "))")
        }
        let a = folder.appendingPathComponent("a.json"), b = folder.appendingPathComponent("b.json")
        try #"{"id": "a", "titre": "T", "articles": [{"titre": "1er", "order": 1, "alineas": {"001": "Trois mois."}}]}"#.write(to: a, atomically: true, encoding: .utf8)
        try #"{"id": "b", "titre": "T", "articles": [{"titre": "1er", "order": 1, "alineas": {"001": "Six mois."}}]}"#.write(to: b, atomically: true, encoding: .utf8)
        let diff = try hemicycle(["law", "diff", a.path, b.path, "--format", "csv", "--no-pager"])
        #expect(try CSVDataCheck.problems(csv: diff) == [], "law diff")
    }

    /// The files `export` writes are data too, plain and `--excel` (a byte order mark and `;`).
    /// (`votes`, ids and positions over a million rows, is left out for time.)
    @Test func exportedFilesAreData() throws {
        let tables = ["ballots", "deputies", "groups", "contacts"]
        for excel in [false, true] {
            let folder = try SharedData.temporaryFolder()
            _ = try hemicycle(["export"] + tables + ["--output", folder.path, "--db", LegislationDatabase.path, "--no-pager"] + (excel ? ["--excel"] : []))
            for table in tables {
                let data = try Data(contentsOf: folder.appendingPathComponent("\(table).csv"))
                #expect(data.starts(with: [0xEF, 0xBB, 0xBF]) == excel, "\(table).csv, excel: \(excel)")
                let text = String(decoding: excel ? data.dropFirst(3) : data, as: UTF8.self)
                // ("\r\n" is one Character: split on any line break.)
                let firstLine = text.split(whereSeparator: \.isNewline).first ?? ""
                #expect(firstLine.contains(";") == excel && firstLine.contains(",") == !excel, "\(table).csv separators, excel: \(excel)")
                #expect(try CSVDataCheck.problems(csv: text, dialect: excel ? .excelFrench : .rfc4180) == [], "\(table).csv, excel: \(excel)")
            }
        }
    }

    /// Every command that takes `--format` is run above or named in ``notRun``.
    @Test func everyCommandIsChecked() {
        let run = Set(Self.cases.map { Self.commandPath($0.arguments) })
            .union(["import", "registers import", "notebook run", "notebook check", "law diff"])
        for path in Self.commandsWithFormat() where !run.contains(path) && Self.notRun[path] == nil {
            Issue.record("`hemicycle \(path)` has --format but its CSV is not checked: add it to CSVOutputTests.cases")
        }
    }

    /// The subcommand path of `arguments` (`legislation coverage`): the leading words naming commands.
    static func commandPath(_ arguments: [String]) -> String {
        var command: any ParsableCommand.Type = Hemicycle.self
        var path: [String] = []
        for word in arguments {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
            path.append(word)
            command = next
        }
        return path.joined(separator: " ")
    }

    /// The paths of the commands whose help lists `--format`, those of hemicycle-online included.
    static func commandsWithFormat() -> [String] {
        var found: [String] = []
        func walk(_ command: any ParsableCommand.Type, _ path: [String]) {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty {
                if command.helpMessage(columns: 400).contains("--format") { found.append(path.joined(separator: " ")) }
                return
            }
            for sub in subcommands { walk(sub, path + [sub._commandName]) }
        }
        walk(Hemicycle.self, [])
        // `serve` and `update` as the companion executable parses them (hemicycle passes them on).
        walk(HemicycleOnline.self, [])
        return found
    }
}
