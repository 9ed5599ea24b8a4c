import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// Filters shared by the commands that select ballots.
struct BallotFilterOptions: ParsableArguments {
    @Option(help: "`ballots`: words to find in titles, amendments and dossiers (see --title-only); other commands: text the title must contain (case- and accent-insensitive).")
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
            --search finds ballots by subject: every word (as a prefix, accents ignored) in the ballot's title, \
            in the text or summary of an amendment it voted on, or in its bill's dossier title; each ballot says \
            where it matched. --title-only searches the titles alone, for the text as typed.

            Examples:
              hemicycle ballots --search vidéosurveillance
              hemicycle ballots --search "l'article 7" --title-only --legislature 16
              hemicycle ballots --type solemn --result adopted --from 2025-01-01 --limit 20
            """
    )

    @OptionGroup var filters: BallotFilterOptions

    @Option(help: "At most this many ballots.")
    var limit: Int?

    @Flag(name: .customLong("title-only"), help: "With --search: the ballot titles only, containing the text as typed (case- and accent-insensitive).")
    var titleOnly = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try store.openPopulated()
        var filter = filters.filter
        filter.limit = limit
        if let text = filter.search, !titleOnly {
            let query = SearchQuery(text)
            filter.search = nil
            let report = BallotSearchReport(text: text, query: query, hits: try database.searchBallots(query, filter: filter))
            try output.emit(report.document(), json: report.payload, title: "Ballots matching « \(text) »")
            return
        }
        let report = BallotListReport(ballots: try database.ballots(filter))
        try output.emit(report.document(), json: report.payload, title: "Ballots", csv: .payload())
    }
}
