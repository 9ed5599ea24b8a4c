import Foundation
import HemicycleModel

/// The report of `hemicycle update`: the dumps fetched, then what changed, record by record, in
/// English or French. (Its JSON is the summary itself, in English words: ``UpdateSummaryJSON``.)
public enum UpdateSummaryDocument {
    /// At most this many persons or groups are listed by name in the text formats; JSON lists all.
    public static let namedRecordsShown = 20

    /// Builds the document in `language`; `freshness` is the store after the update, for the
    /// "data as of" stamp.
    public static func make(_ summary: UpdateSummary, freshness: StoreFreshness?, language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        // French puts a narrow no-break space before a colon or a semicolon.
        let colon = (fr ? NumberFormatting.narrowNoBreakSpace : "") + ":"
        let count = { (n: Int) in NumberFormatting.integer(n, language: language) }
        let s = { (n: Int) in n == 1 ? "" : "s" }
        var document = ReportDocument()
        document.heading(fr ? "Mise à jour depuis \(summary.source)" + (summary.dryRun ? " (essai\(colon) rien n'a été écrit)" : "")
                            : "Update from \(summary.source)" + (summary.dryRun ? " (dry run: nothing was written)" : ""), level: 1)
        var dumps = ReportTable(title: fr ? "Fichiers" : "Dumps", columns: [
            .init(fr ? "Législature" : "Legislature", key: "legislature", alignment: .right), .init(fr ? "Fichier" : "Dump", key: "kind"),
            .init(fr ? "État" : "Status", key: "status"), .init(fr ? "Octets" : "Bytes", key: "bytes", alignment: .right),
            .init("SHA-256", key: "sha256"), .init(fr ? "Modifié le (serveur)" : "Last-Modified", key: "last_modified"),
        ])
        for dump in summary.dumps {
            dumps.append(["\(dump.legislature)", label(dump.kind, language), describe(dump.status, language),
                          fr ? count(Int(dump.bytes)) : "\(dump.bytes)", String((dump.sha256 ?? "").prefix(12)), dump.lastModified ?? ""])
        }
        document.table(dumps)
        if let records = summary.imported {
            let title = fr ? (summary.dryRun ? "Import (essai\(colon) annulé)" : "Import") : (summary.dryRun ? "Import (dry run: rolled back)" : "Import")
            document.blocks += ImportRecordsTable.blocks(records, title: title, language: language)
        }
        if !summary.changedAnything {
            document.paragraph(fr ? "Rien n'a changé\(colon) la base contenait déjà chaque enregistrement de ces fichiers."
                                  : "Nothing changed: the store already held every record of these dumps.")
        }
        if !summary.newBallots.isEmpty {
            let n = summary.newBallots.count
            var table = ReportTable(title: fr ? "\(count(n)) nouveau\(n == 1 ? "" : "x") scrutin\(s(n))" : "\(n) new ballot\(s(n))", columns: [
                .init(fr ? "Scrutin" : "Ballot", key: "ballot"), .init("Date", key: "date"), .init(fr ? "Résultat" : "Result", key: "result"),
                .init(fr ? "Titre" : "Title", key: "title"),
            ])
            for ballot in summary.newBallots {
                table.append(["\(ballot.legislature):\(ballot.number)", ballot.date.description, LegislationLabels.result(ballot.result, language), ballot.title])
            }
            document.table(table)
        }
        if !summary.changedBallots.isEmpty {
            let n = summary.changedBallots.count
            document.paragraph(fr
                ? "\(count(n)) scrutin\(s(n)) republié\(s(n)) avec un autre contenu (\(n == 1 ? "la copie détenue" : "les copies détenues") \(summary.dryRun ? (n == 1 ? "serait remplacée" : "seraient remplacées") : (n == 1 ? "a été remplacée" : "ont été remplacées")))\(colon)"
                : "\(n) ballot\(s(n)) republished with another record (the stored copy \(n == 1 ? (summary.dryRun ? "would be" : "was") : (summary.dryRun ? "would be" : "were")) replaced):")
            document.list(summary.changedBallots.map { change in
                let b = change.ballot
                let what = change.changes.isEmpty
                    ? (fr ? "les octets de l'entrée ont changé, mais aucune date, aucun titre, résultat, décompte, vote nominatif ni aucune mise au point"
                          : "the entry's bytes changed, but no date, title, result, count, named vote or correction")
                    : change.changes.map { FieldChangeWording.line($0, language: language) }.joined(separator: fr ? "\(NumberFormatting.narrowNoBreakSpace); " : "; ")
                return "\(b.legislature):\(b.number) (\(b.date), \(b.uid)) \(b.title)\(colon) \(what)"
            })
        }
        document.blocks += namedRecords(summary.persons, kind: .persons, dryRun: summary.dryRun, language: language)
        document.blocks += namedRecords(summary.groups, kind: .groups, dryRun: summary.dryRun, language: language)
        if summary.otherBodiesChanged + summary.mandatesChanged > 0 {
            document.paragraph(fr
                ? "Également ajoutés ou modifiés\(colon) \(count(summary.otherBodiesChanged)) autres organes, \(count(summary.mandatesChanged)) mandats."
                : "Also added or changed: \(summary.otherBodiesChanged) other bodies, \(summary.mandatesChanged) mandates.")
        }
        for match in summary.watchMatches {
            let n = match.ballots.count
            document.paragraph(fr
                ? "Veille \(match.watch.name) (\(label(match.watch.kind)) \(match.watch.value))\(colon) \(count(n)) nouveau\(n == 1 ? "" : "x") scrutin\(s(n))"
                : "Watch \(match.watch.name) (\(match.watch.kind.rawValue) \(match.watch.value)): \(n) new ballot\(s(n))")
            document.list(match.ballots.map { "\($0.legislature):\($0.number) (\($0.date), \(LegislationLabels.result($0.result, language))) \($0.title)" })
        }
        if let freshness { document.list(FreshnessStamp.lines(freshness, language: language)) }
        return document
    }

