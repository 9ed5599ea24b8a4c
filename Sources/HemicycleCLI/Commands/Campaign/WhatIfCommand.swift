import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle whatif N`
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "How close a ballot was: its margin, what each group's absentees could have changed, the full-house projection, the pivotal groups.",
        discussion: """
            Computed from the published counts, under the ballot's adoption rule (majority of votes cast, or a \
            fixed threshold for a motion of censure). Assumptions, printed with the result: deputies who voted \
            keep their votes; deputies listed non-voting stay non-voting; an absent member "follows the line" by \
            taking their group's line (the position most of its voting members took, README.md "Methods"); a group \
            none of whose members voted keeps its absentees absent.

            Examples:
              hemicycle whatif 773
              hemicycle whatif VTANR5L17V519 --format json
            """
    )

    @OptionGroup var ballot: BallotReferenceOptions

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved()
        let stored = try ballot.stored(in: try store.openPopulated())
        let report = WhatIfReport(record: stored.record, groups: stored.groups)
        try output.emit(report.document(language: output.format == .csv ? .english : language), json: report.payload,
                        title: report.title(language: language), csv: .payload(list: "groups"), language: language)
    }
}
