/// What the Conseil constitutionnel decided about one provision a vote adopted: the article of the
/// law adopted by Parliament (the *texte adopté*) that carries the provision, how the decision
/// dealt with it, and how sure the link between the vote and that article is.
public struct ProvisionRuling: Hashable, Sendable, Codable {
    /// How the decision dealt with the article.
    public enum Disposition: String, Hashable, Sendable, Codable {
        /// Declared contrary to the Constitution as a whole: struck out of the law.
        case struckOut = "struck_out"
        /// Some of its words struck out (``ProvisionRuling/wordsStruck``), the rest standing.
        case partlyStruckOut = "partly_struck_out"
        /// Declared in conformity subject to an interpretive reservation.
        case conformingWithReservation = "conforming_with_reservation"
        /// Declared in conformity.
        case conforming
    }

    /// Why an article was struck out.
    public enum Ground: String, Hashable, Sendable, Codable {
        /// A *cavalier législatif*: introduced by amendment with no link, even indirect, with the
        /// bill as tabled (Constitution, art. 45): struck out for the procedure, not the content.
        case cavalier
        /// Contrary to the Constitution on the merits.
        case merits
    }

    /// How sure the link between the vote's amendment and the article is.
    public enum Certainty: String, Hashable, Sendable, Codable {
        /// The amendment and the article modify the same article of the same law, and no other
        /// article ruled on does.
        case sameLawArticle = "same_law_article"
        /// Only a weaker match (same law, or several articles modify the same one): shown as uncertain.
        case uncertain
    }

    /// The decision (`"2025-878 DC"`), its date and page.
    public var decisionReference: String
    public var decisionDate: CalendarDate?
    public var decisionURL: String?
    /// The article of the adopted text (`"15"`).
    public var adoptedTextArticle: String
    public var disposition: Disposition
    /// Why it was struck out; nil when it was not.
    public var ground: Ground?
    /// The words struck, for a partial censure.
    public var wordsStruck: [String]
    public var certainty: Certainty
    /// The evidence of the link, quoted from the decision and the amendment
    /// (`"paragraph 72: « L'article 15 modifie l'article 10 de la loi du 19 mai 2023 … »"`).
    public var evidence: [String]

    /// JSON keys in snake_case, as every payload of Hemicycle.
    enum CodingKeys: String, CodingKey {
        case disposition, ground, certainty, evidence
        case decisionReference = "decision_reference", decisionDate = "decision_date", decisionURL = "decision_url"
        case adoptedTextArticle = "adopted_text_article", wordsStruck = "words_struck"
    }

    /// Creates a value from its parts (see the properties for their meaning).
    public init(decisionReference: String, decisionDate: CalendarDate?, decisionURL: String?, adoptedTextArticle: String, disposition: Disposition,
                ground: Ground?, wordsStruck: [String] = [], certainty: Certainty, evidence: [String]) {
        self.decisionReference = decisionReference
        self.decisionDate = decisionDate
        self.decisionURL = decisionURL
        self.adoptedTextArticle = adoptedTextArticle
        self.disposition = disposition
        self.ground = ground
        self.wordsStruck = wordsStruck
        self.certainty = certainty
        self.evidence = evidence
    }
}
