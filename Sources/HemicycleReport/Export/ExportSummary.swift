/// What `hemicycle export` wrote: one CSV file per table, with its row count.
public struct ExportSummary: Sendable {
    /// One file written, in JSON.
    public struct Row: Encodable, Sendable {
        /// The table exported (`ballots`, `votes`…).
        public let table: String
        /// The file's path.
        public let file: String
        /// Data rows written, a count (the header not counted).
        public let rows: Int

        /// A row from its parts.
        public init(table: String, file: String, rows: Int) { (self.table, self.file, self.rows) = (table, file, rows) }
    }

    /// The legislature exported.
    public let legislature: Int
    /// Whether the files are for spreadsheets in France (BOM and `;`).
    public let excel: Bool
    /// The files, in the order written.
    public let rows: [Row]

    /// The summary of the export of `legislature`.
    public init(legislature: Int, excel: Bool, rows: [Row]) { (self.legislature, self.excel, self.rows) = (legislature, excel, rows) }

    /// The table of files written, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let title = fr ? "Export de la \(legislature)e législature\(excel ? " (Excel\(NumberFormatting.narrowNoBreakSpace): BOM et ;)" : "")"
            : "Export of legislature \(legislature)\(excel ? " (Excel: BOM and ;)" : "")"
        var summary = ReportTable(title: title, columns: [
            .init("Table", key: "table"), .init(fr ? "Fichier" : "File", key: "file"), .init(fr ? "Lignes" : "Rows", key: "rows", alignment: .right),
        ])
        for w in rows { summary.append([w.table, w.file, "\(w.rows)"]) }
        var document = ReportDocument()
        document.table(summary)
        return document
    }
}
