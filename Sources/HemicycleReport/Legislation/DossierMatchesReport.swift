import HemicycleModel

/// The dossiers whose title matches a search, when there is more than one: the reader is asked
/// to choose one uid (`hemicycle dossier --search`).
public struct DossierMatchesReport: Sendable {
    /// One dossier found, in JSON.
    public struct Match: Encodable, Sendable {
        public let uid, title: String
    }

    /// The words searched.
    public let search: String
    /// The dossiers found, as the store gives them.
    public let matches: [Match]
    /// The most the store returns: reaching it means "or more".
    public let limit: Int

    /// A report of the `(uid, title)` pairs found for `search`, the store returning at most `limit`.
    public init(search: String, matches: [(uid: String, title: String)], limit: Int = 20) {
        self.search = search
        self.matches = matches.map { Match(uid: $0.uid, title: $0.title) }
        self.limit = limit
    }

    /// The table of matches, its title in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let count = matches.count >= limit ? (fr ? "\(limit) dossiers ou plus" : "\(limit) or more") : (fr ? "\(matches.count) dossiers" : "\(matches.count)")
        var table = ReportTable(
            title: fr ? "\(count) correspondent à « \(search) »\(NumberFormatting.narrowNoBreakSpace): donnez un identifiant"
                      : "\(count) dossiers match « \(search) »: give one uid",
            columns: [.init("Dossier", key: "uid"), .init(fr ? "Titre" : "Title", key: "title")])
        for m in matches { table.append([m.uid, m.title]) }
        return ReportDocument(blocks: [.table(table)])
    }

    /// The matches as JSON: a list of `{uid, title}`.
    public var payload: [Match] { matches }
}
