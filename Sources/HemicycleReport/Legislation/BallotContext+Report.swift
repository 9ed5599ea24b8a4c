import HemicycleModel
import HemicycleLegislation

extension BallotContext {
    /// The "Context" section of a ballot report: the amendment(s) voted, the bill, and the
    /// bill's final fate (joint committee, Conseil constitutionnel decision, promulgation).
    public func blocks() -> [ReportDocument.Block] {
        var document = ReportDocument()
        document.heading("Context")
        var pairs: [ReportDocument.KeyValue] = []
        for (stored, operations) in zip(amendments, operationSummaries()) {
            let a = stored.amendment
            let report = AmendmentReport(stored: stored, application: nil)
            var line = "n° \(a.numberLabel) by \(report.authorLine): \(a.fate.description)"
            if let law = a.lawReference { line += "; amends \(law)\(a.lawArticle.map { ", article \($0)" } ?? "")" }
            pairs.append(.init("Amendment", line))
            for operation in operations { pairs.append(.init("  operation", operation)) }
        }
        if let uid = dossierUID {
            pairs.append(.init("Bill", "\(dossierTitle ?? uid) (\(uid))"))
        }
        if let outcome = jointCommitteeOutcome { pairs.append(.init("Joint committee (CMP)", outcome)) }
        for referral in referrals { pairs.append(.init("Referred to the Conseil constitutionnel", referral)) }
        if let d = decision {
            pairs.append(.init("Conseil constitutionnel", "decision n° \(d.reference)\(decisionDate.map { " of \($0)" } ?? ""): \(d.ruling ?? "?")\(d.url.map { " <\($0)>" } ?? "")"))
        }
        if let p = promulgation {
            pairs.append(.init("Promulgated", "loi n° \(p.lawNumber)\(promulgationDate.map { " of \($0)" } ?? "")\(p.journalDate.map { ", JO of \($0)" } ?? "")"))
        } else if decision == nil, let conclusion = lastConclusion {
            pairs.append(.init("Last decision", conclusion))
        }
        document.keyValues(pairs)
        return document.blocks
    }

    /// What each amendment does, one line per operation ("loi n° … , article 10, I, sentence 1:
    /// replace « … » by « … »"), in the order of ``amendments``.
    ///
    /// Identical amendments (*amendements identiques*, voted together) usually share their
    /// operative text word for word: each distinct text is parsed once.
    public func operationSummaries() -> [[String]] {
        struct Dispositif: Hashable { let text: String, insertsArticle: Bool }
        var parsed: [Dispositif: [String]] = [:]
        return amendments.map { stored in
            let key = Dispositif(text: stored.amendment.operativeText, insertsArticle: stored.amendment.target.isAdditionalArticle)
            if let known = parsed[key] { return known }
            let lines = AmendmentReport.parse(stored.amendment).operations.map { "\($0.target.summary): \($0.edit.summary)" }
            parsed[key] = lines
            return lines
        }
    }
}

extension BallotContext {
    /// The context as JSON, with stable snake_case keys.
    public struct Payload: Encodable, Sendable {
        /// One amendment voted.
        public struct AmendmentJSON: Encodable, Sendable {
            let uid, numberLabel, author, fate: String
            let operations: [String]
            enum CodingKeys: String, CodingKey {
                case uid, author, fate, operations
                case numberLabel = "number_label"
            }
        }
        let ballot: String
        let amendments: [AmendmentJSON]
        let dossier, dossierTitle, dossierLink, jointCommittee: String?
        let referrals: [String]
        let decision: String?, decisionRuling: String?, decisionDate: String?, decisionURL: String?
        let lawNumber: String?, promulgatedOn: String?
        enum CodingKeys: String, CodingKey {
            case ballot, amendments, dossier, referrals, decision
            case dossierTitle = "dossier_title", dossierLink = "dossier_link", jointCommittee = "joint_committee"
            case decisionRuling = "decision_ruling", decisionDate = "decision_date", decisionURL = "decision_url"
            case lawNumber = "law_number", promulgatedOn = "promulgated_on"
        }
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
            dossier: dossierUID, dossierTitle: dossierTitle, dossierLink: dossierMethod, jointCommittee: jointCommitteeOutcome,
            referrals: referrals, decision: decision?.reference, decisionRuling: decision?.ruling, decisionDate: decisionDate?.description,
            decisionURL: decision?.url, lawNumber: promulgation?.lawNumber, promulgatedOn: promulgationDate?.description
        )
    }
}
