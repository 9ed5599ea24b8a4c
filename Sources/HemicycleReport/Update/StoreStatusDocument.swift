import HemicycleModel

/// The report of `hemicycle status`: what the store holds per legislature, and where it came from.
public enum StoreStatusDocument {
    public static func make(_ freshness: StoreFreshness, databasePath: String) -> ReportDocument {
        var document = ReportDocument()
        document.heading("Database \(databasePath)", level: 1)
        document.list(FreshnessStamp.lines(freshness))
        var legislatures = ReportTable(title: "Ballots", columns: [
            .init("Legislature", key: "legislature", alignment: .right), .init("Ballots", key: "ballots", alignment: .right),
            .init("First", key: "first"), .init("Last", key: "last"),
        ])
        for l in freshness.legislatures {
            legislatures.append(["\(l.legislature)", "\(l.ballots)", l.firstBallotDate, l.lastBallotDate])
        }
        document.table(legislatures)
        if !freshness.updatedDumps.isEmpty {
            var dumps = ReportTable(title: "Dumps fetched by update", columns: [
                .init("Legislature", key: "legislature", alignment: .right), .init("Dump", key: "kind"),
                .init("Last checked", key: "last_checked"), .init("Found", key: "status"), .init("Last downloaded", key: "last_downloaded"),
                .init("Last-Modified", key: "last_modified"), .init("Bytes", key: "bytes", alignment: .right), .init("SHA-256", key: "sha256"),
            ])
            for d in freshness.updatedDumps {
                dumps.append(["\(d.legislature)", d.kind, d.lastCheckedAt, d.lastStatus, d.lastDownloadedAt ?? "", d.lastModified ?? "",
                              d.bytes.map { "\($0)" } ?? "", String((d.sha256 ?? "").prefix(12))])
            }
            document.table(dumps)
        }
        if let at = freshness.lastUpdateAt {
            document.paragraph("Last update: \(at) from \(freshness.lastUpdateSource ?? "?").")
        }
        // The legislative records' columns only when some file holds them (a store of ballots alone keeps its table).
        let legislation = freshness.importedDumps.contains(where: \.holdsLegislation)
        var files = ReportTable(title: "Files imported (records whose stored copy comes from each)", columns: [
            .init("File", key: "path"), .init("First imported", key: "first_imported"), .init("Ballots", key: "ballots", alignment: .right),
            .init("Persons", key: "persons", alignment: .right), .init("Bodies", key: "bodies", alignment: .right),
            .init("Mandates", key: "mandates", alignment: .right),
        ] + (legislation ? [
            .init("Dossiers", key: "dossiers", alignment: .right), .init("Documents", key: "documents", alignment: .right),
            .init("Amendments", key: "amendments", alignment: .right), .init("Decisions", key: "decisions", alignment: .right),
        ] : []) + [.init("SHA-256", key: "sha256")])
        for f in freshness.importedDumps {
            let counts = [f.ballots, f.persons, f.bodies, f.mandates] + (legislation ? [f.dossiers, f.documents, f.amendments, f.decisions] : [])
            files.append([f.path, f.firstImportedAt] + counts.map { "\($0)" } + [String(f.sha256.prefix(12))])
        }
        document.table(files)
        return document
    }
}
