import HemicycleModel

/// The one sentence that says what became of a vote or a bill after the houses: the Conseil
/// constitutionnel's decision, the promulgation. Every face that gives a bill's outcome (`ballot`,
/// `legislation context`, `amendment`, `dossier`, the share card, their JSON) words it here.
///
/// It never overstates: unless the Council declared the law in conformity as a whole
/// (*Conforme*), the line says that the law was struck down in part (or whole, or stands only as
/// the Council reads it) and that the provision may not be in force, naming the decision and
/// linking it. When the decision's detail is known for the provision itself
/// (``ProvisionRuling``), the line says what happened to that provision instead.
public struct FateLine: Hashable, Sendable {
    /// What the vote itself decided (`"adopted"`, an amendment's fate); nil for a whole bill.
    public var voted: String?
    /// What became of the bill.
    public var outcome: BillOutcome
    /// What the decision did to the provision voted, when known.
    public var provision: ProvisionRuling?

    /// Creates a line for a vote (`voted`: its outcome) or, with `voted` nil, for a bill.
    public init(voted: String? = nil, outcome: BillOutcome, provision: ProvisionRuling? = nil) {
        self.voted = voted
        self.outcome = outcome
        self.provision = provision
    }

    /// Whether the line warns that the provision (or part of the law) may not be in force.
    public var warnsNotInForce: Bool {
        if let provision { return provision.disposition == .struckOut || provision.disposition == .partlyStruckOut }
        guard let decision = outcome.decision else { return false }
        return decision.verdict != .conforming
    }

    /// The decision named as "2025-878 DC, 24 April 2025".
    private func decisionName(_ reference: String, _ date: CalendarDate?, language: NumberFormatting.Language = .english) -> String {
        [reference, date.map { DateFormatting.long($0, language: language) }].compactMap { $0 }.joined(separator: ", ")
    }

    private var isProvision: Bool { voted != nil }

    /// The sentence, in English: `"adopted; then struck out by the Conseil constitutionnel as a
    /// cavalier législatif (2025-878 DC, 24 April 2025, art. 15 of the adopted text)"`, or at the
    /// bill's level `"adopted; the law was then partly struck down by the Conseil constitutionnel
    /// (2025-878 DC, 24 April 2025: « Partiellement conforme »), …: this provision may not be in
    /// force — <url>"`. Nil when there is nothing to say (no vote outcome and no bill outcome).
    public var sentence: String? { sentence(language: .english) }

    /// The sentence in `language`; in French as a jurist writes it: `"adopté ; la loi a ensuite été
    /// partiellement censurée par le Conseil constitutionnel (décision n° 2025-878 DC du 24 avril
    /// 2025 : « Partiellement conforme ») et promulguée (loi n° 2025-379 du 28 avril 2025) : cette
    /// disposition peut ne pas être en vigueur — <url>"`.
    public func sentence(language: NumberFormatting.Language) -> String? {
        let french = language == .french
        var parts: [String] = []
        if let voted { parts.append(french ? LegislationLabels.fate(description: voted, .french) : voted) }
        if let provision, voted == nil || voted == AmendmentFate.adopted.description {
            parts.append(french ? frenchProvisionClause(provision) : provisionClause(provision))
        } else if let clause = french ? frenchBillClause : billClause {
            parts.append(clause)
        }
        return parts.isEmpty ? nil : parts.joined(separator: french ? "\(NumberFormatting.narrowNoBreakSpace); " : "; ")
    }

    private func provisionClause(_ p: ProvisionRuling) -> String {
        let name = decisionName(p.decisionReference, p.decisionDate) + ", art. \(p.adoptedTextArticle) of the adopted text"
        var clause: String
        switch p.disposition {
        case .struckOut:
            let why = p.ground == .cavalier ? " as a cavalier législatif" : p.ground == .merits ? " as contrary to the Constitution" : ""
            clause = "then struck out by the Conseil constitutionnel\(why) (\(name)): it did not become law"
        case .partlyStruckOut:
            let words = p.wordsStruck.map { "« \($0) »" }.joined(separator: ", ")
            clause = "then partly struck out by the Conseil constitutionnel (\(name)\(words.isEmpty ? "" : "; words struck: \(words)")): the rest may be in force"
        case .conformingWithReservation:
            clause = "then declared in conformity by the Conseil constitutionnel subject to a reservation (\(name)): it applies only as the Council interprets it"
        case .conforming:
            clause = "then declared in conformity by the Conseil constitutionnel (\(name))"
        }
        if p.disposition == .struckOut, let law = outcome.promulgation {
            clause += "; loi n° \(law.lawNumber) was promulgated without it"
        }
        if p.certainty == .uncertain { clause += " — link uncertain: see the evidence" }
        if let url = p.decisionURL { clause += " — <\(url)>" }
        return clause
    }

