import Foundation
import HemicycleLegislation
import HemicycleModel

/// The outcome of applying an amendment's operations to a text, one operation at a time.
public struct AmendmentApplicationReport: Encodable, Sendable {
    /// One operation tried.
    public struct Step: Encodable, Sendable {
        public let operation: String
        public let applied: Bool
        public let message: String
    }
    public let steps: [Step]
    /// The text after the operations that applied.
    public let text: String
    /// Whether every operation applied.
    public var complete: Bool { steps.allSatisfy(\.applied) }

    /// Applies each operation in turn; one that does not fit is reported and skipped.
    public static func apply(_ operations: [AmendmentOperation], to text: String) -> AmendmentApplicationReport {
        var current = text
        var steps: [Step] = []
        for operation in operations {
            switch AmendmentOperations.apply(operation, to: current) {
            case .success(let next):
                current = next
                steps.append(Step(operation: operation.edit.summary, applied: true, message: "applied"))
            case .failure(let error):
                steps.append(Step(operation: operation.edit.summary, applied: false, message: error.description))
            }
        }
        return AmendmentApplicationReport(steps: steps, text: current)
    }
}

/// An amendment as a report document and as JSON.
public struct AmendmentReport: Sendable {
    public let stored: StoredAmendment
    public let application: AmendmentApplicationReport?
    /// What became of the bill, when its dossier is stored.
    public var outcome: BillOutcome?
    /// What the Conseil constitutionnel decided about this provision, when its decision was imported.
    public var provision: ProvisionRuling?
    /// The provision's path through the readings, when the dossier is stored.
    public var path: ProvisionPath?

    /// A report of `stored`, with the outcome of applying it to a file when there is one, and what
    /// became of the bill and of this provision when they are known.
    public init(stored: StoredAmendment, application: AmendmentApplicationReport?, outcome: BillOutcome? = nil,
                provision: ProvisionRuling? = nil, path: ProvisionPath? = nil) {
        self.stored = stored
        self.application = application
        self.outcome = outcome
        self.provision = provision
        self.path = path
    }

    /// The path as a report, when known.
    var pathReport: ProvisionPathReport? { path.map { ProvisionPathReport(amendmentUID: stored.amendment.uid, path: $0) } }

    /// The amendment's fate followed by the bill's (see ``FateLine``).
    public var fateLine: FateLine? {
        outcome.map { FateLine(voted: stored.amendment.fate.description, outcome: $0, provision: provision) }
    }

    /// The amendment's operative text parsed into operations.
    public static func parse(_ amendment: Amendment) -> DispositifParse {
        AmendmentOperations.parse(amendment.operativeText, insertsArticle: amendment.target.isAdditionalArticle)
    }

    /// "the Government (…)", or the first author with their group.
    public var authorLine: String { authorLine(language: .english) }

    /// ``authorLine`` in `language` ("le Gouvernement (…)" in French).
    public func authorLine(language: NumberFormatting.Language) -> String {
        let a = stored.amendment.authors
        if a.kind == "Gouvernement" || a.governmentRef != nil {
            return (language == .french ? "le Gouvernement" : "the Government") + (stored.governmentName.map { " (\($0))" } ?? "")
        }
        let names = stored.signatories.filter { $0.role == "author" }.map { $0.name ?? $0.deputyRef }
        let main = names.first ?? a.label ?? a.kind ?? "unknown"
        return main + (stored.groupName.map { " (\($0))" } ?? "")
    }

