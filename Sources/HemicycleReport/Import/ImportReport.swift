import HemicycleModel

/// What `hemicycle import` did, as a document: the records table (``ImportRecordsTable``), the
/// notes of the readers, and the ballots whose file disagrees with itself, imported with both
/// counts. (Its JSON is the import's summary itself.)
public struct ImportReport: Sendable {
    /// The database imported into (its path).
    public var database: String
    /// Records read and written, kind by kind.
    public var records: ImportedRecords
    /// Entries of kinds the import does not read, per dump.
    public var skipped: [SkippedEntries]
    /// The readers' notices and warnings, each with its dump: one line each.
    public var notes: [DumpNote]
    /// The ballots whose published counts differ from their named lists, in the dumps' order.
    public var discrepancies: [DiscrepantBallot]
    /// Whether the import wrote anything.
    public var changed: Bool

    /// A report from its parts (see the properties).
    public init(database: String, records: ImportedRecords, skipped: [SkippedEntries] = [], notes: [DumpNote], discrepancies: [DiscrepantBallot], changed: Bool) {
        (self.database, self.records, self.skipped, self.notes, self.discrepancies, self.changed) = (database, records, skipped, notes, discrepancies, changed)
    }

    /// The document, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var document = ReportDocument(blocks: ImportRecordsTable.blocks(records, title: fr ? "Import dans \(database)" : "Import into \(database)", language: language))
        // French puts a narrow no-break space before a colon or a semicolon.
        let space = fr ? NumberFormatting.narrowNoBreakSpace : ""
        let skippedLines = skipped.map { s in
            fr ? "\(s.path)\(space): \(NumberFormatting.integer(s.count, language: language)) entrée\(s.count == 1 ? "" : "s") « \(s.kind) » laissée\(s.count == 1 ? "" : "s") de côté (cette commande ne les importe pas)"
               : s.description
        }
        let noteLines = notes.map { ImportNoteWording.line($0, language: language) }
        if !(skippedLines + noteLines).isEmpty { document.list(skippedLines + noteLines) }
        if !discrepancies.isEmpty {
            let n = discrepancies.count
            document.paragraph(fr
                ? "\(NumberFormatting.integer(n, language: language)) scrutin\(n == 1 ? "" : "s") dont les décomptes publiés diffèrent de leurs propres listes nominatives, importé\(n == 1 ? "" : "s") avec les deux (le décompte publié fait foi ; hemicycle ballot indique le recomptage)\(NumberFormatting.narrowNoBreakSpace):"
                : "\(n) ballot\(n == 1 ? "" : "s") whose published counts differ from their own named lists, imported with both (the published count is the official figure; hemicycle ballot states the recount):")
            document.list(discrepancies.map { ballot in
                "\(ballot.legislature):\(ballot.number) (\(ballot.uid))\(space): "
                    + ballot.discrepancies.map { DiscrepancyWording.clause($0, groupLabel: { $0 }, language: language) }.joined(separator: "\(space); ")
            })
        }
        if !changed { document.paragraph(ImportRecordsTable.nothingChanged(language: language)) }
        return document
    }
}
