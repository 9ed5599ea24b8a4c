import HemicycleLegislation
import HemicycleModel

/// Two versions of a law text compared article by article (`hemicycle law diff`), as a report
/// document and as JSON.
public struct LawDiffReport: Sendable {
    /// The earlier and the later version, as named (file paths).
    public let old: String, new: String
    /// The articles that changed, in order.
    public let changes: [LawTextDiff.ArticleChange]

    /// The report of `changes` from `old` to `new`.
    public init(old: String, new: String, changes: [LawTextDiff.ArticleChange]) {
        (self.old, self.new, self.changes) = (old, new, changes)
    }

    /// "[-old-]{+new+}" markup of a word-level difference.
    public static func markup(_ words: [LawTextDiff.WordChange]) -> String {
        words.map { change in
            switch change {
            case .same(let text): return text
            case .deleted(let text): return "[-\(text)-]"
            case .inserted(let text): return "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    /// The changes as a table in `language` (keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var document = ReportDocument()
        document.heading(fr ? "Modifications de \(old) à \(new)" : "Changes from \(old) to \(new)")
        var table = ReportTable(title: fr ? "\(changes.count) article(s) modifié(s)" : "\(changes.count) article(s) changed", columns: [
            .init("Article", key: "article"), .init("Alinéa", key: "alinea", alignment: .right),
            .init(fr ? "Modification" : "Change", key: "change"), .init(fr ? "Texte" : "Text", key: "text"),
        ])
        let word = { (english: String) -> String in
            guard fr else { return english }
            return ["article added": "article ajouté", "article removed": "article supprimé", "added": "ajouté",
                    "removed": "supprimé", "modified": "modifié"][english] ?? english
        }
        for change in changes {
            switch change {
            case .added(let article): table.append([article.title, "", word("article added"), article.alineas.joined(separator: " / ")])
            case .removed(let article): table.append([article.title, "", word("article removed"), article.alineas.joined(separator: " / ")])
            case .modified(let title, let alineas):
                var ordinal = 0
                for alinea in alineas {
                    switch alinea {
                    case .unchanged: ordinal += 1
                    case .added(let text): ordinal += 1; table.append([title, "\(ordinal)", word("added"), text])
                    case .removed(let text): table.append([title, "", word("removed"), text])
                    case .modified(_, _, let words): ordinal += 1; table.append([title, "\(ordinal)", word("modified"), Self.markup(words)])
                    }
                }
            }
        }
        document.table(table)
        if changes.isEmpty { document.paragraph(fr ? "Les deux versions sont identiques, article par article." : "The two versions are identical, article by article.") }
        return document
    }

    /// One word of a modified alinéa in JSON (`op`: `same`, `inserted`, `deleted`).
    public struct WordJSON: Encodable, Sendable { let op, text: String }
    /// One alinéa in JSON (`change`: `unchanged`, `added`, `removed`, `modified`).
    public struct AlineaJSON: Encodable, Sendable {
        let change: String, old: String?, new: String?, words: [WordJSON]?
    }
    /// One article in JSON (`change`: `added`, `removed`, `modified`).
    public struct ArticleJSON: Encodable, Sendable { let article, change: String, alineas: [AlineaJSON] }
    /// The JSON of `hemicycle law diff`.
    public struct Payload: Encodable, Sendable { let old, new: String, articles: [ArticleJSON] }

    /// The diff as JSON (language-independent).
    public var payload: Payload {
        func words(_ list: [LawTextDiff.WordChange]) -> [WordJSON] {
            list.map {
                switch $0 {
                case .same(let t): return WordJSON(op: "same", text: t)
                case .inserted(let t): return WordJSON(op: "inserted", text: t)
                case .deleted(let t): return WordJSON(op: "deleted", text: t)
                }
            }
        }
        return Payload(old: old, new: new, articles: changes.map { change in
            switch change {
            case .added(let a): return ArticleJSON(article: a.title, change: "added", alineas: a.alineas.map { AlineaJSON(change: "added", old: nil, new: $0, words: nil) })
            case .removed(let a): return ArticleJSON(article: a.title, change: "removed", alineas: a.alineas.map { AlineaJSON(change: "removed", old: $0, new: nil, words: nil) })
            case .modified(let title, let alineas):
                return ArticleJSON(article: title, change: "modified", alineas: alineas.map { alinea in
                    switch alinea {
                    case .unchanged(let t): return AlineaJSON(change: "unchanged", old: t, new: t, words: nil)
                    case .added(let t): return AlineaJSON(change: "added", old: nil, new: t, words: nil)
                    case .removed(let t): return AlineaJSON(change: "removed", old: t, new: nil, words: nil)
                    case .modified(let o, let n, let w): return AlineaJSON(change: "modified", old: o, new: n, words: words(w))
                    }
                })
            }
        })
    }
}