    /// The persons or political groups an update added or changed.
    private enum NamedKind { case persons, groups }

    /// The paragraph counting `records`, then their names (at most ``namedRecordsShown``).
    private static func namedRecords(_ records: [RecordHeadline], kind: NamedKind, dryRun: Bool, language: NumberFormatting.Language) -> [ReportDocument.Block] {
        guard !records.isEmpty else { return [] }
        let n = records.count, added = records.filter(\.added).count
        var document = ReportDocument()
        if language == .french {
            let colon = NumberFormatting.narrowNoBreakSpace + ":"
            let count = { (n: Int) in NumberFormatting.integer(n, language: .french) }
            // "personne" is feminine, "groupe" masculine: the participles agree.
            let (noun, e) = kind == .persons ? ("personne", "e") : ("groupe politique", "")
            let plural = n == 1 ? "" : "s"
            let verb = dryRun ? (n == 1 ? "serait" : "seraient") : (n == 1 ? "a été" : "ont été")
            let nouns = kind == .persons ? "personne\(plural)" : (n == 1 ? noun : "groupes politiques")
            document.paragraph("\(count(n)) \(nouns) \(verb) ajouté\(e)\(plural) (\(count(added))) ou modifié\(e)\(plural) (\(count(n - added)))\(colon)")
            var items = records.prefix(namedRecordsShown).map { "\($0.name) (\($0.uid))\(colon) \($0.added ? (kind == .persons ? "nouvelle" : "nouveau") : "modifié\(e)")" }
            if n > namedRecordsShown { items.append("… et \(count(n - namedRecordsShown)) de plus (--format json les liste tous)") }
            document.list(items)
        } else {
            let label = kind == .persons ? "person" : "political group"
            let verb = dryRun ? "would be" : "were"
            document.paragraph("\(n) \(label)\(n == 1 ? "" : "s") \(verb) added (\(added)) or changed (\(n - added)):")
            var items = records.prefix(namedRecordsShown).map { "\($0.name) (\($0.uid)): \($0.added ? "new" : "changed")" }
            if n > namedRecordsShown { items.append("… and \(n - namedRecordsShown) more (--format json lists them all)") }
            document.list(items)
        }
        return document.blocks
    }

    /// A dump's kind, named as the kind of records it holds (``ImportRecordsTable/label(_:_:)``).
    private static func label(_ kind: DumpKind, _ language: NumberFormatting.Language) -> String {
        switch kind {
        case .persons: ImportRecordsTable.label(.persons, language)
        case .ballots: ImportRecordsTable.label(.ballots, language)
        case .dossiers: ImportRecordsTable.label(.dossiers, language)
        case .amendments: ImportRecordsTable.label(.amendments, language)
        }
    }

    /// What a watch follows, in French.
    private static func label(_ kind: Watch.Kind) -> String {
        switch kind {
        case .search: "recherche"
        case .ballots: "scrutins"
        case .deputy: "député"
        case .group: "groupe"
        case .town: "commune"
        }
    }

    private static func describe(_ status: FetchedDump.Status, _ language: NumberFormatting.Language) -> String {
        let fr = language == .french
        switch status {
        case .notModified: return fr ? "non modifié (pas téléchargé)" : "not modified (not downloaded)"
        case .sameContent: return fr ? "mêmes octets que la copie détenue (pas importé)" : "same bytes as held (not imported)"
        case .imported: return fr ? "nouvelle copie, vérifiée et importée" : "new copy, checked and imported"
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
