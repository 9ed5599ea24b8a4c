import ArgumentParser
import HemicycleAnalytics
import HemicycleDocuments
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle scorecard --ballot 773:against …`
struct ScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Score deputies against a position chosen per ballot (a campaign scorecard), ranked.",
        discussion: """
            Each deputy earns 1 point per ballot where they took the wanted position, 0 for another position \
            (abstention included), and for absence what --absent says: ignore (the ballot is left out for \
            them, the default), against (0 points) or half (½ point). Always left out: ballots on which the \
            deputy did not hold a seat, and those on which they are listed non-voting for a published cause \
            (presiding the sitting, member of the government). The score is points / counted ballots.

            The CSV output has one row per deputy and one column per ballot, for mail-merge (with the e-mail \
            address from the Assemblée's records).

            Examples:
              hemicycle scorecard --ballot 773:against
              hemicycle scorecard --ballot 16:1274:against --ballot 773:against --ballot 4813:against
              hemicycle scorecard --ballot 16:1274:against --ballot 773:against --ballot 4813:against --min-ballots 2
              hemicycle scorecard --search "sûreté dans les transports" --position against --absent half --format csv > score.csv
              hemicycle scorecard --ballot 773:against --town Lille
              hemicycle scorecard --ballot 773:against --group RN --department 59
            """
    )

    @Option(help: ArgumentHelp("A ballot and the wanted position, BALLOT:for|against|abstention, where BALLOT is 773, 16:1274 or a uid (repeatable).", valueName: "ballot:position"))
    var ballot: [String] = []

    @Option(help: "Also score every ballot whose title contains this text (case- and accent-insensitive)…")
    var search: String?

    @Option(help: "…with this wanted position (for, against, abstention).")
    var position: String?

    @Option(help: "How absence counts: ignore, against or half.")
    var absent: AbsencePolicy = .ignore

    @Option(help: "Only deputies of this political group (abbreviation such as RN, or id PO…).")
    var group: String?

    @Option(help: ArgumentHelp("Only deputies counted on at least this many of the ballots (with --absent ignore: who took part in several).", valueName: "n"))
    var minBallots: Int?

    @Option(help: "The legislature of the ballot numbers and of --search (default: the latest).")
    var legislature: Int?

    @OptionGroup var place: PlaceOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if ballot.isEmpty && search == nil { throw ValidationError("choose ballots: --ballot N:position (repeatable) or --search TEXT --position P") }
        if search != nil && position == nil { throw ValidationError("--search needs --position (for, against or abstention)") }
        if let minBallots, minBallots < 1 { throw ValidationError("--min-ballots must be at least 1") }
        _ = try choice()
    }

    /// The ballots and positions of `--ballot`, `--search` and `--position`
    /// (``HemicycleDocuments/ScorecardChoice``, which the server reads too).
    func choice() throws -> ScorecardChoice {
        do {
            var choice = ScorecardChoice(legislature: legislature)
            choice.ballots = try ballot.map(ScorecardChoice.ballot)
            if let position {
                let wanted = try ScorecardChoice.position(position)
                if let search { choice.search = (search, wanted) }
            }
            return choice
        } catch let error as ScorecardChoice.Invalid {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openPopulated()
        if !place.isEmpty { try ensureRegisters(database) }
        let report = try ScorecardReport.load(try choice(), absence: absent, selection: .init(minBallots: minBallots, group: group),
                                              place: place.isEmpty ? nil : place.query, from: database)
        // For mail-merge, the CSV is plain values: one row per deputy, the contact columns, one column per ballot.
        try output.emit(report.document(language: language), json: report.payload, title: ScorecardReport.title(language: language),
                        csv: output.format == .csv ? .data(report.mailMergeTable()) : .payload(), language: language)
    }
}

extension AbsencePolicy: ExpressibleByArgument {}
