import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// Filters shared by the commands that select ballots.
struct BallotFilterOptions: ParsableArguments {
    @Option(help: "Text the title must contain (case- and accent-insensitive).")
    var search: String?

    @Option(help: "First day (yyyy-mm-dd).", transform: BallotFilterOptions.parseDate)
    var from: CalendarDate?

    @Option(help: "Last day (yyyy-mm-dd).", transform: BallotFilterOptions.parseDate)
    var to: CalendarDate?

    @Option(help: "Ballot type: ordinary, solemn or censure (repeatable).", transform: BallotFilterOptions.parseType)
    var type: [BallotType] = []

    @Option(help: "Result: adopted or rejected.", transform: BallotFilterOptions.parseResult)
    var result: BallotResult?

    @Option(help: ArgumentHelp("The legislature: a number such as 16 or 17, or all (default: the latest imported).", valueName: "n|all"))
    var legislature: LegislatureOption?

    var filter: BallotFilter {
        BallotFilter(search: search, from: from, to: to, types: Set(type), result: result, legislature: legislature?.number,
                     allLegislatures: legislature == .all)
    }

    static func parseDate(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw ValidationError("'\(text)' is not a date of the form yyyy-mm-dd") }
        return date
    }

    static func parseType(_ text: String) throws -> BallotType {
        guard let type = BallotType(keyword: text) else { throw ValidationError("'\(text)' is not a ballot type (ordinary, solemn, censure)") }
        return type
    }

    static func parseResult(_ text: String) throws -> BallotResult {
        guard let result = BallotResult(keyword: text) else { throw ValidationError("'\(text)' is not a result (adopted, rejected)") }
        return result
    }
}

/// `hemicycle ballots`
struct BallotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballots",
        abstract: "List ballots, newest first, with filters.",
        discussion: """
            Examples:
              hemicycle ballots --search vidéoprotection
              hemicycle ballots --type solemn --result adopted --from 2025-01-01 --limit 20
            """
    )

    @OptionGroup var filters: BallotFilterOptions

    @Option(help: "At most this many ballots.")
    var limit: Int?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try store.openPopulated()
        var filter = filters.filter
        filter.limit = limit
        let report = BallotListReport(ballots: try database.ballots(filter))
        try output.emit(report.document(), json: report.payload, title: "Ballots", csv: .payload())
    }
}