    /// The kind of an edit in French (`remplacement`, `insertion`…); the stable key in English.
    private static func kindLabel(_ kind: String, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return kind }
        return ["replace": "remplacement", "insert": "insertion", "delete": "suppression", "rewrite": "nouvelle rédaction",
                "delete_unit": "suppression", "rewrite_end": "nouvelle rédaction de la fin", "delete_article": "suppression de l’article",
                "add_article": "article additionnel"][kind] ?? kind
    }

    /// The page title in `language`: "Amendment 237" / "Amendement n° 237".
    public func title(language: NumberFormatting.Language) -> String {
        language == .french ? "Amendement n° \(stored.amendment.numberLabel)" : "Amendment \(stored.amendment.numberLabel)"
    }

    /// The amendment as a report document in `language` (its text, the Assemblée's labels and the
    /// application messages of HemicycleLegislation as they are).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let colon = fr ? "\(NumberFormatting.narrowNoBreakSpace): " : ": "
        let a = stored.amendment
        let parse = Self.parse(a)
        var document = ReportDocument()
        document.heading("\(fr ? "Amendement" : "Amendment") n° \(a.numberLabel) — \(a.target.shortDesignation ?? a.target.division ?? "")", level: 1)
        var pairs: [ReportDocument.KeyValue] = [
            .init(fr ? "Identifiant" : "Uid", a.uid),
            .init(fr ? "Dossier législatif" : "Bill", [a.dossierRef, stored.dossierTitle].compactMap { $0 }.joined(separator: " — ") + " (\(fr ? "texte" : "text") \(a.textRef))"),
            .init(fr ? "Auteur" : "Author", authorLine(language: language)),
            .init(fr ? "Sort" : "Fate", LegislationLabels.fate(a.fate, language) + (a.fateLabel.map { " (\($0))" } ?? "") + (a.decidedOn.map { fr ? ", le \($0)" : ", \($0)" } ?? "")),
        ]
        let cosignatories = stored.signatories.filter { $0.role == "cosignatory" }
        if !cosignatories.isEmpty { pairs.append(.init(fr ? "Cosignataires" : "Co-signatories", cosignatories.map { $0.name ?? $0.deputyRef }.joined(separator: ", "))) }
        if let label = a.authors.label { pairs.append(.init(fr ? "Signataires (tels que publiés)" : "Signatories as printed", label)) }
        if let fate = fateLine?.sentence(language: language) { pairs.append(.init(fr ? "Après le vote" : "After the vote", fate)) }
        if let law = a.lawReference { pairs.append(.init(fr ? "Loi modifiée" : "Law amended", law + (a.lawArticle.map { ", article \($0)" } ?? ""))) }
        if let tabled = a.tabledOn { pairs.append(.init(fr ? "Déposé le" : "Tabled", tabled.description)) }
        document.keyValues(pairs)
        document.heading(fr ? "Dispositif" : "Text")
        document.paragraph(a.operativeText)
        if !a.explanatoryStatement.isEmpty {
            document.heading(fr ? "Exposé sommaire" : "Explanatory statement")
            document.paragraph(a.explanatoryStatement)
        }
        let coverage = fr ? ["full": "complète", "partial": "partielle", "none": "aucune"][parse.coverage.rawValue] ?? parse.coverage.rawValue : parse.coverage.rawValue
        var ops = ReportTable(title: fr ? "Opérations (analyse\(colon)\(coverage))" : "Operations (parse: \(coverage))", columns: [
            .init("#", key: "ordinal", alignment: .right), .init(fr ? "Nature" : "Kind", key: "kind"),
            .init(fr ? "Cible" : "Target", key: "target"), .init(fr ? "Modification" : "Edit", key: "edit"),
        ])
        for (i, op) in parse.operations.enumerated() {
            ops.append(["\(i + 1)", Self.kindLabel(op.edit.kind, language), OperationLabels.target(op.target, language), OperationLabels.edit(op.edit, language)])
        }
        document.table(ops)
        if !parse.leftover.isEmpty {
            document.paragraph(fr ? "Non compris\(colon)" .trimmingCharacters(in: .whitespaces) : "Not understood:")
            document.list(parse.leftover)
        }
        var ballots = ReportTable(title: fr ? "Scrutins" : "Ballots", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init(fr ? "Résultat" : "Result", key: "result"),
            .init(fr ? "Participation" : "Turnout", key: "turnout"), .init(fr ? "Lien" : "Link", key: "link"),
        ])
        for b in stored.ballots {
            ballots.append(["\(b.ballot.number)", b.ballot.date.description, LegislationLabels.result(b.ballot.result, language),
                            BallotTurnoutLine.line(b.ballot, language: language), b.method])
        }
        document.table(ballots)
        pathReport?.append(to: &document, language: language)
        if let application {
            document.heading(fr ? "Appliqué au fichier" : "Applied to the file")
            document.list(application.steps.map { step in
                let operation = fr ? (parse.operations.first { $0.edit.summary == step.operation }.map { OperationLabels.edit($0.edit, .french) } ?? step.operation) : step.operation
                return "\(operation)\(colon)\(fr && step.applied ? "appliquée" : step.message)"
            })
            document.paragraph(application.complete
                ? (fr ? "Toutes les opérations ont été appliquées. Résultat\(colon)".trimmingCharacters(in: .whitespaces) : "All operations applied. Result:")
                : (fr ? "Texte PAS entièrement modifié\(colon)certaines opérations ne s’appliquent pas. Texte après celles qui s’appliquent\(colon)".trimmingCharacters(in: .whitespaces)
                      : "NOT fully amended: some operations are not applicable. Text after the applicable ones:"))
            document.paragraph(application.text)
        }
        return document
    }

    /// One operation in JSON.
    public struct OperationJSON: Encodable, Sendable {
        let kind, target, edit: String
        let law, article, part: String?
        let sentence: String?
        let alineas: String?
    }
    /// One signatory in JSON.
    public struct Signatory: Encodable, Sendable {
        let deputy_ref: String, name: String?, role: String
    }
    /// The amendment as JSON, with stable snake_case keys.
    public struct Payload: Encodable, Sendable {
        let uid, numberLabel: String, number: Int?, rectified: Bool, dossier: String?, dossierTitle: String?, text: String
        let author: String, authorRef: String?, group: String?, signatories: [Signatory]
        let fate: String, fateLabel: String?, operativeText: String, explanatoryStatement: String
        let parseCoverage: String, operations: [OperationJSON], leftover: [String]
        let ballots: [LinkedBallotJSON], application: AmendmentApplicationReport?, source: LegislationJSON.Source?
        let fateLine: String?, mayNotBeInForce: Bool
        let path: ProvisionPathReport.Payload?
    }

    /// The JSON of `hemicycle amendment`.
    public var payload: Payload {
        let a = stored.amendment
        let parse = Self.parse(a)
        return Payload(
            uid: a.uid, numberLabel: a.numberLabel, number: a.number, rectified: a.isRectified, dossier: a.dossierRef, dossierTitle: stored.dossierTitle,
            text: a.textRef, author: authorLine, authorRef: a.authors.authorRef, group: stored.groupName,
            signatories: stored.signatories.map { Signatory(deputy_ref: $0.deputyRef, name: $0.name, role: $0.role) },
            fate: StoredAmendment.fateKey(a.fate), fateLabel: a.fateLabel, operativeText: a.operativeText, explanatoryStatement: a.explanatoryStatement,
            parseCoverage: parse.coverage.rawValue,
            operations: parse.operations.map { op in
                OperationJSON(kind: op.edit.kind, target: op.target.summary, edit: op.edit.summary, law: op.target.law, article: op.target.article,
                              part: op.target.part, sentence: op.target.sentence?.description,
                              alineas: op.target.alineas.map { "\($0.lowerBound)-\($0.upperBound)" })
            },
            leftover: parse.leftover, ballots: stored.ballots.map(LinkedBallotJSON.init), application: application, source: stored.source.map(LegislationJSON.Source.init),
            fateLine: fateLine?.sentence, mayNotBeInForce: fateLine?.warnsNotInForce ?? false, path: pathReport?.payload
        )
    }
}
