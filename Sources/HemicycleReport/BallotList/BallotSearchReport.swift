import HemicycleModel

/// Ballots found by subject (`hemicycle ballots --search`): the list of ballots, each with where
/// the words matched (its title, an amendment's text or summary, the dossier's title) and the
/// words around the match.
public struct BallotSearchReport: Sendable {
    /// What was searched.
    public var query: SearchQuery
    /// The text as typed.
    public var text: String
    /// The ballots found, in the order of the list.
    public var hits: [BallotSearchHit]

    /// Creates the report.
    public init(text: String, query: SearchQuery, hits: [BallotSearchHit]) {
        self.text = text
        self.query = query
        self.hits = hits
    }

    /// At most this many matches are shown per ballot in the table (the JSON has them all).
    static let matchesShown = 2

    /// "amendment n° 237 (Rect), amendment summary (exposé sommaire): …[vidéoprotection]…".
    static func describe(_ match: SearchMatch) -> String {
        match.field == .ballotTitle ? "\(match.field.label): \(match.snippet)" : "\(match.sourceLabel), \(match.field.label): \(match.snippet)"
    }

    /// The table: the columns of the plain list (number, date, type, result, counts, title), and
    /// where each ballot matched.
    public func document() -> ReportDocument {
        var table = ReportTable(columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Type", key: "type"),
            .init("Result", key: "result"), .init("Voters", key: "voters", alignment: .right),
            .init("For", key: "for", alignment: .right), .init("Against", key: "against", alignment: .right),
            .init("Abst.", key: "abstentions", alignment: .right), .init("Title", key: "title"), .init("Matched in", key: "matched"),
        ])
        for hit in hits {
            let b = hit.ballot
            var shown = hit.matches.prefix(Self.matchesShown).map(Self.describe)
            if hit.matches.count > Self.matchesShown { shown.append("(+\(hit.matches.count - Self.matchesShown) more)") }
            table.append(["\(b.number)", b.date.description, b.type.keyword, b.result.rawValue, "\(b.voters)", "\(b.official.for)",
                          "\(b.official.against)", "\(b.official.abstentions)", b.title, shown.joined(separator: " · ")])
        }
        var footnote = "\(hits.count) ballot\(hits.count == 1 ? "" : "s") matching « \(text) » in ballot titles, the text and summary of the amendments voted, and dossier titles (word prefixes, accents ignored)"
        let expansions = query.expansions
        if !expansions.isEmpty { footnote += "; also searched, the law's word: \(expansions.joined(separator: ", "))" }
        table.footnote = footnote + ". --title-only searches the ballot titles literally."
        var document = ReportDocument()
        document.table(table)
        return document
    }

    /// One ballot found, for JSON.
    public struct Row: Encodable, Sendable {
        public struct Match: Encodable, Sendable {
            let field, sourceUID, source, snippet: String
        }
        let uid: String, number: Int, legislature: Int, date: String, type: String, result: String, title: String, voters: Int
        let `for`: Int, against: Int, abstentions: Int
        let matches: [Match]
    }

    /// The JSON payload: one object per ballot, with `matches[]` (`field`, `source_uid`, `source`, `snippet`).
    public var payload: [Row] {
        hits.map { hit in
            let b = hit.ballot
            return Row(uid: b.uid, number: b.number, legislature: b.legislature, date: b.date.description, type: b.type.keyword, result: b.result.rawValue,
                       title: b.title, voters: b.voters, for: b.official.for, against: b.official.against, abstentions: b.official.abstentions, matches: hit.matches.map { .init(field: $0.field.rawValue, sourceUID: $0.sourceUID, source: $0.sourceLabel, snippet: $0.snippet) })
        }
    }
}
