import ArgumentParser
import Foundation
import HemicycleCSV
import HemicycleReport
import HemicycleStore

extension ExportTable: ExpressibleByArgument {}

/// `hemicycle export ballots|votes|deputies|groups --output DIR`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's ballots, votes, deputies or groups as CSV files.",
        discussion: """
            Each table is written to DIR/<table>.csv (RFC 4180: `,`, quotes where needed, UTF-8), streamed \
            row by row. --excel writes what French spreadsheets open directly: a byte order mark and `;`. \
            The printed summary (in --format) lists the files and their row counts.

            Examples:
              hemicycle export ballots votes --output exports/
              hemicycle export deputies --legislature 17 --output exports/ --excel
            """
    )

    @Argument(help: "Tables to export: ballots, votes, deputies, groups (default: all).")
    var tables: [ExportTable] = []

    @Option(help: "The legislature (default: the latest imported).")
    var legislature: Int?

    @Option(help: "The folder to write into (created if needed).")
    var output: String

    @Flag(help: "A byte order mark and `;` separators, for spreadsheets in French locales.")
    var excel = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let database = try store.openPopulated()
        guard let leg = try legislature ?? database.latestLegislature() else { throw StoreError.empty(path: database.path) }
        let folder = URL(fileURLWithPath: output)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot create the folder \(output): \(error.localizedDescription)")
        }
        let dialect: CSVDialect = excel ? .excelFrench : .rfc4180
        var written: [ExportSummary.Row] = []
        for table in (tables.isEmpty ? ExportTable.allCases : tables) {
            let url = folder.appendingPathComponent("\(table.rawValue).csv")
            var count = 0
            // Written whole or not at all: a full disk leaves the previous file, not a truncated one.
            try OutputFile.write(to: url.path) { temporary in
                let writer = try CSVFileWriter(url: temporary, dialect: dialect, header: table.header)
                // Titles and names come from outside: a cell a spreadsheet would run as a formula
                // gets a leading ' (the other CSV outputs' rule), plain or --excel.
                count = try database.export(table, legislature: leg) { try writer.write($0.map(CSVRenderer.neutralizingFormula)) }
                try writer.finish()
            }
            written.append(ExportSummary.Row(table: table.rawValue, file: url.path, rows: count))
        }
        let summary = ExportSummary(legislature: leg, excel: excel, rows: written)
        try outputOptions.emit(summary.document(), json: summary.rows, title: "Export")
    }
}
