import Foundation
import HemicycleModel

/// The report of `hemicycle update`: the dumps fetched, then what changed, record by record.
public enum UpdateSummaryDocument {
    /// At most this many persons or groups are listed by name in the text formats; JSON lists all.
    public static let namedRecordsShown = 20

    /// Builds the document; `freshness` is the store after the update, for the "data as of" stamp.
    public static func make(_ summary: UpdateSummary, freshness: StoreFreshness?) -> ReportDocument {
        var document = ReportDocument()
        document.heading("Update from \(summary.source)" + (summary.dryRun ? " (dry run: nothing was written)" : ""), level: 1)
        var dumps = ReportTable(title: "Dumps", columns: [
            .init("Legislature", key: "legislature", alignment: .right), .init("Dump", key: "kind"), .init("Status", key: "status"),
            .init("Bytes", key: "bytes", alignment: .right), .init("SHA-256", key: "sha256"), .init("Last-Modified", key: "last_modified"),
        ])
        for dump in summary.dumps {
            dumps.append(["\(dump.legislature)", dump.kind.rawValue, describe(dump.status), "\(dump.bytes)",
                          String((dump.sha256 ?? "").prefix(12)), dump.lastModified ?? ""])
        }
        document.table(dumps)
        let verb = summary.dryRun ? "would be" : "were"
        if let records = summary.imported {
            document.blocks += ImportRecordsTable.blocks(records, title: summary.dryRun ? "Import (dry run: rolled back)" : "Import", language: .english)
        }
        if !summary.changedAnything {
            document.paragraph("Nothing changed: the store already held every record of these dumps.")
        }
        if !summary.newBallots.isEmpty {
            var table = ReportTable(title: "\(summary.newBallots.count) new ballot\(summary.newBallots.count == 1 ? "" : "s")", columns: [
                .init("Ballot", key: "ballot"), .init("Date", key: "date"), .init("Result", key: "result"), .init("Title", key: "title"),
            ])
            for ballot in summary.newBallots {
                table.append(["\(ballot.legislature):\(ballot.number)", ballot.date.description, ballot.result.rawValue, ballot.title])
            }
            document.table(table)
        }
        if !summary.changedBallots.isEmpty {
            document.paragraph("\(summary.changedBallots.count) ballot\(summary.changedBallots.count == 1 ? "" : "s") republished with another record (the stored copy \(summary.changedBallots.count == 1 ? (summary.dryRun ? "would be" : "was") : verb) replaced):")
            document.list(summary.changedBallots.map { change in
                let b = change.ballot
                let what = change.changes.isEmpty
                    ? "the entry's bytes changed, but no date, title, result, count, named vote or correction"
                    : change.changes.map { "\($0.field) \($0.before) → \($0.after)" }.joined(separator: "; ")
                return "\(b.legislature):\(b.number) (\(b.date), \(b.uid)) \(b.title): \(what)"
            })
        }
        for (label, records) in [("person", summary.persons), ("political group", summary.groups)] where !records.isEmpty {
            let added = records.filter(\.added).count
            document.paragraph("\(records.count) \(label)\(records.count == 1 ? "" : "s") \(verb) added (\(added)) or changed (\(records.count - added)):")
            var items = records.prefix(namedRecordsShown).map { "\($0.name) (\($0.uid)): \($0.added ? "new" : "changed")" }
            if records.count > namedRecordsShown { items.append("… and \(records.count - namedRecordsShown) more (--format json lists them all)") }
            document.list(items)
        }
        if summary.otherBodiesChanged + summary.mandatesChanged > 0 {
            document.paragraph("Also added or changed: \(summary.otherBodiesChanged) other bodies, \(summary.mandatesChanged) mandates.")
        }
        for match in summary.watchMatches {
            document.paragraph("Watch \(match.watch.name) (\(match.watch.kind.rawValue) \(match.watch.value)): \(match.ballots.count) new ballot\(match.ballots.count == 1 ? "" : "s")")
            document.list(match.ballots.map { "\($0.legislature):\($0.number) (\($0.date), \($0.result.rawValue)) \($0.title)" })
        }
        if let freshness { document.list(FreshnessStamp.lines(freshness)) }
        return document
    }

    private static func describe(_ status: FetchedDump.Status) -> String {
        switch status {
        case .notModified: return "not modified (not downloaded)"
        case .sameContent: return "same bytes as held (not imported)"
        case .imported: return "new copy, checked and imported"
        }
    }
}

/// The JSON of `hemicycle update --format json`: the summary, and the store's freshness after it.
public struct UpdateSummaryJSON: Encodable, Sendable {
    public var update: UpdateSummary
    public var dataAsOf: [String]

    public init(update: UpdateSummary, freshness: StoreFreshness?) {
        self.update = update
        dataAsOf = freshness.map { FreshnessStamp.lines($0) } ?? []
    }
}
