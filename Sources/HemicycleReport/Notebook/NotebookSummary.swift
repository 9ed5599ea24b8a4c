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

    /// The summary table, then the commands that failed.
    public func document() -> ReportDocument {
        var table = ReportTable(columns: [.init("File", key: "file"), .init("Blocks", key: "blocks", alignment: .right), .init("Status", key: "status")])
        for row in rows { table.append([row.file, "\(row.blocks)", row.status]) }
        var document = ReportDocument()
        document.table(table)
        let failures = rows.flatMap(\.failures)
        if !failures.isEmpty {
            document.paragraph("Commands that failed (their error is in the output):")
            document.list(failures)
        }
        return document
    }
}
