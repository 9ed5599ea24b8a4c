import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle groups`: every political group (*groupe politique*): seats, participation,
/// cohesion and share of ballots won.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Political groups: seats, participation, cohesion (Rice, Attinà) and share of ballots won.",
        discussion: """
            Seats: members on the latest selected ballot listing the group. Participation: members who voted \
            over members that day (less those listed non-voting), summed over ballots in scope. Cohesion: mean \
            Rice and Attinà indices of the group's published counts, over all ballots and over contested ballots \
            (winning side under 90 % of votes cast). Won: ballots where the group's line (the position most of its \
            voting members took; `--group-line published`: the Assemblée's published field) matched the outcome \
            (for and adopted, against and rejected), over ballots where it had one. Line ≠ published: ballots \
            where the Assemblée's published line differs from that recount, over ballots where a member voted \
            (every selected ballot, whatever the scope). See README.md, "Methods".

            Examples:
              hemicycle groups
              hemicycle groups --from 2025-01-01 --scope solemn --explain
              hemicycle groups --format json
              hemicycle groups --lang fr --format html > groupes.html
            """
    )

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var count: CountOption
    @OptionGroup var numbers: BallotNumbersOption
    @OptionGroup var analytics: AnalyticsOptions
    @OptionGroup var groupLine: GroupLineOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let language = try self.language.resolved(for: output)
        let (_, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: analytics.withCorrections,
                                                     count: count.count)
        let report = GroupsReport(selection: context.selection, scope: analytics.scope, groupLine: groupLine.source, explain: analytics.explain)
        try output.emit(report.document(language: language), json: report.rows, title: language == .french ? "Groupes" : "Groups",
                        csv: .payload(), language: language)
    }
}
