import ArgumentParser
import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle representatives --town NAME | --insee CODE | --postcode CODE | --department CODE`
struct RepresentativesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "representatives",
        abstract: "The deputies of a town, postcode or department, and how each voted on chosen ballots.",
        discussion: """
            A town split across several constituencies (circonscriptions) gives the deputy of each, marked \
            partial: the registers do not say which streets belong to which. Deputies are today's (open \
            mandates of the latest legislature), or those in office on --date. With --ballot, each deputy's \
            vote: for, against, abstention, non-voting (with the published cause: presiding, government), \
            absent (in office, not listed), or not a deputy then (no seat that day: a ballot of an earlier legislature, say). Contact channels come from the \
            Assemblée's records.

            Examples:
              hemicycle representatives --town Lille --ballot 773
              hemicycle representatives --postcode 59000 --format json
              hemicycle representatives --department 59 --constituency 1 --date 2025-02-11
            """
    )

    @OptionGroup var place: PlaceOptions

    @Option(help: "The day (yyyy-mm-dd); default: today's deputies.", transform: BallotFilterOptions.parseDate)
    var date: CalendarDate?

    @Option(help: "A ballot number or uid whose votes to show (repeatable).")
    var ballot: [String] = []

    @Option(help: "The legislature of the ballot numbers.")
    var legislature: Int?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if place.isEmpty { throw ValidationError("give a place: --town, --insee, --postcode or --department") }
    }

    func run() throws {
        let language = try self.language.resolved()
        let database = try ensureRegisters(store.openPopulated())
        let data = try database.representatives(of: place.query, on: date)
        let ballots = try ballot.map { try database.ballot($0, legislature: legislature).record }
        let report = RepresentativesReport(place: place.description, date: date, data: data, ballots: ballots)
        // CSV is data whatever the language: the contact list's columns (RepresentativesReport.csvTable).
        try output.emit(report.document(language: output.format == .csv ? .english : language), json: report.payload,
                        title: RepresentativesReport.title(language: language), csv: output.format == .csv ? .data(report.csvTable()) : .payload(), language: language)
    }
}
