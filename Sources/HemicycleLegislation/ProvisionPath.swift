import HemicycleModel

/// The path of the provision an amendment brought, through the readings of its bill: the
/// amendment adopted, the text its house adopted, each later reading or joint committee (CMP)
/// and its text, the Conseil constitutionnel's decision, the promulgation — each with its date,
/// and, where the data stop short, which step is missing and why.
///
/// Built only from what the store holds: the legislative file's acts (dates, texts named,
/// conclusions), the amendment and its ballots, and, when the decision's text was imported, the
/// ruling ``ProvisionLinker`` links to the provision. The texts' content is not in the
/// Assemblée's files, so the article that carries the provision in each text is known only where
/// the decision numbers it (the text adopted by Parliament), and said to be unknown elsewhere.
public struct ProvisionPath: Hashable, Sendable {
    /// One step of the path.
    public struct Step: Hashable, Sendable {
        /// The kind of step, as a stable key (`amendment`, `house_text`, `reading`, `decision`, `promulgation`).
        public var stage: String
        /// What the step is (`"Assemblée, 1ère lecture (2ème assemblée saisie): text adopted"`).
        public var label: String
        /// The day, when the file dates it.
        public var date: CalendarDate?
        /// The texts the step names (`PIONANR5L17BTA0046`).
        public var texts: [String]
        /// The article that carries the provision in this step's text, when known (`"15"`).
        public var article: String?
        /// What happened (`"modifiée"`, `"Accord"`, `"art. 15 struck out as a cavalier législatif"`).
        public var outcome: String
        /// What the data lack at this step, nil when nothing is missing.
        public var missing: String?

        /// Creates a step from its parts (see the properties for their meaning).
        public init(stage: String, label: String, date: CalendarDate?, texts: [String] = [], article: String? = nil, outcome: String, missing: String? = nil) {
            (self.stage, self.label, self.date, self.texts, self.article, self.outcome, self.missing) = (stage, label, date, texts, article, outcome, missing)
        }
    }

    /// The steps, in the order of the file.
    public var steps: [Step]

    /// Why the path goes no further than its last step, when it stops before a promulgation.
    public var end: String?

    /// The texts' content is not in the Assemblée's files: the sentence said of every text whose article is unknown.
    public static let articleUnknown = "which article of this text carries the provision: the texts' content is not in these data"

