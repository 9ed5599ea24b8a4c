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

    /// The JSON value.
    public var payload: Payload {
        Payload(amendment_uid: amendmentUID, steps: path.steps.map {
            StepRow(stage: $0.stage, label: $0.label, date: $0.date?.description, texts: $0.texts, article: $0.article, outcome: $0.outcome, missing: $0.missing)
        }, end: path.end)
    }

    /// The table of steps (Step, Date, Texts, Article, Outcome; `?`: an article not known).
    public func table() -> ReportTable {
        var table = ReportTable(title: "Through the readings", columns: [
            .init("Step", key: "step"), .init("Date", key: "date"), .init("Texts", key: "texts"), .init("Article", key: "article"), .init("Outcome", key: "outcome"),
        ])
        for step in path.steps {
            table.append([step.label, step.date?.description ?? "", step.texts.joined(separator: " "), step.article ?? (step.missing == nil ? "" : "?"), step.outcome])
        }
        return table
    }

    /// What is missing at each step, and where the path stops when it stops short.
    public var notes: [String] {
        var notes = path.steps.compactMap { step in step.missing.map { "\(step.label) — missing: \($0)" } }
        if let end = path.end { notes.append("The path stops here: \(end).") }
        return notes
    }

    /// Adds the table and its notes to `document`.
    public func append(to document: inout ReportDocument) {
        document.table(table())
        if !notes.isEmpty { document.list(notes) }
    }

    /// The path as a document of its own (`hemicycle provision`).
    public func document() -> ReportDocument {
        var document = ReportDocument()
        append(to: &document)
        return document
    }
}
