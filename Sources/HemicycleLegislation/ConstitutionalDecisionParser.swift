import Foundation
import HemicycleModel

/// Reads a decision of the Conseil constitutionnel on a law (DC) as the Council publishes it
/// (its HTML page, or the same text: Légifrance and Juricaf copy it word for word) into
/// ``ConstitutionalDecisionText``.
///
/// The layout it relies on, the Council's own since 2016:
/// - the title "Décision n° 2025-878 DC du 24 avril 2025" and the referral "… de la loi relative
///   à …, sous le n° …";
/// - the texts cited ("Au vu des textes suivants : - la loi n° 2023-380 du 19 mai 2023 … ;"),
///   which name the laws the reasoning later calls "la loi du 19 mai 2023";
/// - the reasoning after "S'EST FONDÉ SUR CE QUI SUIT :", in numbered paragraphs ("72. L'article 15
///   modifie l'article 10 de la loi du 19 mai 2023 …") under headings ("- Sur la place d'autres
///   dispositions dans la loi déférée :"); the section that applies article 45 of the
///   Constitution holds the *cavaliers législatifs*;
/// - the operative articles after "DÉCIDE :": "Article 1er. - Sont contraires à la Constitution
///   les dispositions suivantes … : - les articles 5, 12, 13, 15 et 22 ; - les mots « … » figurant
///   … de l'article L. … dans sa rédaction résultant de l'article 4 …", "Article 2. - Sous la
///   réserve énoncée au paragraphe 22, sont conformes …", "Article 3. - Sont conformes …".
///
/// Apostrophes are read as `'` (the Council writes `’`). A text without the title or without
/// "DÉCIDE" is refused: it is not a decision.
public enum ConstitutionalDecisionParser {
    /// Why a text is not read as a decision.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case missingTitle
        case missingOperativePart

