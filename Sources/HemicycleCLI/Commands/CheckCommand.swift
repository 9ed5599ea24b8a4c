import ArgumentParser
import HemicycleReport
import HemicycleStore

/// `hemicycle check`: verifies a store and reports.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify the database: SQLite's integrity, the packed votes against the tables, published counts against named lists.",
        discussion: """
            Reads only. Exits 1 when the store is not sound (a damaged page, packed votes that do not match \
            their checksums or the tables); ballots whose published counts differ from their named lists are \
            official data, kept as published and listed, not a failure.

            Examples:
              hemicycle check
              hemicycle check --db other.sqlite --format json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        let check = try database.check()
        let records = try database.analyticsSnapshot(BallotFilter(allLegislatures: true), votes: .records).records
        let discrepant = records.filter { !$0.discrepancies.isEmpty }.map(\.ballot)
        let report = StoreCheckReport(
            database: database.path, integrityProblems: check.integrityProblems, voteProblems: check.voteProblems,
            packedVotes: check.packedVotes.map { .init(legislature: $0.legislature, state: $0.state.rawValue, sound: $0.state.isSound) },
            // Always with the legislature: the check covers the whole store, and `ballot` takes the reference.
            discrepantBallots: discrepant.map { "\($0.legislature):\($0.number)" })
        try output.emit(report.document(), json: report, title: "Check")
        if !report.passed { throw ExitCode.failure }
    }
}
