import HemicycleLegislation
import HemicycleModel

extension BallotContext {
    /// The "Context" section of a ballot report: the amendment(s) voted, the bill, and the
    /// bill's final fate (joint committee, Conseil constitutionnel decision, promulgation), in
    /// `language` (the Assemblée's own words — conclusions, rulings, referrals — as published).
    public func blocks(language: NumberFormatting.Language = .english) -> [ReportDocument.Block] {
        let fr = language == .french
        let colon = fr ? "\(NumberFormatting.narrowNoBreakSpace): " : ": "
        let date = { (day: CalendarDate) in fr ? DateFormatting.long(day, language: .french) : day.description }
        var document = ReportDocument()
        document.heading(fr ? "Contexte" : "Context")
        var pairs: [ReportDocument.KeyValue] = []
        for (stored, operations) in zip(amendments, operationSummaries(language: language)) {
            let a = stored.amendment
            let report = AmendmentReport(stored: stored, application: nil)
            var line = fr
                ? "n° \(a.numberLabel), déposé par \(report.authorLine(language: .french))\(colon)\(LegislationLabels.fate(a.fate, .french))"
                : "n° \(a.numberLabel) by \(report.authorLine): \(a.fate.description)"
            if let law = a.lawReference {
                line += fr ? "\(NumberFormatting.narrowNoBreakSpace); modifie \(law)\(a.lawArticle.map { ", article \($0)" } ?? "")"
                           : "; amends \(law)\(a.lawArticle.map { ", article \($0)" } ?? "")"
            }
            pairs.append(.init(fr ? "Amendement" : "Amendment", line))
            for operation in operations { pairs.append(.init(fr ? "  opération" : "  operation", operation)) }
        }
        if let uid = dossierUID {
            pairs.append(.init(fr ? "Dossier législatif" : "Bill", "\(dossierTitle ?? uid) (\(uid))"))
        }
        if let outcome = outcome.jointCommitteeOutcome { pairs.append(.init(fr ? "Commission mixte paritaire" : "Joint committee (CMP)", outcome)) }
        for referral in outcome.referrals { pairs.append(.init(fr ? "Saisine du Conseil constitutionnel" : "Referred to the Conseil constitutionnel", referral)) }
        if let d = outcome.decision {
            pairs.append(.init("Conseil constitutionnel", fr
                ? "décision n° \(d.reference)\(outcome.decisionDate.map { " du \(date($0))" } ?? "")\(colon)« \(d.ruling ?? "?") »\(d.url.map { " <\($0)>" } ?? "")"
                : "decision n° \(d.reference)\(outcome.decisionDate.map { " of \($0)" } ?? ""): \(d.ruling ?? "?")\(d.url.map { " <\($0)>" } ?? "")"))
        }
        if let p = outcome.promulgation {
            pairs.append(.init(fr ? "Promulgation" : "Promulgated", fr
                ? "loi n° \(p.lawNumber)\(outcome.promulgationDate.map { " du \(date($0))" } ?? "")\(p.journalDate.map { " (JO du \(date($0)))" } ?? "")"
                : "loi n° \(p.lawNumber)\(outcome.promulgationDate.map { " of \($0)" } ?? "")\(p.journalDate.map { ", JO of \($0)" } ?? "")"))
        } else if outcome.decision == nil, let conclusion = outcome.lastConclusion {
            pairs.append(.init(fr ? "Dernière décision" : "Last decision", conclusion))
        }
        let fate = fateLine
        if let sentence = fate.sentence(language: language) { pairs.append(.init(fr ? "Issue" : "Fate", sentence)) }
        if let provision = fate.provision {
            let certainty = provision.certainty == .sameLawArticle
                ? (fr ? "même article de la même loi" : "same article of the same law") : (fr ? "INCERTAIN" : "UNCERTAIN")
            pairs.append(.init(fr ? "Rattachement à la décision" : "Link to the decision",
                               fr ? "\(certainty)\(colon)art. \(provision.adoptedTextArticle) du texte adopté"
                                  : "\(certainty): art. \(provision.adoptedTextArticle) of the adopted text"))
            // The evidence lines are HemicycleLegislation's (ProvisionLinker), in English.
            for line in provision.evidence { pairs.append(.init(fr ? "  élément" : "  evidence", line)) }
        }
        document.keyValues(pairs)
        return document.blocks
    }

