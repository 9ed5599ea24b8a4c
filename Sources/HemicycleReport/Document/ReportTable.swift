/// A table of a report: named columns and rows of cells, independent of the output format.
///
/// Renderers (terminal, Markdown, CSV, HTML) draw it; JSON output is produced from the typed
/// payloads of each command instead, so that its keys stay stable.
public struct ReportTable: Sendable, Hashable {
    /// One column of a table.
    public struct Column: Sendable, Hashable {
        /// How a column's cells line up.
        public enum Alignment: Sendable, Hashable { case left, right }

        /// The header shown to people ("Group", "For").
        public var header: String
        /// A stable snake_case key, used as the CSV header (`group`, `for`).
        public var key: String
        /// Numbers align right, text left.
        public var alignment: Alignment

        public init(_ header: String, key: String, alignment: Alignment = .left) {
            self.header = header
            self.key = key
            self.alignment = alignment
        }
    }

    /// An optional caption shown above the table.
    public var title: String?
    public var columns: [Column]
    /// Rows of cells; every row has exactly `columns.count` cells (the initialiser pads or trims).
    public private(set) var rows: [[String]]
    /// Optional closing line (totals, notes) shown under the table.
    public var footnote: String?

    public init(title: String? = nil, columns: [Column], rows: [[String]] = [], footnote: String? = nil) {
        self.title = title
        self.columns = columns
        self.rows = []
        self.footnote = footnote
        for row in rows { append(row) }
    }

    /// Appends a row, padding missing cells with "" and dropping extra ones.
    public mutating func append(_ row: [String]) {
        var r = Array(row.prefix(columns.count))
        while r.count < columns.count { r.append("") }
        rows.append(r)
    }
}
