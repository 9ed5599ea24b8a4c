import HemicycleModel

/// The timeline of a bill (*dossier législatif*) as a report document and as JSON
/// (`hemicycle dossier`, a dossier page): its acts with their texts, outcomes and ballots, the
/// ballots with their turnout, the amendments by fate, and what became of the bill (``FateLine``).
public struct DossierReport: Sendable {
    /// The dossier as stored, with its acts, documents, ballots and amendment counts.
    public let dossier: StoredDossier

    /// A report of `dossier`.
    public init(dossier: StoredDossier) {
        self.dossier = dossier
    }

    /// What became of the bill (see ``FateLine``).
    public var fateLine: FateLine {
        FateLine(outcome: BillOutcome(steps: dossier.steps.map { ($0.step, $0.referral) }))
    }

    /// Every ballot of the dossier: those of its acts, in order, then the others.
    public var ballots: [LinkedBallot] { dossier.steps.flatMap(\.ballots) + dossier.otherBallots }

    /// The texts of an act: `PIONANR5L17B0134 (Proposition de loi, 2024-07-23)`, the uid alone
    /// when the document is not stored.
    public func texts(_ step: DossierStep) -> String {
        step.textRefs.map { ref in
            guard let d = dossier.documents[ref] else { return ref }
            return "\(ref) (\([d.kindLabel, d.tabledOn].compactMap { $0 }.joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// The outcome column in `language`: referral, decision or conclusion, promulgation.
    public func outcome(_ s: StoredDossierStep, language: NumberFormatting.Language = .english) -> String {
        let fr = language == .french
        let colon = fr ? "\(NumberFormatting.narrowNoBreakSpace): " : ": "
        var parts: [String] = []
        if let referral = s.referral { parts.append((fr ? "saisine par" : "referred by") + colon + referral) }
        if let d = s.step.constitutionalDecision {
            parts.append("\(fr ? "décision" : "decision") n° \(d.reference)\(colon)\(d.ruling ?? "?")\(d.url.map { " <\($0)>" } ?? "")")
        } else if let conclusion = s.step.conclusion {
            parts.append(conclusion)
        }
        if let p = s.step.promulgation {
            var text = "loi n° \(p.lawNumber)"
            if let title = p.title { text += " \(title)" }
            if let jo = p.journalDate { text += fr ? ", JO n° \(p.journalNumber ?? "?") du \(jo)" : ", JO n° \(p.journalNumber ?? "?") of \(jo)" }
            if let url = p.legifranceURL { text += " <\(url)>" }
            parts.append(text)
        }
        return parts.joined(separator: fr ? "\(NumberFormatting.narrowNoBreakSpace); " : "; ")
    }

    /// The dossier as a document in `language` (column keys stay English; the Assemblée's own
    /// labels — acts, conclusions, rulings — are French in both).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var document = ReportDocument()
        document.heading("Dossier \(dossier.uid) — \(dossier.title)", level: 1)
        var pairs: [ReportDocument.KeyValue] = []
        if let procedure = dossier.procedure { pairs.append(.init(fr ? "Procédure" : "Procedure", procedure)) }
        if let legislature = dossier.legislature { pairs.append(.init(fr ? "Législature" : "Legislature", "\(legislature)")) }
        if let senate = dossier.senateURL { pairs.append(.init(fr ? "Dossier au Sénat" : "Senate file", senate)) }
        let ballots = self.ballots
        pairs.append(.init(fr ? "Scrutins" : "Ballots", "\(ballots.count)"))
        if let fate = fateLine.sentence(language: language) { pairs.append(.init(fr ? "Issue" : "Fate", fate)) }
        document.keyValues(pairs)
        var timeline = ReportTable(title: fr ? "Chronologie" : "Timeline", columns: [
            .init("Date", key: "date"), .init(fr ? "Acte" : "Step", key: "step"), .init("Code", key: "code"),
            .init(fr ? "Textes" : "Texts", key: "texts"), .init(fr ? "Issue" : "Outcome", key: "outcome"),
            .init(fr ? "Scrutins" : "Ballots", key: "ballots"),
        ])
        for s in dossier.steps {
            let indent = String(repeating: "  ", count: s.depth)
            timeline.append([s.step.date?.description ?? "", indent + s.step.label, s.step.code, texts(s.step), outcome(s, language: language),
                             s.ballots.map { "n° \($0.ballot.number)" }.joined(separator: ", ")])
        }
        document.table(timeline)
        if !ballots.isEmpty {
            var table = ReportTable(title: fr ? "Scrutins" : "Ballots", columns: [
                .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init(fr ? "Acte" : "Step", key: "step"),
                .init(fr ? "Résultat" : "Result", key: "result"), .init(fr ? "Participation" : "Turnout", key: "turnout"),
                .init(fr ? "Titre" : "Title", key: "title"), .init(fr ? "Lien" : "Link", key: "link"),
            ])
            for s in dossier.steps {
                for b in s.ballots { table.append(row(b, step: s.step.code, language: language)) }
            }
            for b in dossier.otherBallots { table.append(row(b, step: "", language: language)) }
            document.table(table)
        }
        var fates = ReportTable(title: fr ? "Amendements par sort" : "Amendments by fate", columns: [
            .init(fr ? "Sort" : "Fate", key: "fate"), .init(fr ? "Amendements" : "Amendments", key: "count", alignment: .right),
        ])
        for (fate, count) in dossier.amendmentFates.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            fates.append([LegislationLabels.fate(key: fate, language), "\(count)"])
        }
        fates.append([fr ? "total" : "total", "\(dossier.amendmentFates.values.reduce(0, +))"])
        document.table(fates)
        if let source = dossier.source {
            document.paragraph(fr
                ? "Source\(NumberFormatting.narrowNoBreakSpace): \(source.dump), entrée \(source.entry) (SHA-256 \(source.entrySHA256))."
                : "Source: \(source.dump), entry \(source.entry) (SHA-256 \(source.entrySHA256)).")
        }
        return document
    }