        public var description: String {
            switch self {
            case .missingTitle: return "no title « Décision n° AAAA-NNN DC du … » (not a decision of the Conseil constitutionnel on a law)"
            case .missingOperativePart: return "no operative part (« LE CONSEIL CONSTITUTIONNEL DÉCIDE : »)"
            }
        }
    }

    /// Parses the decision's HTML page or text.
    public static func parse(_ input: String) throws -> ConstitutionalDecisionText {
        let plain = input.contains("<") && input.contains(">") ? HTMLText.plainText(input) : input
        let lines = plain.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{A0}", with: " ")
            .replacingOccurrences(of: "\u{202F}", with: " ")
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let text = lines.joined(separator: "\n")

        guard let title = text.firstMatch(of: #/Décision n° (\d{4}-\d+ DC) du (\d{1,2})(?:er)? (\p{L}+) (\d{4})/#) else { throw ParseError.missingTitle }
        let date = month(String(title.3)).flatMap { CalendarDate(year: Int(title.4) ?? 0, month: $0, day: Int(title.2) ?? 0) }
        let lawTitle = text.firstMatch(of: #/de la (loi [^\n]+?), sous le n°/#).map { String($0.1) }
        guard let decides = lines.firstIndex(where: { $0.uppercased().contains("DÉCIDE") && $0.hasSuffix(":") }) else { throw ParseError.missingOperativePart }

        let laws = citedLaws(lines)
        let paragraphs = reasoning(lines[..<decides])
        let modifications = paragraphs.flatMap { modificationsIn($0, laws: laws) }
        let cavaliers = cavalierArticles(paragraphs)
        let rulings = operativeRulings(lines[(decides + 1)...], cavaliers: cavaliers)
        return ConstitutionalDecisionText(reference: String(title.1), date: date, lawTitle: lawTitle, rulings: rulings, modifications: modifications)
    }

    // MARK: Texts cited

    /// The laws of "Au vu des textes suivants", by the date the reasoning names them with
    /// ("19 mai 2023" → ("2023-380", "loi n° 2023-380 du 19 mai 2023")).
    static func citedLaws(_ lines: [String]) -> [String: (number: String, name: String)] {
        var laws: [String: (number: String, name: String)] = [:]
        for line in lines where line.hasPrefix("-") {
            if let m = line.firstMatch(of: #/la loi (?:organique )?n° (\d{4}-\d+) du (\d{1,2}(?:er)? \p{L}+ \d{4})/#) {
                laws[String(m.2)] = (String(m.1), "loi n° \(m.1) du \(m.2)")
            }
        }
        return laws
    }

    // MARK: Reasoning

    /// A numbered paragraph of the reasoning and the heading it falls under.
    struct Paragraph {
        var number: Int
        var text: String
        var section: Int
    }

    static func reasoning(_ lines: ArraySlice<String>) -> [Paragraph] {
        guard let start = lines.firstIndex(where: { $0.uppercased().contains("CE QUI SUIT") }) else { return [] }
        var paragraphs: [Paragraph] = []
        var section = 0
        for line in lines[(start + 1)...] {
            if let m = line.firstMatch(of: #/^(\d+)\.\s+(.*)$/#), let number = Int(m.1) {
                paragraphs.append(Paragraph(number: number, text: String(m.2), section: section))
            } else if line.hasPrefix("-") || line.hasPrefix("–") || line.hasPrefix("Sur ") || line.hasPrefix(". ") {
                // "- Sur la place d'autres dispositions dans la loi déférée :", ". En ce qui concerne …".
                section += 1
            } else if !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].text += " " + line
            }
        }
        return paragraphs
    }

    /// "L'article 15 modifie l'article 10 de la loi du 19 mai 2023 …" → article 15 modifies
    /// article 10 of loi n° 2023-380; "L'article 4 modifie l'article L. 2251-4-2 du code des
    /// transports" → a code's article.
    static func modificationsIn(_ p: Paragraph, laws: [String: (number: String, name: String)]) -> [ArticleModification] {
        guard let subject = p.text.firstMatch(of: #/^L'article (\d+)(?:er)? (?:de la loi déférée )?(?:modifie|complète|insère|rétablit|réécrit|crée|abroge|prolonge)/#) else { return [] }
        let article = String(subject.1)
        let rest = p.text[subject.range.upperBound...]
        if let law = rest.firstMatch(of: #/l'article ([0-9]+(?:er)?(?:-\d+)*) de la loi (?:n° (\d{4}-\d+) )?du (\d{1,2}(?:er)? \p{L}+ \d{4})/#) {
            let cited = laws[String(law.3)]
            let number = law.2.map(String.init) ?? cited?.number
            let target = cited?.name ?? "loi \(law.2.map { "n° \($0) " } ?? "")du \(law.3)"
            return [ArticleModification(article: article, target: target, targetLawNumber: number, targetArticle: String(law.1).replacingOccurrences(of: "er", with: ""),
                                        paragraph: p.number, text: p.text)]
        }
        if let code = rest.firstMatch(of: #/l'article ((?:L\. ?|R\. ?)?\d+(?:-\d+)*) du (code [\p{L}' ]+?)(?=[,.;]| afin| pour| en vue|$)/#) {
            return [ArticleModification(article: article, target: String(code.2), targetLawNumber: nil, targetArticle: String(code.1), paragraph: p.number, text: p.text)]
        }
        return []
    }

    /// The articles struck out for their place in the law (Constitution, art. 45), with the
    /// paragraphs that say so: those named "L'article N …" in a section of the reasoning that
    /// applies article 45.
    static func cavalierArticles(_ paragraphs: [Paragraph]) -> [String: [Int]] {
        let sections = Set(paragraphs.filter { $0.text.contains("article 45 de la Constitution") }.map(\.section))
        var articles: [String: [Int]] = [:]
        for p in paragraphs where sections.contains(p.section) {
            if let m = p.text.firstMatch(of: #/^L'article (\d+)(?:er)?\s/#) {
                articles[String(m.1), default: []].append(p.number)
            } else if let m = p.text.firstMatch(of: #/^Les articles ((?:\d+(?:er)?(?:, | et )?)+)/#) {
                for number in articleNumbers(in: String(m.1)) { articles[number, default: []].append(p.number) }
            }
        }
        // The paragraph that concludes ("… adoptées selon une procédure contraire à la Constitution").
        let conclusions = paragraphs.filter { sections.contains($0.section) && $0.text.contains("procédure contraire à la Constitution") }.map(\.number)
        return articles.mapValues { found in found + conclusions.filter { !found.contains($0) } }
    }

    // MARK: Operative part

    static func operativeRulings(_ lines: ArraySlice<String>, cavaliers: [String: [Int]]) -> [ArticleRuling] {
        var rulings: [ArticleRuling] = []
        var current: (number: Int, disposition: ProvisionRuling.Disposition?, paragraphs: [Int])?
        for line in lines {
            var items: [String] = []
            if let m = line.firstMatch(of: #/^Article (\d+)(?:er)?\.?\s*[-–—]\s*(.*)$/#) {
                let heading = String(m.2)
                let folded = TextFolding.fold(heading)
                let disposition: ProvisionRuling.Disposition?
                if folded.contains("contraires a la constitution") || folded.contains("contraire a la constitution") {
                    disposition = .struckOut
                } else if folded.contains("reserve") && folded.contains("conforme") {
                    disposition = .conformingWithReservation
                } else if folded.contains("conforme") {
                    disposition = .conforming
                } else {
                    disposition = nil
                }
                let paragraphs = heading.firstMatch(of: #/paragraphes? ([\d, et]+)/#).map { articleNumbers(in: String($0.1)).compactMap { Int($0) } } ?? []
                current = (Int(m.1) ?? 0, disposition, paragraphs)
                // "Sont contraires à la Constitution l'article 13 …": the item on the heading's line.
                if let colon = heading.range(of: ":") {
                    let after = heading[colon.upperBound...].trimmingCharacters(in: .whitespaces)
                    if !after.isEmpty { items.append(after) }
                } else if disposition != nil {
                    items.append(heading)
                }
            } else if line.hasPrefix("-") || line.hasPrefix("–") {
                items.append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else if line.hasPrefix("Jugé par") || line.hasPrefix("Rendu public") {
                current = nil
            }
            guard let context = current, let disposition = context.disposition else { continue }
            for item in items {
                rulings += rulingsIn(item, disposition: disposition, operativeArticle: context.number, reservationParagraphs: context.paragraphs, cavaliers: cavaliers)
            }
        }
        return rulings
    }

    /// One item of an operative article: whole articles ("les articles 5, 12, 13, 15 et 22"), or a
    /// part of one ("les mots « … » figurant … dans sa rédaction résultant de l'article 4").
    static func rulingsIn(_ item: String, disposition: ProvisionRuling.Disposition, operativeArticle: Int, reservationParagraphs: [Int],
                          cavaliers: [String: [Int]]) -> [ArticleRuling] {
        let text = item.trimmingCharacters(in: CharacterSet(charactersIn: " ;.,"))
        func ruling(_ article: String, _ disposition: ProvisionRuling.Disposition, words: [String] = []) -> ArticleRuling {
            let struck = disposition == .struckOut || disposition == .partlyStruckOut
            let ground: ProvisionRuling.Ground? = struck ? (cavaliers[article] != nil ? .cavalier : .merits) : nil
            let paragraphs = struck ? (cavaliers[article] ?? []) : reservationParagraphs
            return ArticleRuling(article: article, disposition: disposition, ground: ground, wordsStruck: words, operativeArticle: operativeArticle,
                                 operativeText: text, paragraphs: paragraphs)
        }
        if let source = text.firstMatch(of: #/(?:rédaction résultant de|issue de|résultant de) l'article (\d+)(?:er)?/#) {
            let words = text.hasPrefix("les mots") || text.hasPrefix("le mot")
                ? text.matches(of: #/«\s*([^»]+?)\s*»/#).map { String($0.1) } : []
            return [ruling(String(source.1), disposition == .struckOut ? .partlyStruckOut : disposition, words: words)]
        }
        if let whole = text.firstMatch(of: #/^(?:les articles|l'article) ((?:\d+(?:er)?(?:, | et )?)+)(?:\s|$)/#) {
            return articleNumbers(in: String(whole.1)).map { ruling($0, disposition) }
        }
        if let part = text.firstMatch(of: #/de (?:son|l')article (\d+)(?:er)?(?:\s|$)/#) {
            // "le paragraphe II de l'article 4": a part of the law's own article.
            return [ruling(String(part.1), disposition == .struckOut ? .partlyStruckOut : disposition)]
        }
        return []
    }

    /// "5, 12, 13, 15 et 22" → ["5", "12", "13", "15", "22"]; "1er" → "1".
    static func articleNumbers(in text: String) -> [String] {
        text.matches(of: #/\d+/#).map { String($0.0) }
    }

    static func month(_ name: String) -> Int? {
        let months = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
        return months.firstIndex(of: TextFolding.fold(name)).map { $0 + 1 }
    }
}
