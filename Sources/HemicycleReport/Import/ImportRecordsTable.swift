import HemicycleModel

/// The one account of what an import read and wrote — records read, added, updated, unchanged,
/// kind by kind, then the ballot links stored, added, removed — in English or French: the table
/// of `import`, of `legislation import` and of `update`'s summary.
public enum ImportRecordsTable {
    /// The records table titled `title`, then the links table when `records` has links.
    public static func blocks(_ records: ImportedRecords, title: String, language: NumberFormatting.Language) -> [ReportDocument.Block] {
        let fr = language == .french
        let count = { (value: Int) in fr ? NumberFormatting.integer(value, language: .french) : "\(value)" }
        var table = ReportTable(title: title, columns: [
            .init(fr ? "Enregistrements" : "Records", key: "kind"), .init(fr ? "Lus" : "Read", key: "read", alignment: .right),
            .init(fr ? "Ajoutés" : "Added", key: "added", alignment: .right), .init(fr ? "Modifiés" : "Updated", key: "updated", alignment: .right),
            .init(fr ? "Inchangés" : "Unchanged", key: "unchanged", alignment: .right),
        ])
        for line in records.records {
            let c = line.counts
            table.append([label(line.kind, language), count(c.read), count(c.added), count(c.updated), count(c.unchanged)])
        }
        var blocks: [ReportDocument.Block] = [.table(table)]
        if !records.links.isEmpty {
            var links = ReportTable(title: fr ? "Liens" : "Links", columns: [
                .init(fr ? "Lien" : "Link", key: "link"), .init(fr ? "Enregistrés" : "Stored", key: "total", alignment: .right),
                .init(fr ? "Ajoutés" : "Added", key: "added", alignment: .right), .init(fr ? "Retirés" : "Removed", key: "removed", alignment: .right),
            ])
            for line in records.links {
                links.append([label(line.kind, language), count(line.counts.total), count(line.counts.added), count(line.counts.removed)])
            }
            blocks.append(.table(links))
        }
        return blocks
    }

    /// The sentence of an import that wrote nothing.
    public static func nothingChanged(language: NumberFormatting.Language) -> String {
        language == .french ? "Rien n'a changé : la base contenait déjà ces enregistrements."
            : "Nothing changed: the database already held these records."
    }

    /// A kind of record, plural, lower case.
    public static func label(_ kind: ImportedRecords.Kind, _ language: NumberFormatting.Language) -> String {
        let fr = language == .french
        switch kind {
        case .ballots: return fr ? "scrutins" : "ballots"
        case .persons: return fr ? "personnes" : "persons"
        case .bodies: return fr ? "organes" : "bodies"
        case .mandates: return fr ? "mandats" : "mandates"
        case .dossiers: return "dossiers"
        case .documents: return "documents"
        case .amendments: return fr ? "amendements" : "amendments"
        case .decisions: return fr ? "décisions du Conseil constitutionnel" : "decisions of the Conseil constitutionnel"
        }
    }

    /// A link table.
    public static func label(_ kind: ImportedRecords.LinkKind, _ language: NumberFormatting.Language) -> String {
        let fr = language == .french
        switch kind {
        case .ballotDossier: return fr ? "scrutin ↔ dossier" : "ballot ↔ dossier"
        case .ballotAmendment: return fr ? "scrutin ↔ amendement" : "ballot ↔ amendment"
        }
    }
}