    /// One ballot of the ballots table.
    private func row(_ b: LinkedBallot, step: String, language: NumberFormatting.Language) -> [String] {
        ["\(b.ballot.number)", b.ballot.date.description, step, LegislationLabels.result(b.ballot.result, language),
         BallotTurnoutLine.line(b.ballot, language: language), b.ballot.title, b.method]
    }

    // MARK: JSON

    /// One act of the timeline in JSON.
    public struct StepJSON: Encodable, Sendable {
        let ordinal: Int, parentOrdinal: Int?, depth: Int, uid: String, code: String, label: String, date: String?
        let texts: [String], conclusion: String?, referral: String?, decision: LegislationJSON.Decision?, promulgation: LegislationJSON.Law?
        let ballots: [LinkedBallotJSON]
    }

    /// The JSON of `hemicycle dossier`, with stable snake_case keys.
    public struct Payload: Encodable, Sendable {
        let uid, title: String, procedure: String?, legislature: Int?, senateURL: String?
        let steps: [StepJSON], otherBallots: [LinkedBallotJSON], amendmentsByFate: [String: Int], source: LegislationJSON.Source?
        /// The fate line in English (``FateLine/sentence``) and whether it warns that part of the law may not be in force.
        let fate: String?, mayNotBeInForce: Bool
    }

    /// The dossier as JSON (language-independent).
    /// The CSV of the timeline, as every face writes it: one row per step (the payload's `steps`
    /// laid flat), the step's own uid first as `step_uid`.
    public func csvTable() throws -> ReportTable? {
        try DocumentOutput.csvTable(payload: payload, list: "steps", uid: "step_uid") { document(language: .english) }
    }

    public var payload: Payload {
        Payload(uid: dossier.uid, title: dossier.title, procedure: dossier.procedure, legislature: dossier.legislature, senateURL: dossier.senateURL,
                steps: dossier.steps.map { s in
                    StepJSON(ordinal: s.ordinal, parentOrdinal: s.parentOrdinal, depth: s.depth, uid: s.step.uid, code: s.step.code, label: s.step.label,
                             date: s.step.date?.description, texts: s.step.textRefs, conclusion: s.step.conclusion, referral: s.referral,
                             decision: s.step.constitutionalDecision.map(LegislationJSON.Decision.init), promulgation: s.step.promulgation.map(LegislationJSON.Law.init),
                             ballots: s.ballots.map(LinkedBallotJSON.init))
                },
                otherBallots: dossier.otherBallots.map(LinkedBallotJSON.init), amendmentsByFate: dossier.amendmentFates, source: dossier.source.map(LegislationJSON.Source.init),
                fate: fateLine.sentence, mayNotBeInForce: fateLine.warnsNotInForce)
    }
}
