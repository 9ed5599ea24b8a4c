import HemicycleModel

/// What `hemicycle legislation import` did: the records read and written per kind, the links
/// between ballots and legislative records after the import, and the coverage of the latest
/// legislature; as a document and as JSON.
public struct LegislationImportReport: Sendable {
    /// One kind of record: how many were read, added, updated, and found unchanged.
    public struct Counts: Encodable, Sendable, Hashable {
        public let read: Int, added: Int, updated: Int, unchanged: Int
        public init(read: Int, added: Int, updated: Int, unchanged: Int) {
            (self.read, self.added, self.updated, self.unchanged) = (read, added, updated, unchanged)
        }
    }

    /// One link table after the import: links stored, added and removed by it.
    public struct Links: Encodable, Sendable, Hashable {
        public let total: Int, added: Int, removed: Int
        public init(total: Int, added: Int, removed: Int) { (self.total, self.added, self.removed) = (total, added, removed) }
    }

    /// The JSON of the report.
    public struct Payload: Encodable, Sendable {
        public let dossiers: Counts, documents: Counts, amendments: Counts, decisions: Counts
        public let dossierLinks: Links, amendmentLinks: Links
        public let changed: Bool
        public let coverage: CoverageReport.Payload
    }

    /// The database imported into (its path).
    public let database: String
    /// Dossiers, documents, amendments and decisions of the Conseil constitutionnel.
    public let dossiers: Counts, documents: Counts, amendments: Counts, decisions: Counts
    /// Ballot ↔ dossier and ballot ↔ amendment links.
    public let dossierLinks: Links, amendmentLinks: Links
    /// Whether the import wrote anything.
    public let changed: Bool
    /// The coverage of the latest legislature after the import.
    public let coverage: CoverageReport

    /// A report from its parts (see the properties).
    public init(database: String, dossiers: Counts, documents: Counts, amendments: Counts, decisions: Counts,
                dossierLinks: Links, amendmentLinks: Links, changed: Bool, coverage: CoverageReport) {
        (self.database, self.dossiers, self.documents, self.amendments, self.decisions) = (database, dossiers, documents, amendments, decisions)
        (self.dossierLinks, self.amendmentLinks, self.changed, self.coverage) = (dossierLinks, amendmentLinks, changed, coverage)
    }

    /// The two tables (records, links), whether anything changed, and the coverage, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var document = ReportDocument()
        var table = ReportTable(title: fr ? "Import des textes dans \(database)" : "Legislation import into \(database)", columns: [
            .init(fr ? "Enregistrements" : "Records", key: "kind"), .init(fr ? "Lus" : "Read", key: "read", alignment: .right),
            .init(fr ? "Ajoutés" : "Added", key: "added", alignment: .right), .init(fr ? "Modifiés" : "Updated", key: "updated", alignment: .right),
            .init(fr ? "Inchangés" : "Unchanged", key: "unchanged", alignment: .right),
        ])
        let kinds = fr
            ? [("dossiers", dossiers), ("documents", documents), ("amendements", amendments), ("décisions du Conseil constitutionnel", decisions)]
            : [("dossiers", dossiers), ("documents", documents), ("amendments", amendments), ("decisions of the Conseil constitutionnel", decisions)]
        for (label, c) in kinds {
            table.append([label, "\(c.read)", "\(c.added)", "\(c.updated)", "\(c.unchanged)"])
        }
        document.table(table)
        var links = ReportTable(title: fr ? "Liens" : "Links", columns: [
            .init(fr ? "Lien" : "Link", key: "link"), .init(fr ? "Enregistrés" : "Stored", key: "total", alignment: .right),
            .init(fr ? "Ajoutés" : "Added", key: "added", alignment: .right), .init(fr ? "Retirés" : "Removed", key: "removed", alignment: .right),
        ])
        for (label, l) in [(fr ? "scrutin ↔ dossier" : "ballot ↔ dossier", dossierLinks), (fr ? "scrutin ↔ amendement" : "ballot ↔ amendment", amendmentLinks)] {
            links.append([label, "\(l.total)", "\(l.added)", "\(l.removed)"])
        }
        document.table(links)
        document.paragraph(changed
            ? (fr ? "Modifications enregistrées." : "Changes committed.")
            : (fr ? "Rien n'a changé : la base contenait déjà ces enregistrements." : "Nothing changed: the store already held these records."))
        document.blocks += coverage.blocks(language: language)
        return document
    }

    /// The JSON of the report.
    public var payload: Payload {
        Payload(dossiers: dossiers, documents: documents, amendments: amendments, decisions: decisions,
                dossierLinks: dossierLinks, amendmentLinks: amendmentLinks, changed: changed, coverage: coverage.payload)
    }
}
