import ArgumentParser
import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle dossier ID | --search TEXT`
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "The timeline of a bill (dossier législatif): readings, committee, sittings, CMP, Conseil constitutionnel, promulgation.",
        discussion: """
            Each act is shown with its date, its texts, its outcome and its ballots (with their turnout line), \
            followed by the counts of amendments by fate. A CMP (commission mixte paritaire) is the joint \
            committee of both houses; a saisine is the referral of the law to the Conseil constitutionnel.

            Examples:
              hemicycle dossier DLR5L16N49176
              hemicycle dossier --search "sûreté dans les transports" --format markdown
            """
    )

    @Argument(help: "The dossier uid (DLR5L16N49176).")
    var uid: String?

    @Option(help: "Find the dossier by words of its title (case- and accent-insensitive).")
    var search: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if (uid == nil) == (search == nil) { throw ValidationError("give a dossier uid or --search TEXT (one of them)") }
    }

    func run() throws {
        let database = try store.openWithLegislation()
        var target = uid
        if let search {
            let matches = try database.searchDossiers(search)
            guard !matches.isEmpty else { throw StoreError.notFound("no dossier title contains « \(search) »") }
            if matches.count > 1 {
                var table = ReportTable(title: "\(matches.count == 20 ? "20 or more" : "\(matches.count)") dossiers match « \(search) »: give one uid", columns: [.init("Dossier", key: "uid"), .init("Title", key: "title")])
                for m in matches { table.append([m.uid, m.title]) }
                struct Match: Encodable { let uid, title: String }
                try output.emit(ReportDocument(blocks: [.table(table)]), json: matches.map { Match(uid: $0.uid, title: $0.title) })
                return
            }
            target = matches[0].uid
        }
        guard let target else { return }
        let dossier = try database.dossier(uid: target)
        let report = DossierReport(dossier: dossier)
        try output.emit(report.document(), json: report.payload, title: dossier.title)
    }
}

/// The timeline of a dossier as a report document and as JSON.
struct DossierReport {
    let dossier: StoredDossier

    /// What became of the bill (see ``FateLine``).
    var fateLine: FateLine {
        FateLine(outcome: BillOutcome(steps: dossier.steps.map { ($0.step, $0.referral) }))
    }

    func texts(_ step: DossierStep) -> String {
        step.textRefs.map { ref in
            guard let d = dossier.documents[ref] else { return ref }
            return "\(ref) (\([d.kindLabel, d.tabledOn].compactMap { $0 }.joined(separator: ", ")))"
        }.joined(separator: "; ")
    }

    /// The outcome column: conclusion, referral, decision, promulgation.
    func outcome(_ s: StoredDossierStep) -> String {
        var parts: [String] = []
        if let referral = s.referral { parts.append("referred by: \(referral)") }
        if let d = s.step.constitutionalDecision {
            parts.append("decision n° \(d.reference): \(d.ruling ?? "?")\(d.url.map { " <\($0)>" } ?? "")")
        } else if let conclusion = s.step.conclusion {
            parts.append(conclusion)
        }
        if let p = s.step.promulgation {
            var text = "loi n° \(p.lawNumber)"
            if let title = p.title { text += " \(title)" }
            if let jo = p.journalDate { text += ", JO n° \(p.journalNumber ?? "?") of \(jo)" }
            if let url = p.legifranceURL { text += " <\(url)>" }
            parts.append(text)
        }
        return parts.joined(separator: "; ")
    }

    func document() -> ReportDocument {
        var document = ReportDocument()
        document.heading("Dossier \(dossier.uid) — \(dossier.title)", level: 1)
        var pairs: [ReportDocument.KeyValue] = []
        if let procedure = dossier.procedure { pairs.append(.init("Procedure", procedure)) }
        if let legislature = dossier.legislature { pairs.append(.init("Legislature", "\(legislature)")) }
        if let senate = dossier.senateURL { pairs.append(.init("Senate file", senate)) }
        let ballots = dossier.steps.flatMap(\.ballots) + dossier.otherBallots
        pairs.append(.init("Ballots", "\(ballots.count)"))
        if let fate = fateLine.sentence { pairs.append(.init("Fate", fate)) }
        document.keyValues(pairs)
        var timeline = ReportTable(title: "Timeline", columns: [
            .init("Date", key: "date"), .init("Step", key: "step"), .init("Code", key: "code"),
            .init("Texts", key: "texts"), .init("Outcome", key: "outcome"), .init("Ballots", key: "ballots"),
        ])
        for s in dossier.steps {
            let indent = String(repeating: "  ", count: s.depth)
            timeline.append([s.step.date?.description ?? "", indent + s.step.label, s.step.code, texts(s.step), outcome(s),
                             s.ballots.map { "n° \($0.ballot.number)" }.joined(separator: ", ")])
        }
        document.table(timeline)
        if !ballots.isEmpty {
            var table = ReportTable(title: "Ballots", columns: [
                .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Step", key: "step"),
                .init("Result", key: "result"), .init("Turnout", key: "turnout"), .init("Title", key: "title"), .init("Link", key: "link"),
            ])
            for s in dossier.steps {
                for b in s.ballots { table.append(row(b, step: s.step.code)) }
            }
            for b in dossier.otherBallots { table.append(row(b, step: "")) }
            document.table(table)
        }
        var fates = ReportTable(title: "Amendments by fate", columns: [.init("Fate", key: "fate"), .init("Amendments", key: "count", alignment: .right)])
        for (fate, count) in dossier.amendmentFates.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            fates.append([fate.replacingOccurrences(of: "_", with: " "), "\(count)"])
        }
        fates.append(["total", "\(dossier.amendmentFates.values.reduce(0, +))"])
        document.table(fates)
        if let source = dossier.source {
            document.paragraph("Source: \(source.dump), entry \(source.entry) (SHA-256 \(source.entrySHA256)).")
        }
        return document
    }

    func row(_ b: LinkedBallot, step: String) -> [String] {
        ["\(b.ballot.number)", b.ballot.date.description, step, b.ballot.result.rawValue, BallotTurnoutLine.line(b.ballot), b.ballot.title, b.method]
    }

    // MARK: JSON

    typealias BallotJSON = LinkedBallotJSON
    struct StepJSON: Encodable {
        let ordinal: Int, parentOrdinal: Int?, depth: Int, uid: String, code: String, label: String, date: String?
        let texts: [String], conclusion: String?, referral: String?, decision: LegislationJSON.Decision?, promulgation: LegislationJSON.Law?
        let ballots: [BallotJSON]
        enum CodingKeys: String, CodingKey {
            case ordinal, depth, uid, code, label, date, texts, conclusion, referral, decision, promulgation, ballots
            case parentOrdinal = "parent_ordinal"
        }
    }
    struct Payload: Encodable {
        let uid, title: String, procedure: String?, legislature: Int?, senateURL: String?
        let steps: [StepJSON], otherBallots: [BallotJSON], amendmentsByFate: [String: Int], source: LegislationJSON.Source?
        let fate: String?, mayNotBeInForce: Bool
        enum CodingKeys: String, CodingKey {
            case fate, mayNotBeInForce = "may_not_be_in_force"
            case uid, title, procedure, legislature, steps, source
            case senateURL = "senate_url", otherBallots = "other_ballots", amendmentsByFate = "amendments_by_fate"
        }
    }

    var payload: Payload {
        Payload(uid: dossier.uid, title: dossier.title, procedure: dossier.procedure, legislature: dossier.legislature, senateURL: dossier.senateURL,
                steps: dossier.steps.map { s in
                    StepJSON(ordinal: s.ordinal, parentOrdinal: s.parentOrdinal, depth: s.depth, uid: s.step.uid, code: s.step.code, label: s.step.label,
                             date: s.step.date?.description, texts: s.step.textRefs, conclusion: s.step.conclusion, referral: s.referral,
                             decision: s.step.constitutionalDecision.map(LegislationJSON.Decision.init), promulgation: s.step.promulgation.map(LegislationJSON.Law.init), ballots: s.ballots.map(BallotJSON.init))
                },
                otherBallots: dossier.otherBallots.map(BallotJSON.init), amendmentsByFate: dossier.amendmentFates, source: dossier.source.map(LegislationJSON.Source.init),
                fate: fateLine.sentence, mayNotBeInForce: fateLine.warnsNotInForce)
    }
}
