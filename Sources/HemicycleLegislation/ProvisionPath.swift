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
    /// What an amendment changes: a new article, or a part of the text. Facts only: the report
    /// layer words them (`ProvisionPathReport`, in English or French).
    public enum Target: Hashable, Sendable {
        /// An additional article, with its designation (`APRÈS ART. 9`) when the file gives one.
        case newArticle(String?)
        /// A part of the text (`ART. 10`), nil for the text as a whole.
        case part(String?)
    }

    /// What a step is.
    public enum Label: Hashable, Sendable {
        /// The amendment (its number label, `237 (Rect)`) and what it changes.
        case amendment(number: String, target: Target)
        /// The Conseil constitutionnel, with its decision's reference (`2025-878 DC`) when known.
        case decision(reference: String?)
        /// The promulgation.
        case promulgation
        /// An act of a reading (the file's labels, in French), with its house (`Assemblée`, `Sénat`; nil for a joint committee's own act).
        case act(reading: String, act: String, house: String?)
    }

    /// What happened at a step.
    public enum Outcome: Hashable, Sendable {
        /// The amendment's fate, the first ballot on it and the law and article it amends.
        case amendment(fate: AmendmentFate, ballot: Int?, law: String?, lawArticle: String?)
        /// The conclusion the file records (French, as published), nil when it records none.
        case recorded(String?)
        /// The decision's conclusion (nil: none recorded) and its ruling on the provision.
        case ruling(said: String?, ruling: ProvisionRuling)
        /// The law's number, and whether it was promulgated without this provision.
        case promulgation(lawNumber: String, withoutProvision: Bool)
    }

    /// What the data lack at a step.
    public enum Missing: Hashable, Sendable {
        /// The decision's text names no article modifying the law (and article) amended (nil: unknown).
        case decisionNamesNoArticle(law: String?, article: String?)
        /// The decision's text is not imported.
        case decisionNotImported
        /// Whether the provision is in the law: unknown without the decision's ruling.
        case promulgationUnknown
        /// The text adopted: the file names none.
        case noTextNamed
        /// Which article of the text carries the provision (the texts' content is not in the
        /// data); at the first reading, what the amendment inserted it as.
        case articleUnknown(insertedAs: Target?)
    }

    /// Why a path stops before a promulgation.
    public enum End: Hashable, Sendable {
        /// The amendment was not adopted.
        case notAdopted
        /// The file names no act on the amended text (its uid).
        case noActOnText(String)
        /// The file records no promulgation (yet).
        case noPromulgation
    }

    /// One step of the path.
    public struct Step: Hashable, Sendable {
        /// The kind of step, as a stable key (`amendment`, `house_text`, `reading`, `decision`, `promulgation`).
        public var stage: String
        /// What the step is.
        public var label: Label
        /// The day, when the file dates it.
        public var date: CalendarDate?
        /// The texts the step names (`PIONANR5L17BTA0046`).
        public var texts: [String]
        /// The article that carries the provision in this step's text, when known (`"15"`).
        public var article: String?
        /// What happened.
        public var outcome: Outcome
        /// What the data lack at this step, nil when nothing is missing.
        public var missing: Missing?

        /// Creates a step from its parts (see the properties for their meaning).
        public init(stage: String, label: Label, date: CalendarDate?, texts: [String] = [], article: String? = nil, outcome: Outcome, missing: Missing? = nil) {
            (self.stage, self.label, self.date, self.texts, self.article, self.outcome, self.missing) = (stage, label, date, texts, article, outcome, missing)
        }
    }

    /// The steps, in the order of the file.
    public var steps: [Step]

    /// Why the path goes no further than its last step, when it stops before a promulgation.
    public var end: End?

    /// A path of `steps`, stopping for `end` (nil: it reaches the promulgation).
    public init(steps: [Step], end: End?) {
        (self.steps, self.end) = (steps, end)
    }

    /// The path of `amendment` through the file's acts (`steps`, depth first, as the store gives them).
    ///
    /// - Parameters:
    ///   - ballots: the amendment's ballots (the first adopted one dates the vote when the amendment has no decision date).
    ///   - ruling: the decision's ruling on the provision, when its text was imported and a link found.
    ///   - decisionImported: whether the decision's text is in the store (to say why a ruling is missing).
    public static func build(amendment: Amendment, ballots: [LinkedBallot], steps: [StoredDossierStep], ruling: ProvisionRuling?,
                             decisionImported: Bool) -> ProvisionPath {
        var path: [Step] = []
        let target: Target = amendment.target.isAdditionalArticle ? .newArticle(amendment.target.shortDesignation ?? amendment.target.division)
            : .part(amendment.target.division ?? amendment.target.shortDesignation)
        let ballot = ballots.first?.ballot
        path.append(Step(stage: "amendment", label: .amendment(number: amendment.numberLabel, target: target), date: amendment.decidedOn ?? ballot?.date,
                         texts: [amendment.textRef],
                         outcome: .amendment(fate: amendment.fate, ballot: ballot?.number, law: amendment.lawReference, lawArticle: amendment.lawArticle)))
        guard amendment.fate == .adopted else { return ProvisionPath(steps: path, end: .notAdopted) }

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
            return ProvisionPath(steps: path, end: .noActOnText(amendment.textRef))
        }

        // Each reading from that one on: its last decision of a house, with the texts adopted.
        var promulgated = false
        for (index, reading) in top.enumerated() where index >= readingIndex {
            let acts = descendants(of: reading)
            switch reading.step.code {
            case "CC":
                let conclusion = acts.last(where: { $0.step.constitutionalDecision != nil }) ?? acts.last(where: { $0.step.conclusion != nil })
                let decision = conclusion?.step.constitutionalDecision
                let name = Label.decision(reference: decision?.reference)
                let said = conclusion?.step.conclusion ?? decision?.ruling
                if let ruling {
                    path.append(Step(stage: "decision", label: name, date: conclusion?.step.date ?? ruling.decisionDate, article: ruling.adoptedTextArticle,
                                     outcome: .ruling(said: said, ruling: ruling)))
                } else {
                    let missing: Missing = decisionImported
                        ? .decisionNamesNoArticle(law: amendment.lawReference, article: amendment.lawArticle) : .decisionNotImported
                    path.append(Step(stage: "decision", label: name, date: conclusion?.step.date, outcome: .recorded(said), missing: missing))
                }
            case "PROM":
                guard let act = acts.last(where: { $0.step.promulgation != nil }), let law = act.step.promulgation else { continue }
                promulgated = true
                let without = ruling?.disposition == .struckOut
                path.append(Step(stage: "promulgation", label: .promulgation, date: act.step.date, texts: act.step.textRefs,
                                 outcome: .promulgation(lawNumber: law.lawNumber, withoutProvision: without),
                                 missing: ruling == nil ? .promulgationUnknown : nil))
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
                    let missing: Missing? = texts.isEmpty ? .noTextNamed : (article == nil ? .articleUnknown(insertedAs: isFirst ? target : nil) : nil)
                    path.append(Step(stage: isFirst ? "house_text" : "reading", label: .act(reading: reading.step.label, act: act.step.label, house: house(of: act.step.code)),
                                     date: act.step.date, texts: texts, article: article, outcome: .recorded(act.step.conclusion), missing: missing))
                }
            }
        }
        let end: End? = promulgated ? nil : .noPromulgation
        return ProvisionPath(steps: path, end: end)
    }

    /// The house of an act from its code (`AN1-DEBATS-DEC`, `CMP-DEBATS-SN-DEC`); nil for a joint committee's own act.
    static func house(of code: String) -> String? {
        if code.hasPrefix("AN") || code.contains("-AN-") { return "Assemblée" }
        if code.hasPrefix("SN") || code.contains("-SN-") { return "Sénat" }
        return nil
    }
}
