import HemicycleLegislation
import HemicycleModel

/// The words of a provision's path (``ProvisionPath``) in English and French: the path itself
/// holds facts (a fate, a ruling, what is missing), the report layer says them.
public enum ProvisionPathLabels {
    public typealias Language = NumberFormatting.Language

    /// `" :"` before a French colon (a narrow no-break space), `":"` in English.
    static func colon(_ language: Language) -> String { language == .french ? "\(NumberFormatting.narrowNoBreakSpace):" : ":" }

    /// What an amendment changes: `a new article (APRÈS ART. 9)`, `ART. 10`, `the text`.
    public static func target(_ target: ProvisionPath.Target, _ language: Language) -> String {
        let fr = language == .french
        switch target {
        case .newArticle(let designation):
            return (fr ? "un article additionnel" : "a new article") + " (\(designation ?? (fr ? "article additionnel" : "additional article")))"
        case .part(let part): return part ?? (fr ? "le texte" : "the text")
        }
    }

    /// What a step is: `Amendment n° 237 (Rect) to a new article (APRÈS ART. 9)`, `Conseil constitutionnel, decision 2025-878 DC`.
    public static func label(_ label: ProvisionPath.Label, _ language: Language) -> String {
        let fr = language == .french
        switch label {
        case .amendment(let number, let target): return (fr ? "Amendement n° \(number) visant " : "Amendment n° \(number) to ") + Self.target(target, language)
        case .decision(let reference): return reference.map { "Conseil constitutionnel, \(fr ? "décision" : "decision") \($0)" } ?? "Conseil constitutionnel"
        case .promulgation: return "Promulgation"
        case .act(let reading, let act, let house): return "\(reading) — \(act)" + (house.map { " (\($0))" } ?? "")
        }
    }

    /// What happened at a step: `adopted (ballot 773; amends loi 2023-380, article 10)`, `modifiée`, `loi n° 2025-379`.
    public static func outcome(_ outcome: ProvisionPath.Outcome, _ language: Language) -> String {
        let fr = language == .french
        let none = fr ? "aucune conclusion enregistrée" : "no conclusion recorded"
        switch outcome {
        case .amendment(let fate, let ballot, let law, let article):
            let voted = [ballot.map { (fr ? "scrutin " : "ballot ") + "\($0)" },
                         law.map { (fr ? "modifie " : "amends ") + $0 + (article.map { ", article \($0)" } ?? "") }]
                .compactMap { $0 }.joined(separator: fr ? "\(NumberFormatting.narrowNoBreakSpace); " : "; ")
            return (fr ? LegislationLabels.fate(fate, .french) : fate.description) + (voted.isEmpty ? "" : " (\(voted))")
        case .recorded(let conclusion): return conclusion ?? none
        case .ruling(let said, let ruling):
            let uncertain = ruling.certainty == .uncertain ? (fr ? " (lien incertain)" : " (link uncertain)") : ""
            return "\(said ?? none); art. \(ruling.adoptedTextArticle) \(fr ? "du texte adopté" : "of the adopted text") \(describe(ruling, language))\(uncertain)"
        case .promulgation(let lawNumber, let without):
            return "loi n° \(lawNumber)" + (without ? (fr ? ", sans cette disposition" : ", without this provision") : "")
        }
    }

    /// What the Council ruled on the provision: `struck out as a cavalier législatif — paragraph 58`.
    static func describe(_ ruling: ProvisionRuling, _ language: Language) -> String {
        let fr = language == .french
        let paragraphs = ruling.evidence.first { $0.hasPrefix("paragraph") }
            .map { " — " + (fr && $0.hasPrefix("paragraph ") ? "paragraphe " + $0.dropFirst("paragraph ".count) : $0) } ?? ""
        switch ruling.disposition {
        case .struckOut:
            let why = ruling.ground == .cavalier ? (fr ? " comme cavalier législatif" : " as a cavalier législatif")
                : ruling.ground == .merits ? (fr ? " comme contraire à la Constitution" : " as contrary to the Constitution") : ""
            return (fr ? "censuré" : "struck out") + why + paragraphs
        case .partlyStruckOut:
            let words = ruling.wordsStruck.isEmpty ? ""
                : " (\(fr ? "mots censurés" + colon(language) : "words struck:") " + ruling.wordsStruck.map { "« \($0) »" }.joined(separator: ", ") + ")"
            return (fr ? "censuré en partie" : "partly struck out") + words + paragraphs
        case .conformingWithReservation: return (fr ? "déclaré conforme sous réserve" : "declared in conformity subject to a reservation") + paragraphs
        case .conforming: return fr ? "déclaré conforme" : "declared in conformity"
        }
    }

    /// What the data lack at a step.
    public static func missing(_ missing: ProvisionPath.Missing, _ language: Language) -> String {
        let fr = language == .french
        let c = colon(language)
        switch missing {
        case .decisionNamesNoArticle(let law, let article):
            let amended = law.map { $0 + (article.map { ", article \($0)" } ?? "") } ?? (fr ? "l'article modifié" : "the article amended")
            return fr ? "ce qu'elle a décidé sur cette disposition\(c) le texte de la décision ne cite aucun article modifiant \(amended)"
                : "what it decided on this provision: the decision's text names no article modifying \(amended)"
        case .decisionNotImported:
            return fr ? "ce qu'elle a décidé sur cette disposition\(c) le texte de la décision n'est pas importé (`hemicycle legislation import` lit la page du Conseil)"
                : "what it decided on this provision: the decision's text is not imported (`hemicycle legislation import` reads the Council's page)"
        case .promulgationUnknown:
            return fr ? "si cette disposition figure dans la loi\(c) inconnu sans la décision du Conseil à son sujet"
                : "whether this provision is in the law: not known without the decision's ruling on it"
        case .noTextNamed: return fr ? "le texte adopté\(c) le dossier n'en nomme aucun" : "the text adopted: the file names none"
        case .articleUnknown(let insertedAs):
            let base = fr ? "quel article de ce texte porte la disposition\(c) le contenu des textes n'est pas dans ces données"
                : "which article of this text carries the provision: the texts' content is not in these data"
            return base + (insertedAs.map { fr ? " (l'amendement l'a inséré comme \(target($0, language)))" : " (the amendment inserted it as \(target($0, language)))" } ?? "")
        }
    }

    /// Why the path stops before a promulgation.
    public static func end(_ end: ProvisionPath.End, _ language: Language) -> String {
        let fr = language == .french
        let c = colon(language)
        switch end {
        case .notAdopted:
            return fr ? "l'amendement n'a pas été adopté\(c) il n'y a pas de disposition à suivre" : "the amendment was not adopted: there is no provision to follow"
        case .noActOnText(let text):
            return fr ? "le dossier législatif ne nomme aucun acte sur le texte \(text)\(c) les lectures après le vote ne sont pas dans ces données"
                : "the legislative file names no act on text \(text): the readings after the vote are not in these data"
        case .noPromulgation: return fr ? "le dossier législatif n'enregistre (encore) aucune promulgation" : "the legislative file records no promulgation (yet)"
        }
    }
}
