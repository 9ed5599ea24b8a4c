import HemicycleModel

/// What `hemicycle legislation import` did: the records read and written per kind, the links
/// between ballots and legislative records after the import (``ImportRecordsTable``), and the
/// coverage of the latest legislature; as a document and as JSON.
public struct LegislationImportReport: Sendable {
    /// The JSON of the report.
    public struct Payload: Encodable, Sendable {
        public let dossiers: ChangeCounts, documents: ChangeCounts, amendments: ChangeCounts, decisions: ChangeCounts
        public let dossierLinks: LinkCounts, amendmentLinks: LinkCounts
        public let changed: Bool
        public let coverage: CoverageReport.Payload
    }

    /// The database imported into (its path).
    public let database: String
    /// Dossiers, documents, amendments and decisions of the Conseil constitutionnel; ballot ↔
    /// dossier and ballot ↔ amendment links.
    public let records: ImportedRecords
    /// Whether the import wrote anything.
    public let changed: Bool
    /// The coverage of the latest legislature after the import.
    public let coverage: CoverageReport

    /// A report from its parts (see the properties).
    public init(database: String, records: ImportedRecords, changed: Bool, coverage: CoverageReport) {
        (self.database, self.records, self.changed, self.coverage) = (database, records, changed, coverage)
    }

    /// The two tables (records, links), whether anything changed, and the coverage, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var document = ReportDocument(blocks: ImportRecordsTable.blocks(
            records, title: fr ? "Import des textes dans \(database)" : "Legislation import into \(database)", language: language))
        document.paragraph(changed ? (fr ? "Modifications enregistrées." : "Changes committed.") : ImportRecordsTable.nothingChanged(language: language))
        document.blocks += coverage.blocks(language: language)
        return document
    }

    /// The JSON of the report.
    public var payload: Payload {
        Payload(dossiers: records[.dossiers], documents: records[.documents], amendments: records[.amendments], decisions: records[.decisions],
                dossierLinks: records[link: .ballotDossier], amendmentLinks: records[link: .ballotAmendment],
                changed: changed, coverage: coverage.payload)
    }
}
