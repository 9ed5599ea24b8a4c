/// Plain-English descriptions of parsed operations, for reports.
extension EditTarget {
    /// "loi n° 2023-380 du 19 mai 2023, article 10, I, sentence 1"; "the amended article" when nothing is said.
    public var summary: String {
        var parts: [String] = []
        if let law { parts.append(law) }
        if let article { parts.append("article \(article)") }
        if let part { parts.append(part) }
        parts += items
        if let alineas { parts.append(alineas.count == 1 ? "alinéa \(alineas.lowerBound)" : "alinéas \(alineas.lowerBound)–\(alineas.upperBound)") }
        if let alineaOrdinal { parts.append("alinéa \(alineaOrdinal)") }
        if let sentence { parts.append("sentence \(sentence)") }
        if let occurrence { parts.append("occurrence \(occurrence)") }
        return parts.isEmpty ? "the amended article" : parts.joined(separator: ", ")
    }
}

extension AmendmentEdit {
    /// A stable snake_case key of the kind of edit (`replace`, `insert`, `delete`, `rewrite`,
    /// `delete_unit`, `rewrite_end`, `delete_article`, `add_article`).
    public var kind: String {
        switch self {
        case .replace: return "replace"
        case .insert: return "insert"
        case .delete: return "delete"
        case .rewrite: return "rewrite"
        case .deleteUnit: return "delete_unit"
        case .rewriteEnd: return "rewrite_end"
        case .deleteArticle: return "delete_article"
        case .addArticle: return "add_article"
        }
    }

    /// "replace « 31 mars 2025 » by « 31 décembre 2027 »".
    public var summary: String {
        switch self {
        case .replace(let old, let new): return "replace « \(old) » by « \(new) »"
        case .insert(let text, let position):
            let where_: String
            switch position {
            case .before(let words): where_ = "before « \(words) »"
            case .after(let words): where_ = "after « \(words) »"
            case .atEnd: where_ = "at the end"
            case .atStart: where_ = "at the start"
            case .afterAlinea(let n): where_ = "after alinéa \(n)"
            case .beforeAlinea(let n): where_ = "before alinéa \(n)"
            case .afterTarget: where_ = "after the target"
            case .beforeTarget: where_ = "before the target"
            }
            return "insert « \(text) » \(where_)"
        case .delete(let text): return "delete « \(text) »"
        case .rewrite(let unit, let text): return "rewrite the \(unit.rawValue): « \(text) »"
        case .deleteUnit(let unit): return "delete the \(unit.rawValue)"
        case .rewriteEnd(let anchor, let text):
            return text.isEmpty ? "delete everything after « \(anchor) »" : "after « \(anchor) », rewrite the end: « \(text) »"
        case .deleteArticle: return "delete the article"
        case .addArticle(let text): return "add an article: « \(text) »"
        }
    }
}
