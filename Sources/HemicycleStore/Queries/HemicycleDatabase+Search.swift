import GRDB
import HemicycleModel

extension HemicycleDatabase {
    /// Ballots found by subject: full-text search (SQLite FTS5, see `SearchSchema`) over ballot
    /// titles, the operative text and summary of the amendments each ballot voted on, and the
    /// title of its bill's dossier. Every term of `query` must match one text, as a word prefix,
    /// case and accents folded.
    ///
    /// The one search query of the store: `hemicycle ballots --search`, and any other caller.
    ///
    /// - Parameters:
    ///   - query: the terms (see ``SearchQuery``); no term finds nothing.
    ///   - filter: the other criteria (dates, type, legislature, limit…); its `search` and `uids`
    ///     are ignored.
    /// - Returns: the ballots in the filter's order, each with where it matched (its title
    ///   first, then amendments, then the dossier).
    public func searchBallots(_ query: SearchQuery, filter: BallotFilter = BallotFilter()) throws -> [BallotSearchHit] {
        guard let pattern = Self.ftsPattern(query) else { return [] }
        // Each match with its rank in the ballot's list: the title, then the amendments (the one the
        // title names before its identical ones), then the dossier.
        let matches: [String: [(match: SearchMatch, rank: Int)]] = try queue.read { db in
            var byBallot: [String: [(match: SearchMatch, rank: Int)]] = [:]
            let hits = try Row.fetchAll(db, sql: """
                SELECT e.kind, e.uid,
                    CASE WHEN length(e.body) <= \(Self.snippetLimit) THEN snippet(search_index, 0, '[', ']', '…', 12)
                    ELSE substr(e.body, 1, 120) || '… (a text of ' || length(e.body) || ' characters: match not shown)' END AS snippet
                FROM search_index JOIN search_entry e ON e.id = search_index.rowid
                WHERE search_index MATCH ? ORDER BY e.kind, e.uid
                """, arguments: [pattern])
            for hit in hits {
                guard let field = SearchField(rawValue: hit["kind"]) else { continue }
                let uid: String = hit["uid"]
                let snippet: String = hit["snippet"]
                switch field {
                case .ballotTitle:
                    byBallot[uid, default: []].append((SearchMatch(field: field, sourceUID: uid, sourceLabel: "ballot \(uid)", snippet: snippet), 0))
                case .amendmentText, .amendmentSummary:
                    let label = try String.fetchOne(db, sql: "SELECT number_label FROM amendment WHERE uid = ?", arguments: [uid]).map { "amendment n° \($0)" } ?? "amendment \(uid)"
                    for link in try Row.fetchAll(db, sql: "SELECT ballot_uid, method FROM ballot_amendment WHERE amendment_uid = ?", arguments: [uid]) {
                        let rank = (link["method"] as String) == "identical" ? 2 : 1
                        byBallot[link["ballot_uid"], default: []].append((SearchMatch(field: field, sourceUID: uid, sourceLabel: label, snippet: snippet), rank))
                    }
                case .dossierTitle:
                    for ballot in try String.fetchAll(db, sql: "SELECT ballot_uid FROM ballot_dossier WHERE dossier_uid = ?", arguments: [uid]) {
                        byBallot[ballot, default: []].append((SearchMatch(field: field, sourceUID: uid, sourceLabel: "dossier \(uid)", snippet: snippet), 3))
                    }
                }
            }
            return byBallot
        }
        guard !matches.isEmpty else { return [] }
        var selection = filter
        selection.search = nil
        selection.uids = matches.keys.sorted()
        let order = Dictionary(uniqueKeysWithValues: SearchField.allCases.enumerated().map { ($1, $0) })
        return try ballots(selection).map { ballot in
            let found = (matches[ballot.uid] ?? []).sorted {
                ($0.rank, $0.match.sourceLabel, order[$0.match.field] ?? 0) < ($1.rank, $1.match.sourceLabel, order[$1.match.field] ?? 0)
            }
            return BallotSearchHit(ballot: ballot, matches: found.map(\.match))
        }
    }

    /// The longest text whose snippet is cut around the match, in characters: FTS5's snippet()
    /// re-tokenizes the whole text, and a 10 MB title (the hostile-content test) took minutes.
    static let snippetLimit = 100_000

    /// The FTS5 expression of a query: every term, as a prefix, or one of its alternatives
    /// (`("videosurveillance"* OR "videoprotection"*) AND "algorithm"*`); nil without terms.
    /// Words are quoted, so that nothing typed is read as FTS5 syntax.
    static func ftsPattern(_ query: SearchQuery) -> String? {
        guard !query.terms.isEmpty else { return nil }
        func quoted(_ word: String) -> String { "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
        return query.terms.map { term in
            let words = [term.word] + term.alternatives
            return words.count == 1 ? quoted(term.word) : "(" + words.map(quoted).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }
}
