/// One act of a legislative file (*acte législatif*): a reading, a committee's work, a
/// sitting, a decision, a referral… Acts nest: a reading holds committee work, which holds
/// meetings and reports.
public struct DossierStep: Hashable, Sendable, Codable {
    /// The act's uid (`L17-VD224759CCC`).
    public var uid: String
    /// The act's code (`codeActe`): `"AN1"` (first reading at the Assemblée), `"CMP"` (joint
    /// committee, *commission mixte paritaire*), `"CC"` (Conseil constitutionnel), `"PROM"`…
    /// Sub-acts extend their parent's code (`"CC-CONCLUSION"`, `"PROM-PUB"`).
    public var code: String
    /// The act's schema type without the suffix (`"Decision"`, `"Promulgation"`).
    public var kind: String?
    /// The label (`libelleActe.nomCanonique`, `"Conclusion du conseil constitutionnel"`).
    public var label: String
    /// The date of the act, when dated (container acts are not).
    public var date: CalendarDate?
    /// The body (*organe*) acting (`PO76034` is the Conseil constitutionnel).
    public var bodyRef: String?
    /// Texts attached (`texteAssocie`, `texteAdopte`, `textesAssocies`, `texteLoiRef`).
    public var textRefs: [String]
    /// Ballots (*scrutins*) held for this act (`VTANR5L17V773`).
    public var voteRefs: [String]
    /// The meeting or sitting (`reunionRef`).
    public var sittingRef: String?
    /// The outcome (`statutConclusion` or `decision`): `"adoptée"`, `"Partiellement conforme"`, `"Accord"`.
    public var conclusion: String?
    /// The Conseil constitutionnel's decision, for its conclusion act.
    public var constitutionalDecision: ConstitutionalDecision?
    /// The promulgated law, for the promulgation act.
    public var promulgation: Promulgation?
    /// The sub-acts, in order.
    public var steps: [DossierStep]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(uid: String, code: String, kind: String? = nil, label: String, date: CalendarDate? = nil, bodyRef: String? = nil, textRefs: [String] = [], voteRefs: [String] = [], sittingRef: String? = nil, conclusion: String? = nil, constitutionalDecision: ConstitutionalDecision? = nil, promulgation: Promulgation? = nil, steps: [DossierStep] = []) {
        self.uid = uid
        self.code = code
        self.kind = kind
        self.label = label
        self.date = date
        self.bodyRef = bodyRef
        self.textRefs = textRefs
        self.voteRefs = voteRefs
        self.sittingRef = sittingRef
        self.conclusion = conclusion
        self.constitutionalDecision = constitutionalDecision
        self.promulgation = promulgation
        self.steps = steps
    }

    /// This step then its sub-steps, depth first.
    public var flattened: [DossierStep] { [self] + steps.flatMap(\.flattened) }
}

/// A decision of the Conseil constitutionnel (the constitutional court) on a law referred to it.
public struct ConstitutionalDecision: Hashable, Sendable, Codable {
    /// `"2025-878 DC"`: year, number, and the kind (DC = review before promulgation).
    public var reference: String
    /// The decision's number in its year (`878`).
    public var number: String
    /// The year (`2025`).
    public var year: String?
    /// The ruling (`"Partiellement conforme"`: partly in conformity with the Constitution).
    public var ruling: String?
    /// The decision's page.
    public var url: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(reference: String, number: String, year: String?, ruling: String?, url: String?) {
        self.reference = reference
        self.number = number
        self.year = year
        self.ruling = ruling
        self.url = url
    }
}

/// A law's promulgation and publication in the *Journal officiel* (JO, the official gazette).
public struct Promulgation: Hashable, Sendable, Codable {
    /// The law's number (`"2025-379"`).
    public var lawNumber: String
    /// The law's title after "loi n° … du …" (`"relative au renforcement de la sûreté dans les transports"`).
    public var title: String?
    /// The date of the JO issue.
    public var journalDate: CalendarDate?
    /// The JO issue number (`"101"`).
    public var journalNumber: String?
    /// The NOR identifier (`"INTX2404435L"`).
    public var nor: String?
    /// The Légifrance page.
    public var legifranceURL: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(lawNumber: String, title: String?, journalDate: CalendarDate?, journalNumber: String?, nor: String?, legifranceURL: String?) {
        self.lawNumber = lawNumber
        self.title = title
        self.journalDate = journalDate
        self.journalNumber = journalNumber
        self.nor = nor
        self.legifranceURL = legifranceURL
    }
}