    /// The bill-level clause, from the decision's ruling and the promulgation.
    private var billClause: String? {
        let law = outcome.promulgation.map { p in
            "loi n° \(p.lawNumber)" + (outcome.promulgationDate.map { " on \(DateFormatting.long($0, language: .english))" } ?? "")
        }
        let subject = isProvision ? "this provision" : "some of its provisions"
        guard let decision = outcome.decision else {
            if let law { return isProvision ? "the bill was later promulgated as \(law)" : "promulgated as \(law)" }
            if let last = outcome.lastConclusion { return "last recorded decision: « \(last) »" }
            return nil
        }
        let name = decisionName(decision.reference, outcome.decisionDate)
        let ruling = decision.ruling.map { ": « \($0) »" } ?? ": ruling not recorded"
        let link = decision.pageURL.map { " — <\($0)>" } ?? ""
        let promulgated = law.map { " and promulgated as \($0)" } ?? ""
        let the = isProvision ? "the law was then " : ""
        switch decision.verdict {
        case .conforming:
            return "\(the)declared in conformity with the Constitution (\(name))\(promulgated)"
        case .conformingWithReservations:
            return "\(the)declared in conformity with reservations by the Conseil constitutionnel (\(name)\(ruling))\(promulgated): "
                + (isProvision ? "this provision may apply only as the Council interprets it" : "some provisions apply only as the Council interprets them") + link
        case .partlyUnconstitutional:
            return "\(the)partly struck down by the Conseil constitutionnel (\(name)\(ruling))\(promulgated): \(subject) may not be in force\(link)"
        case .unconstitutional:
            return "\(the)struck down by the Conseil constitutionnel (\(name)\(ruling)): \(isProvision ? "this provision is" : "it is") not in force\(link)"
        case .unknown:
            return "\(isProvision ? "the law was then " : "")ruled on by the Conseil constitutionnel (\(name)\(ruling))\(promulgated): \(subject) may not be in force\(link)"
        }
    }

    /// The result shown on a share card: `"Adopté — loi censurée en partie par le Conseil
    /// constitutionnel (2025-878 DC)"`; the result alone when the law stands as voted or
    /// nothing is known.
    public func cardResult(_ result: String, language: NumberFormatting.Language) -> String {
        guard let caveat = cardCaveat(language: language) else { return result }
        return "\(result) — \(caveat)"
    }

    /// The caveat alone (`"loi censurée en partie par le Conseil constitutionnel (2025-878 DC)"`),
    /// nil when the law stands as voted or nothing is known.
    public func cardCaveat(language: NumberFormatting.Language) -> String? {
        let french = language == .french
        if let p = provision, voted == nil || voted == AmendmentFate.adopted.description {
            switch p.disposition {
            case .struckOut:
                let why = p.ground == .cavalier ? "cavalier législatif, " : ""
                return french ? "puis censuré par le Conseil constitutionnel (\(why)\(p.decisionReference))"
                    : "then struck out by the Conseil constitutionnel (\(why)\(p.decisionReference))"
            case .partlyStruckOut:
                return french ? "puis censuré en partie par le Conseil constitutionnel (\(p.decisionReference))"
                    : "then partly struck out by the Conseil constitutionnel (\(p.decisionReference))"
            case .conformingWithReservation:
                return french ? "validé sous réserve par le Conseil constitutionnel (\(p.decisionReference))"
                    : "upheld with a reservation by the Conseil constitutionnel (\(p.decisionReference))"
            case .conforming:
                return nil
            }
        }
        guard let decision = outcome.decision else { return nil }
        let ref = decision.reference
        switch decision.verdict {
        case .conforming: return nil
        case .conformingWithReservations:
            return french ? "loi validée avec réserves par le Conseil constitutionnel (\(ref))" : "law upheld with reservations by the Conseil constitutionnel (\(ref))"
        case .partlyUnconstitutional:
            return french ? "loi censurée en partie par le Conseil constitutionnel (\(ref))" : "law partly struck down by the Conseil constitutionnel (\(ref))"
        case .unconstitutional:
            return french ? "loi censurée par le Conseil constitutionnel (\(ref))" : "law struck down by the Conseil constitutionnel (\(ref))"
        case .unknown:
            return french ? "loi soumise au Conseil constitutionnel (\(ref)) : peut ne pas être en vigueur" : "law ruled on by the Conseil constitutionnel (\(ref)): may not be in force"
        }
    }

