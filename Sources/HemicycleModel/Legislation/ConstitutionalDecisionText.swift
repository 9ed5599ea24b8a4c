/// The content of a decision of the Conseil constitutionnel on a law (DC), as far as a reader of
/// a vote needs it: what its operative articles (*dispositif*) say of each article of the law
/// adopted by Parliament, and which law and article each of those modifies, from the reasoning.
public struct ConstitutionalDecisionText: Hashable, Sendable, Codable {
    /// `"2025-878 DC"`.
    public var reference: String
    /// The day it was given (`"du 24 avril 2025"` in its title).
    public var date: CalendarDate?
    /// The law ruled on (`"loi relative au renforcement de la sûreté dans les transports"`).
    public var lawTitle: String?
    /// What the operative articles decide, one entry per article of the law named in them.
    public var rulings: [ArticleRuling]
    /// What the articles of the law modify, read from the reasoning.
    public var modifications: [ArticleModification]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(reference: String, date: CalendarDate?, lawTitle: String?, rulings: [ArticleRuling], modifications: [ArticleModification]) {
        self.reference = reference
        self.date = date
        self.lawTitle = lawTitle
        self.rulings = rulings
        self.modifications = modifications
    }

    /// The rulings on one article of the law (`"15"`): an article may be partly struck out in one
    /// operative article and upheld with a reservation in another.
    public func rulings(onArticle article: String) -> [ArticleRuling] { rulings.filter { $0.article == article } }
}

/// What an operative article of a decision says of one article of the law.
public struct ArticleRuling: Hashable, Sendable, Codable {
    /// The article of the law adopted by Parliament (`"15"`, `"1er"` is `"1"`).
    public var article: String
    /// Struck out, partly struck out, upheld with a reservation, upheld.
    public var disposition: ProvisionRuling.Disposition
    /// Why it was struck out (a *cavalier législatif*, or the merits), from the reasoning; nil when upheld.
    public var ground: ProvisionRuling.Ground?
    /// The words struck, for a partial censure.
    public var wordsStruck: [String]
    /// The operative article (`1` for "Article 1er") and its line that names the article.
    public var operativeArticle: Int
    public var operativeText: String
    /// The paragraphs of the reasoning that give the ground (cavalier) or the reservation.
    public var paragraphs: [Int]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(article: String, disposition: ProvisionRuling.Disposition, ground: ProvisionRuling.Ground?, wordsStruck: [String] = [],
                operativeArticle: Int, operativeText: String, paragraphs: [Int] = []) {
        self.article = article
        self.disposition = disposition
        self.ground = ground
        self.wordsStruck = wordsStruck
        self.operativeArticle = operativeArticle
        self.operativeText = operativeText
        self.paragraphs = paragraphs
    }
}

/// That an article of the law modifies an article of another law or of a code, as the reasoning
/// says it ("L'article 15 modifie l'article 10 de la loi du 19 mai 2023 mentionnée ci-dessus").
public struct ArticleModification: Hashable, Sendable, Codable {
    /// The article of the law ruled on (`"15"`).
    public var article: String
    /// The law or code modified, as the decision's list of texts names it when it can be resolved
    /// (`"loi n° 2023-380 du 19 mai 2023"`, `"code des transports"`), else as the paragraph says it.
    public var target: String
    /// The law's number, when known (`"2023-380"`); nil for a code.
    public var targetLawNumber: String?
    /// The article modified (`"10"`, `"L. 2251-4-2"`).
    public var targetArticle: String
    /// The paragraph of the reasoning, and its text.
    public var paragraph: Int
    public var text: String

    /// Creates a value from its parts (see the properties for their meaning).
    public init(article: String, target: String, targetLawNumber: String?, targetArticle: String, paragraph: Int, text: String) {
        self.article = article
        self.target = target
        self.targetLawNumber = targetLawNumber
        self.targetArticle = targetArticle
        self.paragraph = paragraph
        self.text = text
    }
}
