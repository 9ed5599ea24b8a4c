import ArgumentParser
import Foundation
import HemicycleLegislation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle amendment N [--dossier ID] [--apply-to FILE]`
struct AmendmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendment",
        abstract: "What an amendment does: its text, authors, fate, ballots and its operations on the law.",
        discussion: """
            The operative text (dispositif) is parsed into operations — replace words or dates, insert, delete, \
            rewrite a sentence, alinéa or article, add an article — each with its target (law or code, article, \
            part I/II…, sentence or alinéa). With --apply-to, the operations are applied to the text of a file \
            (the targeted article, one alinéa a line): the result is printed, and an operation that does not fit \
            the text is reported as not applicable, never applied approximately.

            Examples:
              hemicycle amendment 237
              hemicycle amendment 237 --dossier DLR5L16N49176 --format json
              hemicycle amendment 237 --apply-to article10.txt
            """
    )

    @Argument(help: "The amendment number (237) or its uid.")
    var reference: String

    @Option(help: "The dossier uid, when the number exists in several dossiers.")
    var dossier: String?

    @Option(name: .customLong("apply-to"), help: ArgumentHelp("Apply the operations to this text file and print the result.", valueName: "file"))
    var applyTo: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try store.openWithLegislation()
        let stored: StoredAmendment
        if let number = Int(reference) {
            let found = try database.amendments(number: number, dossier: dossier)
            guard let first = found.first else {
                throw StoreError.notFound("no amendment n° \(number)\(dossier.map { " in dossier \($0)" } ?? "")")
            }
            stored = first
        } else {
            stored = try database.amendment(uid: reference)
        }
        var applied: AmendmentApplicationReport?
        if let applyTo {
            guard let data = FileManager.default.contents(atPath: applyTo), let text = String(data: data, encoding: .utf8) else {
                throw StoreError.notFound("cannot read \(applyTo) as UTF-8 text")
            }
            applied = AmendmentApplicationReport.apply(AmendmentReport.parse(stored.amendment).operations, to: text)
        }
        let outcome = try stored.amendment.dossierRef.flatMap { try database.billOutcome(dossierUID: $0) }
        let decision = try outcome?.decision.flatMap { try database.constitutionalDecision(reference: $0.reference) }
        let provision = decision.flatMap { ProvisionLinker.ruling(for: stored.amendment, in: $0, decisionURL: outcome?.decision?.pageURL) }
        let report = AmendmentReport(stored: stored, application: applied, outcome: outcome, provision: provision)
        try output.emit(report.document(), json: report.payload, title: "Amendment \(stored.amendment.numberLabel)")
    }
}

/// The outcome of applying an amendment's operations to a text, one operation at a time.
struct AmendmentApplicationReport: Encodable {
    struct Step: Encodable {
        let operation: String
        let applied: Bool
        let message: String
    }
    let steps: [Step]
    let text: String
    /// Whether every operation applied.
    var complete: Bool { steps.allSatisfy(\.applied) }

    /// Applies each operation in turn; one that does not fit is reported and skipped.
    static func apply(_ operations: [AmendmentOperation], to text: String) -> AmendmentApplicationReport {
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
struct AmendmentReport {
    let stored: StoredAmendment
    let application: AmendmentApplicationReport?
    /// What became of the bill, when its dossier is stored.
    var outcome: BillOutcome? = nil
    /// What the Conseil constitutionnel decided about this provision, when its decision was imported.
    var provision: ProvisionRuling? = nil

    /// The amendment's fate followed by the bill's (see ``FateLine``).
    var fateLine: FateLine? {
        outcome.map { FateLine(voted: stored.amendment.fate.description, outcome: $0, provision: provision) }
    }

    static func parse(_ amendment: Amendment) -> DispositifParse {
        AmendmentOperations.parse(amendment.operativeText, insertsArticle: amendment.target.isAdditionalArticle)
    }

    var authorLine: String {
        let a = stored.amendment.authors
        if a.kind == "Gouvernement" || a.governmentRef != nil { return "the Government" + (stored.governmentName.map { " (\($0))" } ?? "") }
        let names = stored.signatories.filter { $0.role == "author" }.map { $0.name ?? $0.deputyRef }
        let main = names.first ?? a.label ?? a.kind ?? "unknown"
        return main + (stored.groupName.map { " (\($0))" } ?? "")
    }

    func document() -> ReportDocument {
        let a = stored.amendment
        let parse = Self.parse(a)
        var document = ReportDocument()
        document.heading("Amendment n° \(a.numberLabel) — \(a.target.shortDesignation ?? a.target.division ?? "")", level: 1)
        var pairs: [ReportDocument.KeyValue] = [
            .init("Uid", a.uid),
            .init("Bill", [a.dossierRef, stored.dossierTitle].compactMap { $0 }.joined(separator: " — ") + " (text \(a.textRef))"),
            .init("Author", authorLine),
            .init("Fate", a.fate.description + (a.fateLabel.map { " (\($0))" } ?? "") + (a.decidedOn.map { ", \($0)" } ?? "")),
        ]
        let cosignatories = stored.signatories.filter { $0.role == "cosignatory" }
        if !cosignatories.isEmpty { pairs.append(.init("Co-signatories", cosignatories.map { $0.name ?? $0.deputyRef }.joined(separator: ", "))) }
        if let label = a.authors.label { pairs.append(.init("Signatories as printed", label)) }
        if let fate = fateLine?.sentence { pairs.append(.init("After the vote", fate)) }
        if let law = a.lawReference { pairs.append(.init("Law amended", law + (a.lawArticle.map { ", article \($0)" } ?? ""))) }
        if let tabled = a.tabledOn { pairs.append(.init("Tabled", tabled.description)) }
        document.keyValues(pairs)
        document.heading("Text")
        document.paragraph(a.operativeText)
        if !a.explanatoryStatement.isEmpty {
            document.heading("Explanatory statement")
            document.paragraph(a.explanatoryStatement)
        }
        var ops = ReportTable(title: "Operations (parse: \(parse.coverage.rawValue))", columns: [
            .init("#", key: "ordinal", alignment: .right), .init("Kind", key: "kind"), .init("Target", key: "target"), .init("Edit", key: "edit"),
        ])
        for (i, op) in parse.operations.enumerated() { ops.append(["\(i + 1)", op.edit.kind, op.target.summary, op.edit.summary]) }
        document.table(ops)
        if !parse.leftover.isEmpty {
            document.paragraph("Not understood:")
            document.list(parse.leftover)
        }
        var ballots = ReportTable(title: "Ballots", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Result", key: "result"),
            .init("Turnout", key: "turnout"), .init("Link", key: "link"),
        ])
        for b in stored.ballots {
            ballots.append(["\(b.ballot.number)", b.ballot.date.description, b.ballot.result.rawValue, BallotTurnoutLine.line(b.ballot), b.method])
        }
        document.table(ballots)
        if let application {
            document.heading("Applied to the file")
            document.list(application.steps.map { "\($0.operation): \($0.message)" })
            document.paragraph(application.complete ? "All operations applied. Result:" : "NOT fully amended: some operations are not applicable. Text after the applicable ones:")
            document.paragraph(application.text)
        }
        return document
    }

    struct OperationJSON: Encodable {
        let kind, target, edit: String
        let law, article, part: String?
        let sentence: String?
        let alineas: String?
    }
    struct Signatory: Encodable {
        let deputy_ref: String, name: String?, role: String
    }
    struct Payload: Encodable {
        let uid, numberLabel: String, number: Int?, rectified: Bool, dossier: String?, dossierTitle: String?, text: String
        let author: String, authorRef: String?, group: String?, signatories: [Signatory]
        let fate: String, fateLabel: String?, operativeText: String, explanatoryStatement: String
        let parseCoverage: String, operations: [OperationJSON], leftover: [String]
        let ballots: [DossierReport.BallotJSON], application: AmendmentApplicationReport?, source: LegislationJSON.Source?
        let fateLine: String?, mayNotBeInForce: Bool
        enum CodingKeys: String, CodingKey {
            case fateLine = "fate_line", mayNotBeInForce = "may_not_be_in_force"
            case uid, number, rectified, dossier, text, author, group, signatories, fate, operations, leftover, ballots, application, source
            case numberLabel = "number_label", dossierTitle = "dossier_title", authorRef = "author_ref", fateLabel = "fate_label"
            case operativeText = "operative_text", explanatoryStatement = "explanatory_statement", parseCoverage = "parse_coverage"
        }
    }

    var payload: Payload {
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
            leftover: parse.leftover, ballots: stored.ballots.map(DossierReport.BallotJSON.init), application: application, source: stored.source.map(LegislationJSON.Source.init),
            fateLine: fateLine?.sentence, mayNotBeInForce: fateLine?.warnsNotInForce ?? false
        )
    }
}
