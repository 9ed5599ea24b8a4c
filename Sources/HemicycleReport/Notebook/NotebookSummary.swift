/// What `hemicycle notebook run|check` did to each file, as a table and as JSON.
public struct NotebookSummary: Sendable {
    /// One notebook file, in JSON.
    public struct Row: Encodable, Sendable {
        public let file: String
        /// The `hemicycle` blocks run, a count.
        public let blocks: Int
        public let status: String
        /// The command lines that failed.
        public let failures: [String]
        /// The difference from the recorded outputs (`check`), when there is one.
        public let diff: String?

        /// A row from its parts.
        public init(file: String, blocks: Int, status: String, failures: [String], diff: String?) {
            (self.file, self.blocks, self.status, self.failures, self.diff) = (file, blocks, status, failures, diff)
        }
    }

    /// One row per file, in the order run.
    public let rows: [Row]

    /// The summary of `rows`.
    public init(rows: [Row]) { self.rows = rows }

    /// A file's status in French (`ok`, `inchangé`, `mis à jour`, `échec`, `périmé`); the key itself when unknown.
    static func frenchStatus(_ status: String) -> String {
        ["ok": "ok", "unchanged": "inchangé", "updated": "mis à jour", "failed": "échec", "stale": "périmé"][status] ?? status
    }

    /// The summary table, then the commands that failed, in `language` (JSON keeps the status keys).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var table = ReportTable(columns: [.init(fr ? "Fichier" : "File", key: "file"), .init(fr ? "Blocs" : "Blocks", key: "blocks", alignment: .right),
                                          .init(fr ? "État" : "Status", key: "status")])
        for row in rows { table.append([row.file, "\(row.blocks)", fr ? Self.frenchStatus(row.status) : row.status]) }
        var document = ReportDocument()
        document.table(table)
        let failures = rows.flatMap(\.failures)
        if !failures.isEmpty {
            document.paragraph(fr ? "Commandes en échec (leur erreur est dans la sortie)\(NumberFormatting.narrowNoBreakSpace):"
                                  : "Commands that failed (their error is in the output):")
            document.list(failures)
        }
        return document
    }
}
