import ArgumentParser
import Foundation
import HemicycleIngest
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle registers import|check`: the official registers (RNE deputies, postcodes, communes →
/// constituencies) in the store.
struct RegistersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registers",
        abstract: "Import the official registers (deputies, postcodes, communes → constituencies) and check them against the Assemblée's records.",
        subcommands: [RegistersImportCommand.self, RegistersCheckCommand.self]
    )
}

/// `hemicycle registers import [PATH…]`
struct RegistersImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import register CSV files (default: the files shipped in datasets/registers/), in one transaction.",
        discussion: """
            Known registers, recognised by their header: the RNE register of deputies (elus-deputes-dep.csv, \
            Répertoire national des élus), La Poste's postcode table (019HexaSmal.csv) and INSEE's commune → \
            constituency (circonscription) table (circo_composition.csv). All files are read and checked first, \
            then written in one transaction: a file with a wrong column set, a bad encoding or a ragged row is \
            reported with its file, line and column, and nothing is imported. Importing the same files again \
            changes nothing.

            Examples:
              hemicycle registers import
              hemicycle registers import ../shared/data/csv/elus-deputes-dep.csv --format json
            """
    )

    @Argument(help: "Register CSV files (default: datasets/registers/*.csv).")
    var paths: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Row: Encodable {
        let kind: String
        let file: String
        let rows: Int
        let previous_rows: Int
        let change: String
    }

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        let urls = paths.isEmpty ? try ShippedRegisters.files() : paths.map { URL(fileURLWithPath: $0) }
        let results = try ImportPipeline(database: database).registers(urls).registers
        var table = ReportTable(title: "Registers in \(database.path)", columns: [
            .init("Register", key: "kind"), .init("File", key: "file"), .init("Rows", key: "rows", alignment: .right),
            .init("Before", key: "previous_rows", alignment: .right), .init("Change", key: "change"),
        ])
        for r in results { table.append([r.kind.rawValue, r.fileName, "\(r.rows)", "\(r.previousRows)", r.change.rawValue]) }
        var document = ReportDocument()
        document.table(table)
        if results.allSatisfy({ $0.change == .unchanged }) {
            document.paragraph("Nothing changed: the database already held these files.")
        }
        try output.emit(document, json: results.map {
            Row(kind: $0.kind.rawValue, file: $0.fileName, rows: $0.rows, previous_rows: $0.previousRows, change: $0.change.rawValue)
        }, title: "Registers")
    }
}

/// `hemicycle registers check`
struct RegistersCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare the RNE register of deputies with the Assemblée's seat mandates, seat by seat.",
        discussion: """
            Each register row is linked to the Assemblée's mandates of its seat (department, constituency), then \
            compared by name (case, accents and hyphens ignored), else by birth date. Rows that do not match \
            exactly are listed with what differs — a deputy replaced by their substitute (suppléant), a name \
            spelt differently, a seat the register lacks — never reconciled silently.

            Examples:
              hemicycle registers check
              hemicycle registers check --all --format csv > check.csv
            """
    )

    @Option(help: "The legislature the register describes (default: the latest imported).")
    var legislature: Int?

    @Flag(help: "List exact matches too.")
    var all = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Row: Encodable {
        let status: String
        let department_code: String
        let constituency: Int
        let register_line: Int?
        let register_name: String?
        let register_start: String?
        let deputy_id: String?
        let deputy_name: String?
        let seat_start: String?
        let seat_end: String?
        let note: String
    }

    func run() throws {
        let database = try ensureRegisters(store.openPopulated())
        let leg = try legislature ?? database.latestLegislature() ?? 17
        let seats = try database.seatMandates()
        let deputies = try database.deputiesWithContacts(uids: Set(seats.map(\.deputyRef)))
        let entries = RegisterReconciliation.reconcile(register: try database.rneDeputies(), seats: seats, deputies: deputies, legislature: leg)
        let shown = all ? entries : entries.filter { $0.status != .matched }
        var table = ReportTable(title: "RNE register vs Assemblée seats (legislature \(leg))", columns: [
            .init("Status", key: "status"), .init("Seat", key: "seat"), .init("Line", key: "register_line", alignment: .right),
            .init("Register", key: "register_name"), .init("Assemblée", key: "deputy_name"), .init("Note", key: "note"),
        ])
        for e in shown {
            table.append([e.status.rawValue, "\(e.departmentCode)-\(e.constituency)", e.registerLine.map(String.init) ?? "",
                          e.registerName ?? "", e.deputyName ?? e.deputyRef ?? "", e.note])
        }
        var counts: [String] = []
        for status in RegisterReconciliation.Status.allCases {
            let n = entries.filter { $0.status == status }.count
            counts.append("\(status.rawValue): \(n)")
        }
        table.footnote = counts.joined(separator: ", ")
        var document = ReportDocument()
        document.table(table)
        try output.emit(document, json: shown.map {
            Row(status: $0.status.rawValue, department_code: $0.departmentCode, constituency: $0.constituency, register_line: $0.registerLine,
                register_name: $0.registerName, register_start: $0.registerStart, deputy_id: $0.deputyRef, deputy_name: $0.deputyName,
                seat_start: $0.seatStart?.description, seat_end: $0.seatEnd?.description, note: $0.note)
        }, title: "Registers check")
    }
}
