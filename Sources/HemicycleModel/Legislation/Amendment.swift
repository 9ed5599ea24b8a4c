/// An amendment (*amendement*): a proposed change to a bill, tabled by deputies, a committee
/// rapporteur or the government, and decided on in committee or in the sitting (*séance*).
public struct Amendment: Hashable, Sendable, Codable, Identifiable {
    /// The Assemblée's uid (`AMANR5L17PO838901BTC0636P0D1N000237`).
    public var uid: String
    /// The uid, for `Identifiable`.
    public var id: String { uid }
    /// The legislature (term of the house, 17 since July 2024).
    public var legislature: Int?
    /// The number as published (`numeroLong`): `"237 (Rect)"`, `"CL2"`.
    public var numberLabel: String
    /// The number (`237`), from `numeroOrdreDepot`, else from ``numberLabel``.
    public var number: Int?
    /// The letters before the number: `"CL"` for the law committee's amendments, empty in séance.
    public var numberPrefix: String
    /// Whether the amendment was corrected after tabling (*rectifié*, "(Rect)", "(2ème Rect)").
    public var isRectified: Bool
    /// The legislative file (*dossier législatif*) it belongs to (`DLR5L16N49176`), when known:
    /// the amendment JSON does not carry it, the dump's folder does.
    public var dossierRef: String?
    /// The bill text amended (*texte législatif*, `PIONANR5L17BTC0636`).
    public var textRef: String
    /// The examination (`examenRef`): the text as examined by one body.
    public var examinationRef: String?
    /// The part of the bill targeted.
    public var target: AmendmentTarget
    /// Who tabled it.
    public var authors: AmendmentAuthors
    /// The outcome.
    public var fate: AmendmentFate
    /// The outcome label as published (`"Adopté"`), or the processing state when no outcome is
    /// published (`"Irrecevable 40"`).
    public var fateLabel: String?
    /// When it was tabled (*dépôt*).
    public var tabledOn: CalendarDate?
    /// When it was published.
    public var publishedOn: CalendarDate?
    /// When it was decided (*date du sort*).
    public var decidedOn: CalendarDate?
    /// The sitting (*séance*) where it was discussed (`RUANR5L17S2025IDS29020`).
    public var sittingRef: String?
    /// The operative text (*dispositif*) as plain text: what the amendment changes.
    public var operativeText: String
    /// The explanatory statement (*exposé sommaire*) as plain text.
    public var explanatoryStatement: String
    /// The law or code the amendment says it changes (`loiReference.codeLoi`, e.g. `"loi 2023-380"`).
    public var lawReference: String?
    /// The article of that law or code (`loiReference.divisionCodeLoi`, e.g. `"10"`).
    public var lawArticle: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(uid: String, legislature: Int? = nil, numberLabel: String, number: Int?, numberPrefix: String = "", isRectified: Bool = false, dossierRef: String? = nil, textRef: String, examinationRef: String? = nil, target: AmendmentTarget = AmendmentTarget(), authors: AmendmentAuthors = AmendmentAuthors(), fate: AmendmentFate, fateLabel: String? = nil, tabledOn: CalendarDate? = nil, publishedOn: CalendarDate? = nil, decidedOn: CalendarDate? = nil, sittingRef: String? = nil, operativeText: String, explanatoryStatement: String = "", lawReference: String? = nil, lawArticle: String? = nil) {
        self.uid = uid
        self.legislature = legislature
        self.numberLabel = numberLabel
        self.number = number
        self.numberPrefix = numberPrefix
        self.isRectified = isRectified
        self.dossierRef = dossierRef
        self.textRef = textRef
        self.examinationRef = examinationRef
        self.target = target
        self.authors = authors
        self.fate = fate
        self.fateLabel = fateLabel
        self.tabledOn = tabledOn
        self.publishedOn = publishedOn
        self.decidedOn = decidedOn
        self.sittingRef = sittingRef
        self.operativeText = operativeText
        self.explanatoryStatement = explanatoryStatement
        self.lawReference = lawReference
        self.lawArticle = lawArticle
    }
}

/// The part of a bill an amendment targets (`pointeurFragmentTexte`).
public struct AmendmentTarget: Hashable, Sendable, Codable {
    /// The division's title (`"Article 9"`, `"Article PREMIER"`).
    public var division: String?
    /// The short designation (`"APRÈS ART. 9"`, `"ART. PREMIER"`).
    public var shortDesignation: String?
    /// Whether the amendment inserts a new article (*article additionnel*).
    public var isAdditionalArticle: Bool
    /// The alinéa (paragraph of an article, numbered from 1) targeted, when one is.
    public var alinea: Int?
    /// `"Alinéa 5"`, `"Après l'alinéa 2"`.
    public var alineaDesignation: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(division: String? = nil, shortDesignation: String? = nil, isAdditionalArticle: Bool = false, alinea: Int? = nil, alineaDesignation: String? = nil) {
        self.division = division
        self.shortDesignation = shortDesignation
        self.isAdditionalArticle = isAdditionalArticle
        self.alinea = alinea
        self.alineaDesignation = alineaDesignation
    }
}

/// Who tabled an amendment (`signataires`).
public struct AmendmentAuthors: Hashable, Sendable, Codable {
    /// The kind of author as published: `"Député"`, `"Rapporteur"`, `"Gouvernement"`.
    public var kind: String?
    /// The first author, a deputy (`PA794778`); nil for the government.
    public var authorRef: String?
    /// The first author's political group (*groupe politique*, `PO845439`).
    public var groupRef: String?
    /// The government body (`PO855052`) when the government tabled it.
    public var governmentRef: String?
    /// The co-signatories (*cosignataires*), deputy refs in published order.
    public var cosignatoryRefs: [String]
    /// The signatories as printed (`"Mme Regol, M. Amirshahi…"`), plain text.
    public var label: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(kind: String? = nil, authorRef: String? = nil, groupRef: String? = nil, governmentRef: String? = nil, cosignatoryRefs: [String] = [], label: String? = nil) {
        self.kind = kind
        self.authorRef = authorRef
        self.groupRef = groupRef
        self.governmentRef = governmentRef
        self.cosignatoryRefs = cosignatoryRefs
        self.label = label
    }
}
