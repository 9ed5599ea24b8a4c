import HemicycleLegislation
import HemicycleModel

/// The path of an amended provision through the readings (``ProvisionPath``), as a table and as
/// JSON: the section "Through the readings" of `hemicycle amendment`, and `hemicycle provision`.
public struct ProvisionPathReport: Sendable {
    /// One step in JSON.
    public struct StepRow: Encodable, Sendable {
        public let stage: String
        public let label: String
        public let date: String?
        public let texts: [String]
        public let article: String?
        public let outcome: String
        public let missing: String?
    }
    /// The JSON of `hemicycle provision`, and the `path` member of `hemicycle amendment`'s.
    public struct Payload: Encodable, Sendable {
        public let amendment_uid: String
        public let steps: [StepRow]
        public let end: String?
    }

    /// The amendment whose provision is followed.
    public let amendmentUID: String
    public let path: ProvisionPath

    /// A report of `path`, the path of amendment `amendmentUID`.
    public init(amendmentUID: String, path: ProvisionPath) {
        self.amendmentUID = amendmentUID
        self.path = path
    }

    /// The JSON value (English words; the keys and stages never change).
    public var payload: Payload {
        let en = NumberFormatting.Language.english
        return Payload(amendment_uid: amendmentUID, steps: path.steps.map {
            StepRow(stage: $0.stage, label: ProvisionPathLabels.label($0.label, en), date: $0.date?.description, texts: $0.texts, article: $0.article,
                    outcome: ProvisionPathLabels.outcome($0.outcome, en), missing: $0.missing.map { ProvisionPathLabels.missing($0, en) })
        }, end: path.end.map { ProvisionPathLabels.end($0, en) })
    }

    /// The table of steps in `language` (Step, Date, Texts, Article, Outcome; `?`: an article not known).
    public func table(language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        var table = ReportTable(title: fr ? "Au fil des lectures" : "Through the readings", columns: [
            .init(fr ? "Étape" : "Step", key: "step"), .init("Date", key: "date"), .init(fr ? "Textes" : "Texts", key: "texts"),
            .init("Article", key: "article"), .init(fr ? "Issue" : "Outcome", key: "outcome"),
        ])
        for step in path.steps {
            table.append([ProvisionPathLabels.label(step.label, language), step.date?.description ?? "", step.texts.joined(separator: " "),
                          step.article ?? (step.missing == nil ? "" : "?"), ProvisionPathLabels.outcome(step.outcome, language)])
        }
        return table
    }

    /// What is missing at each step, and where the path stops when it stops short, in `language`.
    public func notes(language: NumberFormatting.Language = .english) -> [String] {
        let fr = language == .french
        let colon = ProvisionPathLabels.colon(language)
        var notes = path.steps.compactMap { step in
            step.missing.map { "\(ProvisionPathLabels.label(step.label, language)) — \(fr ? "manque" + colon : "missing:") \(ProvisionPathLabels.missing($0, language))" }
        }
        if let end = path.end { notes.append("\(fr ? "Le parcours s'arrête ici" + colon : "The path stops here:") \(ProvisionPathLabels.end(end, language)).") }
        return notes
    }

    /// Adds the table and its notes, in `language`, to `document`.
    public func append(to document: inout ReportDocument, language: NumberFormatting.Language = .english) {
        document.table(table(language: language))
        let notes = notes(language: language)
        if !notes.isEmpty { document.list(notes) }
    }

    /// The path as a document of its own (`hemicycle provision`), in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        var document = ReportDocument()
        append(to: &document, language: language)
        return document
    }
}