    // MARK: French

    private static let colon = "\(NumberFormatting.narrowNoBreakSpace): "

    /// The decision named as a jurist does: "décision n° 2025-878 DC du 24 avril 2025".
    private func frenchDecisionName(_ reference: String, _ date: CalendarDate?) -> String {
        "décision n° \(reference)" + (date.map { " du \(DateFormatting.long($0, language: .french))" } ?? "")
    }

    private func frenchProvisionClause(_ p: ProvisionRuling) -> String {
        let c = Self.colon
        let name = frenchDecisionName(p.decisionReference, p.decisionDate) + ", art. \(p.adoptedTextArticle) du texte adopté"
        var clause: String
        switch p.disposition {
        case .struckOut:
            let why = p.ground == .cavalier ? " comme cavalier législatif" : p.ground == .merits ? " comme contraire à la Constitution" : ""
            clause = "puis censuré par le Conseil constitutionnel\(why) (\(name))\(c)la disposition n’est pas entrée en vigueur"
        case .partlyStruckOut:
            let words = p.wordsStruck.map { "« \($0) »" }.joined(separator: ", ")
            clause = "puis partiellement censuré par le Conseil constitutionnel (\(name)\(words.isEmpty ? "" : "\(NumberFormatting.narrowNoBreakSpace); mots censurés\(c)\(words)"))\(c)le reste peut être en vigueur"
        case .conformingWithReservation:
            clause = "puis déclaré conforme à la Constitution par le Conseil constitutionnel sous réserve d’interprétation (\(name))\(c)il ne s’applique que selon l’interprétation qu’en donne le Conseil"
        case .conforming:
            clause = "puis déclaré conforme à la Constitution par le Conseil constitutionnel (\(name))"
        }
        if p.disposition == .struckOut, let law = outcome.promulgation {
            clause += "\(NumberFormatting.narrowNoBreakSpace); la loi n° \(law.lawNumber) a été promulguée sans cette disposition"
        }
        if p.certainty == .uncertain { clause += " — lien incertain\(c)voir les éléments de rattachement" }
        if let url = p.decisionURL { clause += " — <\(url)>" }
        return clause
    }

    /// The bill-level clause in French: the law is feminine (*la loi … promulguée*).
    private var frenchBillClause: String? {
        let c = Self.colon
        let law = outcome.promulgation.map { p in
            "loi n° \(p.lawNumber)" + (outcome.promulgationDate.map { " du \(DateFormatting.long($0, language: .french))" } ?? "")
        }
        let subject = isProvision ? "cette disposition peut" : "certaines de ses dispositions peuvent"
        guard let decision = outcome.decision else {
            if let law { return isProvision ? "le texte a ensuite été promulgué (\(law))" : "promulgation\(c)\(law)" }
            if let last = outcome.lastConclusion { return "dernière décision enregistrée\(c)« \(last) »" }
            return nil
        }
        let name = frenchDecisionName(decision.reference, outcome.decisionDate)
        let ruling = decision.ruling.map { "\(c)« \($0) »" } ?? "\(c)sens de la décision non enregistré"
        let link = decision.pageURL.map { " — <\($0)>" } ?? ""
        let promulgated = law.map { " et promulguée (\($0))" } ?? ""
        let the = isProvision ? "la loi a ensuite été " : "loi "
        switch decision.verdict {
        case .conforming:
            return "\(the)déclarée conforme à la Constitution (\(name))\(promulgated)"
        case .conformingWithReservations:
            return "\(the)déclarée conforme à la Constitution sous réserves par le Conseil constitutionnel (\(name)\(ruling))\(promulgated)\(c)"
                + (isProvision ? "cette disposition peut ne s’appliquer que selon l’interprétation qu’en donne le Conseil"
                               : "certaines dispositions ne s’appliquent que selon l’interprétation qu’en donne le Conseil") + link
        case .partlyUnconstitutional:
            return "\(the)partiellement censurée par le Conseil constitutionnel (\(name)\(ruling))\(promulgated)\(c)\(subject) ne pas être en vigueur\(link)"
        case .unconstitutional:
            return "\(the)censurée par le Conseil constitutionnel (\(name)\(ruling))\(c)\(isProvision ? "cette disposition n’est" : "elle n’est") pas en vigueur\(link)"
        case .unknown:
            return "\(the)soumise au Conseil constitutionnel (\(name)\(ruling))\(promulgated)\(c)\(subject) ne pas être en vigueur\(link)"
        }
    }
}