    /// The page title of the context alone in `language`.
    public func title(language: NumberFormatting.Language) -> String {
        language == .french ? "Contexte de \(ballotUID)" : "Context of \(ballotUID)"
    }

    /// What each amendment does, one line per operation ("loi n° … , article 10, I, sentence 1:
    /// replace « … » by « … »"), in the order of ``amendments``, in English (the JSON's words).
    public func operationSummaries() -> [[String]] { operationSummaries(language: .english) }

    /// ``operationSummaries()`` in `language` (``OperationLabels``).
    ///
    /// Identical amendments (*amendements identiques*, voted together) usually share their
    /// operative text word for word: each distinct text is parsed once.
    public func operationSummaries(language: NumberFormatting.Language) -> [[String]] {
        struct Dispositif: Hashable { let text: String, insertsArticle: Bool }
        var parsed: [Dispositif: [String]] = [:]
        return amendments.map { stored in
            let key = Dispositif(text: stored.amendment.operativeText, insertsArticle: stored.amendment.target.isAdditionalArticle)
            if let known = parsed[key] { return known }
            let lines = AmendmentReport.parse(stored.amendment).operations.map { OperationLabels.operation($0, language) }
            parsed[key] = lines
            return lines
        }
    }
}

extension BallotContext {
    /// What became of the vote: the amendment's fate (the first voted) then the bill's, or the
    /// bill's alone for a ballot on no amendment.
    public var fateLine: FateLine {
        let voted = amendments.first?.amendment
        let provision = voted.flatMap { amendment in
            decisionText.flatMap { ProvisionLinker.ruling(for: amendment, in: $0, decisionURL: outcome.decision?.pageURL) }
        }
        return FateLine(voted: voted?.fate.description, outcome: outcome, provision: provision)
    }
}

extension BallotContext {
    /// The context as JSON, with stable snake_case keys.
    public struct Payload: Encodable, Sendable {
        /// One amendment voted.
        public struct AmendmentJSON: Encodable, Sendable {
            let uid, numberLabel, author, fate: String
            let operations: [String]
        }
        let ballot: String
        let amendments: [AmendmentJSON]
        let dossier, dossierTitle, dossierLink, jointCommittee: String?
        let referrals: [String]
        let decision: String?, decisionRuling: String?, decisionDate: String?, decisionURL: String?
        let lawNumber: String?, promulgatedOn: String?
        /// The fate line (see ``FateLine``) and whether it warns that the provision may not be in force.
        let fate: String?, mayNotBeInForce: Bool
        /// What the decision did to the provision voted, with the evidence of the link, when the decision was imported.
        let provision: ProvisionRuling?
    }

    /// The context as JSON (the `context` of `hemicycle ballot --format json`).
    public var payload: Payload {
        Payload(
            ballot: ballotUID,
            amendments: zip(amendments, operationSummaries()).map { stored, operations in
                .init(uid: stored.amendment.uid, numberLabel: stored.amendment.numberLabel,
                      author: AmendmentReport(stored: stored, application: nil).authorLine,
                      fate: StoredAmendment.fateKey(stored.amendment.fate), operations: operations)
            },
            dossier: dossierUID, dossierTitle: dossierTitle, dossierLink: dossierMethod, jointCommittee: outcome.jointCommitteeOutcome,
            referrals: outcome.referrals, decision: outcome.decision?.reference, decisionRuling: outcome.decision?.ruling,
            decisionDate: outcome.decisionDate?.description,
            decisionURL: outcome.decision?.pageURL, lawNumber: outcome.promulgation?.lawNumber, promulgatedOn: outcome.promulgationDate?.description,
            fate: fateLine.sentence, mayNotBeInForce: fateLine.warnsNotInForce, provision: fateLine.provision
        )
    }
}
