import HemicycleModel
import HemicycleReport
import HemicycleTestSupport
import Testing

/// The one records table of `import`, `legislation import` and `update`, in English and French,
/// and the import's report around it.
@Suite("Import records table")
struct ImportRecordsTableTests {
    static let records = ImportedRecords(
        records: [.init(.ballots, ChangeCounts(read: 3, added: 1, updated: 1, unchanged: 1)),
                  .init(.persons, ChangeCounts(read: 12_345, added: 0, updated: 0, unchanged: 12_345)),
                  .init(.decisions, ChangeCounts(read: 1, added: 1, updated: 0, unchanged: 0))],
        links: [.init(.ballotDossier, LinkCounts(total: 5, added: 2, removed: 1))])

    static let discrepant = DiscrepantBallot(uid: "VTANR5L99V7", number: 7, legislature: 99, discrepancies: [
        BallotDiscrepancy(groupRef: nil, groupEntry: nil, count: .position(.for), published: 2, recounted: 1, basis: .names),
        BallotDiscrepancy(groupRef: "PO1", groupEntry: 0, count: .position(.nonVoting), published: 3, recounted: 4, basis: .names),
    ])

    @Test func englishRowsAreTheCountsInTheirColumns() throws {
        let blocks = ImportRecordsTable.blocks(Self.records, title: "Import into x.sqlite", language: .english)
        let tables = ReportDocument(blocks: blocks).tables
        #expect(tables.count == 2)
        #expect(tables[0].columns.map(\.header) == ["Records", "Read", "Added", "Updated", "Unchanged"])
        #expect(tables[0].rows == [["ballots", "3", "1", "1", "1"], ["persons", "12345", "0", "0", "12345"],
                                   ["decisions of the Conseil constitutionnel", "1", "1", "0", "0"]])
        #expect(tables[1].rows == [["ballot ↔ dossier", "5", "2", "1"]])
    }

    @Test func withoutLinksThereIsNoLinksTable() {
        let blocks = ImportRecordsTable.blocks(ImportedRecords(records: Self.records.records), title: "t", language: .english)
        #expect(ReportDocument(blocks: blocks).tables.count == 1)
    }

    @Test func theImportReportInFrenchHasNoEnglishLeft() {
        let report = ImportReport(database: "base.sqlite", records: Self.records, skipped: [SkippedEntries(path: "AMO.zip", kind: "deport", count: 37)],
                                  notes: [], discrepancies: [Self.discrepant], changed: false)
        let french = MarkdownRenderer().render(report.document(language: .french))
        #expect(EnglishLabels.leftovers(in: french) == [], "\(french)")
        #expect(french.contains("Import dans base.sqlite") && french.contains("Inchangés") && french.contains("12\u{202F}345"), "\(french)")
        let space = NumberFormatting.narrowNoBreakSpace
        #expect(french.contains("99:7 (VTANR5L99V7)\(space): le total publie 2 pour mais en nomme 1 (−1)\(space); le groupe PO1 publie 3 non-votants mais en nomme 4 (+1)"), "\(french)")
        #expect(french.contains("Rien n'a changé"))
        #expect(french.contains("AMO.zip\(space): 37 entrées « deport » laissées de côté (cette commande ne les importe pas)"), "\(french)")
        let english = MarkdownRenderer().render(report.document())
        #expect(english.contains("99:7 (VTANR5L99V7): the total publishes 2 for but names 1 (−1); group PO1 publishes 3 non-voting but names 4 (+1)"), "\(english)")
        #expect(english.contains("Nothing changed"))
        #expect(english.contains("AMO.zip: 37 deport entries skipped (not imported by this command)"), "\(english)")
    }

    /// One note of each kind: the French report words every one (no English left), the English one
    /// keeps the JSON's words.
    static let everyNote: [DumpNote] = [
        .init(path: "S.zip", note: .symbolicLinkSkipped(entry: "json/a.json")),
        .init(path: "S.zip", note: .nestedArchiveSkipped(entry: "json/b.zip")),
        .init(path: "S.zip", note: .unsafePathRefused(entry: "../c.json")),
        .init(path: "S.zip", note: .duplicateEntrySkipped(entry: "json/d.json")),
        .init(path: "S.zip", note: .readOnce(entry: "json/b/VTANR5L99V7.json", kind: .ballots, uid: "VTANR5L99V7", firstEntry: "json/VTANR5L99V7.json")),
        .init(path: "S.zip", note: .deputyListedTwice(ballot: "VTANR5L99V8", deputy: "PA1")),
        .init(path: "S.zip", note: .groupsPublishedAsPlaceholder(ballot: "VTANR5L99V9", published: "PO0", date: CalendarDate(year: 2024, month: 12, day: 2) ?? .placeholder)),
        .init(path: nil, note: .groupsNotRecovered(ballot: "VTANR5L99V10")),
    ]

    @Test func everyReaderNoteIsWordedInFrench() {
        let report = ImportReport(database: "base.sqlite", records: Self.records, notes: Self.everyNote, discrepancies: [], changed: true)
        let french = MarkdownRenderer().render(report.document(language: .french))
        #expect(EnglishLabels.leftovers(in: french) == [], "\(french)")
        let space = NumberFormatting.narrowNoBreakSpace
        #expect(french.contains("S.zip\(space): json/a.json\(space): lien symbolique laissé de côté"), "\(french)")
        #expect(french.contains("attention\(space): VTANR5L99V9\(space): groupes publiés sous PO0\(space); retrouvés par les mandats de groupe des députés au 2024-12-02"), "\(french)")
        for note in Self.everyNote { #expect(!french.contains(note.note.description), "\(note.note) left in English") }
        let english = MarkdownRenderer().render(report.document())
        for note in Self.everyNote { #expect(english.contains(note.description), "\(note) not in the JSON's words") }
        #expect(english.contains("S.zip: json/b/VTANR5L99V7.json: the same ballot VTANR5L99V7 as json/VTANR5L99V7.json, read once"))
        #expect(english.contains("warning: VTANR5L99V10: some groups published as PO0 could not be recovered"))
    }

    @Test func theLegislationImportReportSharesTheTable() {
        let coverage = LegislationCoverage(legislature: 17, ballots: 0, linkedToDossier: [:], amendmentBallots: 0, amendmentBallotsLinked: 0,
                                           amendmentBallotsWithData: 0, amendmentBallotsWithDataLinked: 0, unlinkedByReason: [:],
                                           amendmentUnlinkedByReason: [:], unlinkedExamples: [], amendmentUnlinkedWithData: [])
        let report = LegislationImportReport(database: "base.sqlite", records: Self.records, changed: true, coverage: CoverageReport(coverage: coverage))
        let french = report.document(language: .french)
        #expect(french.tables.first?.rows.first == ["scrutins", "3", "1", "1", "1"])
        #expect(french.tables.dropFirst().first?.rows == [["scrutin ↔ dossier", "5", "2", "1"]])
        #expect(EnglishLabels.leftovers(in: MarkdownRenderer().render(french)) == [])
        #expect(report.payload.dossierLinks == LinkCounts(total: 5, added: 2, removed: 1))
        #expect(report.payload.dossiers == ChangeCounts(), "a kind not counted is zero")
    }
}
