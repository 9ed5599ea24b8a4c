import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle deputy NAME|ID`: one deputy's record over the ballots.
struct DeputyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deputy",
        abstract: "One deputy: identity, groups over time, votes, participation, loyalty and rebellions.",
        discussion: """
            Participation (Datan's rule): a vote for, against or abstaining counts 1 (in person or by proxy), \
            not being listed counts 0, and a ballot is dropped when the deputy is listed non-voting (presiding, \
            member of the government) or held no seat that day. Loyalty: votes equal to the line of the group the \
            ballot lists the deputy under — the position most of its voting members took (`--group-line published`: \
            the Assemblée's published field) — over votes compared (non-attached deputies are not compared); \
            `--explain` shows the other line where it differs. The name is matched ignoring case, accents and hyphens; an ambiguous name lists \
            the candidates. See README.md, "Methods".

            Examples:
              hemicycle deputy braun-pivet
              hemicycle deputy "Yael Braun Pivet" --scope solemn --explain
              hemicycle deputy PA721908 --format json
              hemicycle deputy braun-pivet --lang fr
            """
    )

    @Argument(help: "A name or part of a name (case- and accent-insensitive), or an id (PA721908).")
    var deputy: String

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption
    @OptionGroup var analytics: AnalyticsOptions
    @OptionGroup var groupLine: GroupLineOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let language = try self.language.resolved(for: output)
        let (database, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: analytics.withCorrections,
                                                            everyLegislatureByDefault: true)
        let person = try context.resolveDeputy(deputy, in: database)
        let report = DeputyReport(person: person, selection: context.selection, scope: analytics.scope, groupLine: groupLine.source,
                                  explain: analytics.explain)
        try output.emit(report.document(language: language), json: report.payload, title: person.fullName, csv: .payload(), language: language)
    }
}
