import HemicycleModel

/// What `hemicycle registers import` did, one row per register file; as a document and as JSON.
public struct RegistersImportReport: Sendable {
    /// One register file in JSON.
    public struct Row: Encodable, Sendable {
        /// ``HemicycleModel/RegisterBatch/Kind`` raw value.
        public let kind: String
        public let file: String
        /// Rows in the file, and rows stored for its kind before.
        public let rows: Int, previousRows: Int
        /// ``HemicycleModel/RegisterImportResult/Change`` raw value.
        public let change: String
    }

    /// The database imported into (its path).
    public let database: String
    /// The files, in import order.
    public let results: [RegisterImportResult]

    /// The report of importing `results` into `database`.
    public init(database: String, results: [RegisterImportResult]) { (self.database, self.results) = (database, results) }

    /// One table, and a sentence when nothing changed.
    public func document() -> ReportDocument {
        var table = ReportTable(title: "Registers in \(database)", columns: [
            .init("Register", key: "kind"), .init("File", key: "file"), .init("Rows", key: "rows", alignment: .right),
            .init("Before", key: "previous_rows", alignment: .right), .init("Change", key: "change"),
        ])
        for r in results { table.append([r.kind.rawValue, r.fileName, "\(r.rows)", "\(r.previousRows)", r.change.rawValue]) }
        var document = ReportDocument()
        document.table(table)
        if results.allSatisfy({ $0.change == .unchanged }) {
            document.paragraph("Nothing changed: the database already held these files.")
        }
        return document
    }

    /// The JSON: one object per file.
    public var payload: [Row] {
        results.map { Row(kind: $0.kind.rawValue, file: $0.fileName, rows: $0.rows, previousRows: $0.previousRows, change: $0.change.rawValue) }
    }
}
