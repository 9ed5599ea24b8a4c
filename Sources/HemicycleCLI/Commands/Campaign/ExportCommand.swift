import ArgumentParser
import Foundation
import HemicycleCSV
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// What `export` can write: the store's tables, and the contact list.
enum ExportSelection: String, CaseIterable, ExpressibleByArgument {
    case ballots, votes, deputies, groups, contacts

    /// The store's table, nil for the contact list (built from the deputies' records).
    var table: ExportTable? { ExportTable(rawValue: rawValue) }
}

/// `hemicycle export ballots|votes|deputies|groups|contacts --output DIR`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's ballots, votes, deputies or groups, or the deputies' contact list, as CSV files.",
        discussion: """
            Each table is written to DIR/<table>.csv (RFC 4180: `,`, quotes where needed, UTF-8), streamed \
            row by row. --excel writes what French spreadsheets open directly: a byte order mark and `;`. \
            The printed summary (in --format) lists the files and their row counts. `contacts` is a list to \
            mail-merge: the sitting deputies (or, for an ended legislature, all who sat) with civility, names, \
            seat, department, group, the official Assemblée e-mail, other e-mails, web site, each social account \
            in its own column and the postal addresses, one value per cell.

            Examples:
              hemicycle export ballots votes --output exports/
              hemicycle export deputies --legislature 17 --output exports/ --excel
              hemicycle export contacts --output exports/
            """
    )

    @Argument(help: "Tables to export: ballots, votes, deputies, groups, contacts (default: all).")
    var tables: [ExportSelection] = []

    @Option(help: "The legislature (default: the latest imported).")
    var legislature: Int?

    @Option(help: "The folder to write into (created if needed).")
    var output: String

    @Flag(help: "A byte order mark and `;` separators, for spreadsheets in French locales.")
    var excel = false

    @OptionGroup var language: LanguageOptions
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
        for selection in (tables.isEmpty ? ExportSelection.allCases : tables) {
            let url = folder.appendingPathComponent("\(selection.rawValue).csv")
            var count = 0
            let contacts: ReportTable? = try selection.table == nil ? Self.contactList(database, legislature: leg) : nil
            // Written whole or not at all: a full disk leaves the previous file, not a truncated one.
            try OutputFile.write(to: url.path) { temporary in
                let header = selection.table?.header ?? contacts?.columns.map(\.key) ?? []
                let writer = try CSVFileWriter(url: temporary, dialect: dialect, header: header)
                // Titles and names come from outside: a cell a spreadsheet would run as a formula
                // gets a leading ' (the other CSV outputs' rule), plain or --excel.
                if let table = selection.table {
                    count = try database.export(table, legislature: leg) { try writer.write($0.map(CSVRenderer.neutralizingFormula)) }
                } else if let contacts {
                    for row in contacts.rows { try writer.write(row.map(CSVRenderer.neutralizingFormula)) }
                    count = contacts.rows.count
                }
                try writer.finish()
            }
            written.append(ExportSummary.Row(table: selection.rawValue, file: url.path, rows: count))
        }
        let summary = ExportSummary(legislature: leg, excel: excel, rows: written)
        let language = try self.language.resolved()
        try outputOptions.emit(summary.document(language: language), json: summary.rows, title: "Export", language: language)
    }

    /// The contact list of `legislature` (``ContactRecord/directory(legislature:seats:deputies:groups:)``) as a table.
    static func contactList(_ database: HemicycleDatabase, legislature: Int) throws -> ReportTable {
        let occupancy = try database.seatOccupancy()
        let deputies = try database.deputiesWithContacts(uids: Set(occupancy.mandates.filter { $0.legislature == legislature }.map(\.deputyRef)))
        let latestDay = try database.ballots(BallotFilter(legislature: legislature, limit: 1)).first?.date
        // A sitting deputy's group today; one who left, their group on their last day.
        var groupsOn: [CalendarDate?: [String: GroupMembership]] = [:]
        let records = try ContactRecord.directory(legislature: legislature, occupancy: occupancy, latestDay: latestDay, deputies: deputies, groups: [:]).map { record in
            var record = record
            let day = record.seat?.endDate
            if groupsOn[day] == nil { groupsOn[day] = try database.groupMemberships(on: day) }
            record.group = groupsOn[day]?[record.deputy.uid]
            return record
        }
        return ContactColumns.table(records, title: "Contacts of legislature \(legislature)")
    }
}
