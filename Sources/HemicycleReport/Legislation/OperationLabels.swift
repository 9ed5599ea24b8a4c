import HemicycleLegislation
import HemicycleModel

/// What an amendment's parsed operations do, in words, in either language: English from
/// HemicycleLegislation's own descriptions (``HemicycleLegislation/AmendmentEdit/summary``), French
/// in the words of the *dispositif* itself ("remplacer les mots « … » par les mots « … »").
public enum OperationLabels {
    /// "loi n° 2023-380 du 19 mai 2023, article 10, I, phrase 1"; "l’article amendé" when nothing is said.
    public static func target(_ target: EditTarget, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return target.summary }
        var parts: [String] = []
        if let law = target.law { parts.append(law) }
        if let article = target.article { parts.append("article \(article)") }
        if let part = target.part { parts.append(part) }
        parts += target.items
        if let alineas = target.alineas {
            parts.append(alineas.count == 1 ? "alinéa \(alineas.lowerBound)" : "alinéas \(alineas.lowerBound) à \(alineas.upperBound)")
        }
        if let ordinal = target.alineaOrdinal { parts.append(ordinal == .fromEnd(1) ? "dernier alinéa" : "alinéa \(french(ordinal))") }
        if let sentence = target.sentence { parts.append(sentence == .fromEnd(1) ? "dernière phrase" : "phrase \(french(sentence))") }
        if let occurrence = target.occurrence { parts.append(occurrence == .fromEnd(1) ? "dernière occurrence" : "occurrence \(french(occurrence))") }
        return parts.isEmpty ? "l’article amendé" : parts.joined(separator: ", ")
    }

    /// "3", or "3e en partant de la fin".
    private static func french(_ ordinal: TextOrdinal) -> String {
        switch ordinal {
        case .number(let n): return "\(n)"
        case .fromEnd(let n): return "\(n)e en partant de la fin"
        }
    }

    /// A text unit with its article: "la phrase", "l’alinéa", "le titre".
    private static func unit(_ unit: TextUnit) -> String {
        switch unit {
        case .sentence: return "la phrase"
        case .alinea: return "l’alinéa"
        case .item: return "l’item"
        case .part: return "la division"
        case .article: return "l’article"
        case .heading: return "l’intitulé"
        }
    }

    /// "remplacer « 31 mars 2025 » par « 31 décembre 2027 »", or the English summary.
    public static func edit(_ edit: AmendmentEdit, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return edit.summary }
        switch edit {
        case .replace(let old, let new): return "remplacer « \(old) » par « \(new) »"
        case .insert(let text, let position):
            let place: String
            switch position {
            case .before(let words): place = "avant « \(words) »"
            case .after(let words): place = "après « \(words) »"
            case .atEnd: place = "à la fin"
            case .atStart: place = "au début"
            case .afterAlinea(let n): place = "après l’alinéa \(n)"
            case .beforeAlinea(let n): place = "avant l’alinéa \(n)"
            case .afterTarget: place = "après la cible"
            case .beforeTarget: place = "avant la cible"
            }
            return "insérer « \(text) » \(place)"
        case .delete(let text): return "supprimer « \(text) »"
        case .rewrite(let unit, let text): return "rédiger ainsi \(Self.unit(unit))\(NumberFormatting.narrowNoBreakSpace): « \(text) »"
        case .deleteUnit(let unit): return "supprimer \(Self.unit(unit))"
        case .rewriteEnd(let anchor, let text):
            return text.isEmpty ? "supprimer la fin après « \(anchor) »"
                : "après « \(anchor) », rédiger ainsi la fin\(NumberFormatting.narrowNoBreakSpace): « \(text) »"
        case .deleteArticle: return "supprimer l’article"
        case .addArticle(let text): return "insérer un article\(NumberFormatting.narrowNoBreakSpace): « \(text) »"
        }
    }

    /// One operation: "target: edit" (French: "target : edit").
    public static func operation(_ operation: AmendmentOperation, _ language: NumberFormatting.Language) -> String {
        let colon = language == .french ? "\(NumberFormatting.narrowNoBreakSpace): " : ": "
        return target(operation.target, language) + colon + edit(operation.edit, language)
    }
}
