import HemicycleModel
import HemicycleReport
import HemicycleTestSupport
import Testing

/// The summaries of `legislation coverage`, `notebook run|check` and `export` in French (issue 17:
/// every document in either language), every reason the store gives included; the English stays
/// as it was.
@Suite("Coverage, notebook and export summaries in French")
struct SummariesInFrenchTests {
    /// Every reason the store writes (HemicycleDatabase+Legislation), and one amendment ballot unlinked.
    static let coverage = LegislationCoverage(
        legislature: 17, ballots: 100, linkedToDossier: ["vote_ref": 1, "sitting": 2, "sitting_title": 3, "title": 4],
        amendmentBallots: 20, amendmentBallotsLinked: 5, amendmentBallotsWithData: 6, amendmentBallotsWithDataLinked: 5,
        unlinkedByReason: ["sitting shared by several dossiers, title names none of them": 7, "no sitting reference, title names no dossier": 8,
                           "sitting in no dossier act, title names no dossier": 9],
        amendmentUnlinkedByReason: ["no dossier linked": 10, "the bill's amendments are not in the data": 11],
        unlinkedExamples: [], amendmentUnlinkedWithData: ["VTANR5L17V1: l'amendement n° 1"])

    @Test func coverage() {
        let report = CoverageReport(coverage: Self.coverage)
        let french = MarkdownRenderer().render(ReportDocument(blocks: report.blocks(language: .french)))
        #expect(EnglishLabels.leftovers(in: french) == [], "\(french)")
        #expect(french.contains("10 sur 100 (10,0\u{202F}%)"))
        #expect(french.contains("les amendements du texte ne sont pas dans les données"))
        let english = MarkdownRenderer().render(ReportDocument(blocks: report.blocks()))
        #expect(english.contains("10 of 100 (10.0 %)") && english.contains("the bill's amendments are not in the data"))
    }

    @Test func notebookAndExport() {
        let notebook = NotebookSummary(rows: [.init(file: "carnet.md", blocks: 2, status: "stale", failures: ["ballot 99999"], diff: nil)])
        let french = MarkdownRenderer().render(notebook.document(language: .french))
        #expect(EnglishLabels.leftovers(in: french) == [], "\(french)")
        #expect(french.contains("périmé") && french.contains("Commandes en échec"))
        #expect(MarkdownRenderer().render(notebook.document()).contains("Commands that failed"))
        // (The table column shows the names typed after `export`, keywords: `contacts` is the same in both languages.)
        let export = ExportSummary(legislature: 17, excel: true, rows: [.init(table: "contacts", file: "contacts.csv", rows: 3)])
        let exported = MarkdownRenderer().render(export.document(language: .french))
        #expect(EnglishLabels.leftovers(in: exported) == [], "\(exported)")
        #expect(exported.contains("Export de la 17e législature") && exported.contains("Lignes"))
    }
}
