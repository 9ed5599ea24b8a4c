import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle turnout`: how many deputies take part in ballots (*participation au scrutin*).
struct TurnoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turnout",
        abstract: "Turnout of ballots: distribution (quartiles), by type, month and result; low-turnout ballots.",
        discussion: """
            Turnout = published voters (for + against + abstentions) / seats (577), per ballot. Quantiles are \
            Hyndman & Fan type 7 (as R and NumPy). Also reported: voters / sitting deputies, the seats held on \
            the ballot's day — a constituency counts as held when one of its ASSEMBLEE mandates covers the day. \
            The export leaves seat mandates open (vacancies after a death or resignation are not seen), so this \
            is an upper bound on the seats actually filled. See README.md, "Methods".

            Examples:
              hemicycle turnout
              hemicycle turnout --type solemn --from 2025-01-01
              hemicycle turnout --search surveillance --below 100 --format json
              hemicycle turnout --legislature 16 --count named
            """
    )

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption

    @Option(help: "Count the ballots with fewer voters than this (a count of deputies).")
    var below: Int = TurnoutSummary.defaultLowTurnoutThreshold

    @Option(help: "How many adopted ballots with the lowest turnout to list.")
    var lowest: Int = 10

    @Flag(help: "Apply the corrections (mises au point) to the counts before computing.")
    var withCorrections = false

    @Flag(help: "Print the numerator, denominator and exclusions beside every rate.")
    var explain = false

    @OptionGroup var count: CountOption

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if below < 0 { throw ValidationError("--below must be 0 or more") }
        if lowest < 0 { throw ValidationError("--lowest must be 0 or more") }
    }

    func run() throws {
        let language = try self.language.resolved(for: output)
        // Turnout comes from each ballot's published counts: the nominative votes are not needed.
        let (_, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: withCorrections,
                                                     needsVotes: false, count: count.count)
        let report = TurnoutReport(selection: context.selection, seatMandates: context.snapshot.seatMandates, recounted: count.count == .named,
                                   lowTurnoutThreshold: below, lowestAdoptedCount: lowest, explain: explain)
        try output.emit(report.document(language: language), json: report.payload, title: language == .french ? "Participation" : "Turnout",
                        csv: .data(report.dataTable), language: language)
    }
}