    /// The path of `amendment` through the file's acts (`steps`, depth first, as the store gives them).
    ///
    /// - Parameters:
    ///   - ballots: the amendment's ballots (the first adopted one dates the vote when the amendment has no decision date).
    ///   - ruling: the decision's ruling on the provision, when its text was imported and a link found.
    ///   - decisionImported: whether the decision's text is in the store (to say why a ruling is missing).
    public static func build(amendment: Amendment, ballots: [LinkedBallot], steps: [StoredDossierStep], ruling: ProvisionRuling?,
                             decisionImported: Bool) -> ProvisionPath {
        var path: [Step] = []
        let target = amendment.target.isAdditionalArticle ? "a new article (\(amendment.target.shortDesignation ?? amendment.target.division ?? "additional article"))"
            : (amendment.target.division ?? amendment.target.shortDesignation ?? "the text")
        let ballot = ballots.first?.ballot
        let voted = [ballot.map { "ballot \($0.number)" }, amendment.lawReference.map { "amends \($0)" + (amendment.lawArticle.map { ", article \($0)" } ?? "") }]
            .compactMap { $0 }.joined(separator: "; ")
        path.append(Step(stage: "amendment", label: "Amendment n° \(amendment.numberLabel) to \(target)", date: amendment.decidedOn ?? ballot?.date,
                         texts: [amendment.textRef], outcome: amendment.fate.description + (voted.isEmpty ? "" : " (\(voted))")))
        guard amendment.fate == .adopted else {
            return ProvisionPath(steps: path, end: "the amendment was not adopted: there is no provision to follow")
        }

        // The reading in which the amended text was examined: the top-level act one of whose acts names that text.
        let top = steps.filter { $0.parentOrdinal == nil }
        func descendants(of root: StoredDossierStep) -> [StoredDossierStep] {
            var ordinals: Set<Int> = [root.ordinal]
            var out: [StoredDossierStep] = []
            for s in steps where s.ordinal > root.ordinal {
                guard let parent = s.parentOrdinal, ordinals.contains(parent) else { continue }
                ordinals.insert(s.ordinal)
                out.append(s)
            }
            return out
        }
        guard let readingIndex = top.firstIndex(where: { root in descendants(of: root).contains { $0.step.textRefs.contains(amendment.textRef) } }) else {
            return ProvisionPath(steps: path, end: "the legislative file names no act on text \(amendment.textRef): the readings after the vote are not in these data")
        }

        // Each reading from that one on: its last decision of a house, with the texts adopted.
        var promulgated = false
        for (index, reading) in top.enumerated() where index >= readingIndex {
            let acts = descendants(of: reading)
            switch reading.step.code {
            case "CC":
                let conclusion = acts.last(where: { $0.step.constitutionalDecision != nil }) ?? acts.last(where: { $0.step.conclusion != nil })
                let decision = conclusion?.step.constitutionalDecision
                let name = decision.map { "Conseil constitutionnel, decision \($0.reference)" } ?? "Conseil constitutionnel"
                let said = conclusion?.step.conclusion ?? decision?.ruling ?? "no conclusion recorded"
                if let ruling {
                    path.append(Step(stage: "decision", label: name, date: conclusion?.step.date ?? ruling.decisionDate, article: ruling.adoptedTextArticle,
                                     outcome: "\(said); art. \(ruling.adoptedTextArticle) of the adopted text \(describe(ruling))"
                                        + (ruling.certainty == .uncertain ? " (link uncertain)" : "")))
                } else {
                    let missing = decisionImported
                        ? "what it decided on this provision: the decision's text names no article modifying \(amendment.lawReference.map { $0 + (amendment.lawArticle.map { ", article \($0)" } ?? "") } ?? "the article amended")"
                        : "what it decided on this provision: the decision's text is not imported (`hemicycle legislation import` reads the Council's page)"
                    path.append(Step(stage: "decision", label: name, date: conclusion?.step.date, outcome: said, missing: missing))
                }
            case "PROM":
                guard let act = acts.last(where: { $0.step.promulgation != nil }), let law = act.step.promulgation else { continue }
                promulgated = true
                let without = ruling?.disposition == .struckOut
                path.append(Step(stage: "promulgation", label: "Promulgation", date: act.step.date, texts: act.step.textRefs,
                                 outcome: "loi n° \(law.lawNumber)" + (without ? ", without this provision" : ""),
                                 missing: ruling == nil ? "whether this provision is in the law: not known without the decision's ruling on it" : nil))
            default:
                // In date order (the file lists a joint committee's own decision after the houses' votes on its text).
                let decisions = acts.filter { $0.step.code.hasSuffix("-DEC") && ($0.step.date != nil || $0.step.conclusion != nil) }
                    .sorted { a, b in
                        switch (a.step.date, b.step.date) {
                        case let (x?, y?) where x != y: return x < y
                        case (nil, _?): return false
                        case (_?, nil): return true
                        default: return a.ordinal < b.ordinal
                        }
                    }
                guard !decisions.isEmpty else { continue }
                // An act that names no text (a joint committee's agreement) concerns the text its reading's report tabled.
                let reported = acts.filter { $0.step.code.contains("RAPPORT") }.flatMap(\.step.textRefs)
                let isFirst = index == readingIndex
                let isFinal = !top[(index + 1)...].contains { !["CC", "PROM"].contains($0.step.code) }
                for act in decisions {
                    let texts = act.step.textRefs.isEmpty ? reported : act.step.textRefs
                    // The decision numbers the articles of the law as Parliament finally adopted it.
                    let article = isFinal && !texts.isEmpty ? ruling?.adoptedTextArticle : nil
                    var missing: String? = texts.isEmpty ? "the text adopted: the file names none" : (article == nil ? articleUnknown : nil)
                    if isFirst && missing == articleUnknown { missing = articleUnknown + " (the amendment inserted it as \(target))" }
                    let house = house(of: act.step.code).map { " (\($0))" } ?? ""
                    path.append(Step(stage: isFirst ? "house_text" : "reading", label: "\(reading.step.label) — \(act.step.label)\(house)", date: act.step.date, texts: texts,
                                     article: article, outcome: act.step.conclusion ?? "no conclusion recorded", missing: missing))
                }
            }
        }
        let end: String? = promulgated ? nil : "the legislative file records no promulgation (yet)"
        return ProvisionPath(steps: path, end: end)
    }

    /// The house of an act from its code (`AN1-DEBATS-DEC`, `CMP-DEBATS-SN-DEC`); nil for a joint committee's own act.
    static func house(of code: String) -> String? {
        if code.hasPrefix("AN") || code.contains("-AN-") { return "Assemblée" }
        if code.hasPrefix("SN") || code.contains("-SN-") { return "Sénat" }
        return nil
    }

    /// `"struck out as a cavalier législatif (paragraph 58)"`.
    static func describe(_ ruling: ProvisionRuling) -> String {
        let paragraphs = ruling.evidence.first { $0.hasPrefix("paragraph") }.map { " — \($0)" } ?? ""
        switch ruling.disposition {
        case .struckOut: return "struck out" + (ruling.ground == .cavalier ? " as a cavalier législatif" : ruling.ground == .merits ? " as contrary to the Constitution" : "") + paragraphs
        case .partlyStruckOut: return "partly struck out" + (ruling.wordsStruck.isEmpty ? "" : " (words struck: " + ruling.wordsStruck.map { "« \($0) »" }.joined(separator: ", ") + ")") + paragraphs
        case .conformingWithReservation: return "declared in conformity subject to a reservation" + paragraphs
        case .conforming: return "declared in conformity"
        }
    }
}
