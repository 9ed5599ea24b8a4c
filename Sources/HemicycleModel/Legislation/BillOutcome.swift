/// What finally became of a bill, as its legislative file records it: the joint committee, the
/// referral to the Conseil constitutionnel and its decision, the promulgation, or the last
/// decision of a house when the file stops before those.
///
/// One reading of a dossier's acts, shared by every report that states a bill's fate.
public struct BillOutcome: Hashable, Sendable, Codable {
    /// The joint committee (CMP) outcome ("Accord"), when there was one.
    public var jointCommitteeOutcome: String?
    /// Who referred the law to the Conseil constitutionnel, with the date (`"2025-03-24: Soixante députés au moins"`).
    public var referrals: [String]
    /// The Conseil constitutionnel's decision, and its date.
    public var decision: ConstitutionalDecision?
    public var decisionDate: CalendarDate?
    /// The promulgation, and its date.
    public var promulgation: Promulgation?
    public var promulgationDate: CalendarDate?
    /// The last decision of a house (`"adoptée"`), from acts whose code ends in `-DEC`.
    public var lastConclusion: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(jointCommitteeOutcome: String? = nil, referrals: [String] = [], decision: ConstitutionalDecision? = nil, decisionDate: CalendarDate? = nil,
                promulgation: Promulgation? = nil, promulgationDate: CalendarDate? = nil, lastConclusion: String? = nil) {
        self.jointCommitteeOutcome = jointCommitteeOutcome
        self.referrals = referrals
        self.decision = decision
        self.decisionDate = decisionDate
        self.promulgation = promulgation
        self.promulgationDate = promulgationDate
        self.lastConclusion = lastConclusion
    }

    /// Reads the acts of a file, depth first (``Dossier/allSteps``), each with who referred it to
    /// the Council when it is a referral act; the last act of each kind wins.
    public init(steps: [(step: DossierStep, referral: String?)]) {
        self.init()
        for (step, referral) in steps {
            if step.code == "CMP-DEC", let outcome = step.conclusion { jointCommitteeOutcome = outcome }
            if let referral { referrals.append([step.date?.description, referral].compactMap { $0 }.joined(separator: ": ")) }
            if let decision = step.constitutionalDecision { self.decision = decision; decisionDate = step.date }
            if let law = step.promulgation { promulgation = law; promulgationDate = step.date }
            if let conclusion = step.conclusion, step.code.hasSuffix("-DEC") { lastConclusion = conclusion }
        }
    }
}
