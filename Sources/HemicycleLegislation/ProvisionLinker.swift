import HemicycleModel

/// Links a provision a vote adopted to what the Conseil constitutionnel decided about it.
///
/// The rule: an amendment that amends article A of law L (its `loi` reference and article, as the
/// Assemblée's file gives them) and an article of the law adopted by Parliament that, as the
/// decision's reasoning says, modifies article A of law L carry the same provision. The decision's
/// operative articles then say what became of that article. The link is certain
/// (``ProvisionRuling/Certainty/sameLawArticle``) when exactly one article of the law modifies
/// A of L; when several do, the first ruled on is given and the link marked uncertain. Nothing is
/// linked when no article of the decision modifies the same law article: the bill-level fate
/// applies.
public enum ProvisionLinker {
    /// The decision's ruling on the provision `amendment` carries, with the evidence; nil when the
    /// decision names no article modifying the article the amendment amends.
    ///
    /// - Parameters:
    ///   - decisionURL: the decision's page, to link it.
    public static func ruling(for amendment: Amendment, in decision: ConstitutionalDecisionText, decisionURL: String?) -> ProvisionRuling? {
        guard let reference = amendment.lawReference, let lawArticle = amendment.lawArticle else { return nil }
        let lawNumber = reference.firstMatch(of: #/\d{4}-\d+/#).map { String($0.0) }
        let article = normalized(lawArticle)
        let candidates = decision.modifications.filter { m in
            guard normalized(m.targetArticle) == article else { return false }
            if let lawNumber { return m.targetLawNumber == lawNumber }
            return TextFolding.fold(m.target) == TextFolding.fold(reference)
        }
        let articles = candidates.map(\.article).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard let modification = candidates.first(where: { !decision.rulings(onArticle: $0.article).isEmpty }) else { return nil }
        let rulings = decision.rulings(onArticle: modification.article)
        let order: [ProvisionRuling.Disposition] = [.struckOut, .partlyStruckOut, .conformingWithReservation, .conforming]
        guard let ruling = rulings.min(by: { (order.firstIndex(of: $0.disposition) ?? 9) < (order.firstIndex(of: $1.disposition) ?? 9) }) else { return nil }
        var evidence = [
            "amendment n° \(amendment.numberLabel) amends \(reference), article \(lawArticle)",
            "decision \(decision.reference), paragraph \(modification.paragraph): « \(excerpt(modification.text)) »",
            "operative article \(ruling.operativeArticle): « \(excerpt(ruling.operativeText)) »",
        ]
        if !ruling.paragraphs.isEmpty {
            let why = ruling.ground == .cavalier ? "no link with the bill as tabled (Constitution, art. 45)" : "the reasoning"
            evidence.append("paragraph\(ruling.paragraphs.count == 1 ? "" : "s") \(ruling.paragraphs.map(String.init).joined(separator: ", ")): \(why)")
        }
        if articles.count > 1 { evidence.append("uncertain: articles \(articles.joined(separator: ", ")) of the adopted text all modify this article") }
        return ProvisionRuling(decisionReference: decision.reference, decisionDate: decision.date, decisionURL: decisionURL,
                               adoptedTextArticle: modification.article, disposition: ruling.disposition, ground: ruling.ground,
                               wordsStruck: ruling.wordsStruck, certainty: articles.count == 1 ? .sameLawArticle : .uncertain, evidence: evidence)
    }

    /// "10", "art. 10", "article 10", "L. 2251-4-2" and "L.2251-4-2" compared alike.
    static func normalized(_ article: String) -> String {
        TextFolding.fold(article).replacingOccurrences(of: "article", with: "").replacingOccurrences(of: "art.", with: "")
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "er", with: "")
    }

    /// The first 160 characters of a paragraph, cut at a word.
    static func excerpt(_ text: String) -> String {
        guard text.count > 160 else { return text }
        let cut = text.prefix(160)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}
