import HemicycleReport

/// The HTML page of a ballot report (`--format html`): summary, group table, hemicycle diagram,
/// bar chart, named lists and sources, self-contained.
enum BallotReportPage {
    static func html(for report: BallotReport, language: NumberFormatting.Language = .english) -> String {
        BallotPage(input: report.pageInput(language: language), language: language).html()
    }
}
