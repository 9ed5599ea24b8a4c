import ArgumentParser
import HemicycleReport
import HemicycleStore

/// `hemicycle ballot N|UID`
struct BallotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballot",
        abstract: "Report one public ballot (scrutin): totals, table by political group, and every deputy's vote.",
        discussion: """
            The figures are the official ones (syntheseVote). Corrections (mises au point) are listed beside \
            them and never change them. A deputy's group is the group the ballot lists them under.

            Examples:
              hemicycle ballot 773
              hemicycle ballot VTANR5L17V773 --format json
              hemicycle ballot 773 --format html > ballot-773.html
            """
    )

    @Argument(help: "The ballot number (in the latest legislature unless --legislature) or its uid (VTANR5L17V773).")
    var reference: String

    @Option(help: "The legislature of the ballot number.")
    var legislature: Int?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try store.openPopulated()
        let stored = try database.ballot(reference, legislature: legislature)
        let report = BallotReport(record: stored.record, groups: stored.groups, deputies: stored.deputies, source: stored.source)
        if output.format == .html {
            Console.print(BallotReportPage.html(for: report))
            return
        }
        try output.emit(report.document(), json: report.jsonPayload, title: "Ballot \(report.ballot.number)")
    }
}
