import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

extension DeputiesReport.Sort: ExpressibleByArgument {}

/// `hemicycle deputies`: every deputy ranked by participation, loyalty or rebellions.
struct DeputiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deputies",
        abstract: "Rank deputies by participation, loyalty to their group, or rebellions.",
        discussion: """
            Same definitions as `hemicycle deputy` (README.md, "Methods"). A deputy's group is the one the last \
            selected ballot lists them under. Deputies with an undefined rate (no ballot counted) come last. \
            Loyalty and rebellions compare each vote with the group's line recounted from its members' votes; \
            `--group-line published` uses the Assemblée's published field instead, and `--explain` prints the \
            figure on the other line where it differs.

            Examples:
              hemicycle deputies --limit 20
              hemicycle deputies --sort rebellions --group RN --limit 10
              hemicycle deputies --sort loyalty --scope solemn --format csv
              hemicycle deputies --sort loyalty --group EPR --explain
              hemicycle deputies --limit 20 --lang fr
            """
    )

    @Option(help: "Rank by participation (highest first), loyalty (highest first) or rebellions (most first).")
    var sort: DeputiesReport.Sort = .participation

    @Option(help: "Only the deputies of this group (its short label, e.g. RN, or its id), as of their latest ballot.")
    var group: String?

    @Option(help: "At most this many deputies.")
    var limit: Int?

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption
    @OptionGroup var analytics: AnalyticsOptions
    @OptionGroup var groupLine: GroupLineOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let language = try self.language.resolved(for: output)
        let (_, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: analytics.withCorrections)
        let report = DeputiesReport(selection: context.selection, scope: analytics.scope, groupLine: groupLine.source, sort: sort,
                                    group: group, limit: limit, explain: analytics.explain)
        if let group, report.ranked.isEmpty {
            throw ValidationError("no deputy of group '\(group)' on the selected ballots; groups: \(report.groupLabels.joined(separator: ", "))")
        }
        try output.emit(report.document(language: language), json: report.rows, title: language == .french ? "Députés" : "Deputies",
                        csv: .payload(), language: language)
    }
}
