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

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved(for: output)
        let database = try HemicycleDatabase(path: store.resolvedPath)
        let urls = paths.isEmpty ? try ShippedRegisters.files() : paths.map { URL(fileURLWithPath: $0) }
        let report = RegistersImportReport(database: database.path, results: try ImportPipeline(database: database).registers(urls).registers)
        try output.emit(report.document(language: language), json: report.payload, title: language == .french ? "Registres" : "Registers", language: language)
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

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved(for: output)
        let database = try ensureRegisters(store.openPopulated())
        let leg = try legislature ?? database.latestLegislature() ?? 17
        let seats = try database.seatMandates()
        let deputies = try database.deputiesWithContacts(uids: Set(seats.map(\.deputyRef)))
        let entries = RegisterReconciliation.reconcile(register: try database.rneDeputies(), seats: seats, deputies: deputies, legislature: leg)
        let report = RegistersCheckReport(legislature: leg, entries: entries, listsMatches: all)
        try output.emit(report.document(language: language), json: report.payload,
                        title: language == .french ? "Vérification des registres" : "Registers check", language: language)
    }
}
