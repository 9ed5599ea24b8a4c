import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle corrections`: every correction (*mise au point*: a deputy's statement, after the
/// vote, of how they meant to vote) of the selected ballots, and whether applying them would
/// change a ballot's outcome.
struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "Corrections (mises au point) of the ballots, and the results they would change.",
        discussion: """
            Lists every correction of the selected ballots: deputy, group, recorded position (or absent) → \
            intended position, and kind (statement, or reported voting-machine malfunction). Per ballot, the \
            official result and margin beside those with the corrections applied; FLIP marks a ballot whose \
            outcome would change. Margin = votes for − votes for needed for adoption (adopted iff ≥ 0). \
            Corrections never change the official result. See README.md, "Corrections applied".

            Examples:
              hemicycle corrections --from 2025-01-01 --to 2025-03-31
              hemicycle corrections --only-flips
              hemicycle corrections --ballots 771,772 --format csv
            """
    )

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption

    @Flag(help: "List only the ballots whose outcome would change with the corrections applied.")
    var onlyFlips = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let language = try self.language.resolved(for: output)
        let database = try store.openPopulated()
        var filter = filters.filter
        try numbers.apply(to: &filter, in: database)
        let snapshot = try database.analyticsSnapshot(filter, votes: .records)
        let report = CorrectionsReport(records: snapshot.records, deputies: snapshot.deputies, groups: snapshot.groups, onlyFlips: onlyFlips)
        try output.emit(report.document(language: language), json: report.payload, title: language == .french ? "Mises au point" : "Corrections",
                        csv: .data(report.dataTable), language: language)
    }
}
