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

    /// One table, and a sentence when nothing changed, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var table = ReportTable(title: fr ? "Registres dans \(database)" : "Registers in \(database)", columns: [
            .init(fr ? "Registre" : "Register", key: "kind"), .init(fr ? "Fichier" : "File", key: "file"),
            .init(fr ? "Lignes" : "Rows", key: "rows", alignment: .right), .init(fr ? "Avant" : "Before", key: "previous_rows", alignment: .right),
            .init(fr ? "Changement" : "Change", key: "change"),
        ])
        let changes: [RegisterImportResult.Change: String] = fr ? [.added: "ajouté", .replaced: "remplacé", .unchanged: "inchangé"] : [:]
        for r in results { table.append([r.kind.rawValue, r.fileName, "\(r.rows)", "\(r.previousRows)", changes[r.change] ?? r.change.rawValue]) }
        var document = ReportDocument()
        document.table(table)
        if results.allSatisfy({ $0.change == .unchanged }) {
            document.paragraph(fr ? "Rien n'a changé : la base contenait déjà ces fichiers." : "Nothing changed: the database already held these files.")
        }
        return document
    }

    /// The JSON: one object per file.
    public var payload: [Row] {
        results.map { Row(kind: $0.kind.rawValue, file: $0.fileName, rows: $0.rows, previousRows: $0.previousRows, change: $0.change.rawValue) }
    }
}
