import HemicycleReport

/// The HTML page of a ballot report (`--format html`).
enum BallotReportPage {
    static func html(for report: BallotReport) -> String {
        HTMLRenderer().render(report.document(), title: "Ballot \(report.ballot.number)")
    }
}
