import HemicycleModel
import HemicycleReport
import Testing

/// The "what stays unlinked" table lists reasons most ballots first; reasons with as many
/// ballots come in the order of their words, the same from run to run (a dictionary's order is not).
@Suite("Coverage: order of the unlinked reasons")
struct CoverageOrderTests {
    @Test func tiesAreOrderedByReason() {
        let reasons = ["d reason": 2, "c reason": 2, "b reason": 5, "a reason": 2, "e reason": 2]
        let coverage = LegislationCoverage(
            legislature: 17, ballots: 20, linkedToDossier: [:], amendmentBallots: 20, amendmentBallotsLinked: 0,
            amendmentBallotsWithData: 0, amendmentBallotsWithDataLinked: 0, unlinkedByReason: reasons,
            amendmentUnlinkedByReason: reasons, unlinkedExamples: [], amendmentUnlinkedWithData: [])
        let expected = ["b reason", "a reason", "c reason", "d reason", "e reason"]
        let report = CoverageReport(coverage: coverage)
        let table = ReportDocument(blocks: report.blocks(language: .english)).tables.last
        #expect(table?.rows.map { $0[1] } == expected + expected)
        #expect(report.dataTable.rows.filter { $0[2] == "false" }.map { $0[3] } == expected + expected)
    }
}
