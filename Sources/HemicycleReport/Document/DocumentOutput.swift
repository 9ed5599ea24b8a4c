import Foundation

/// The machine formats of a document, as every face (command line, web server) writes them: one
/// definition, so that `hemicycle ballot 773 --format json` and `/api/ballots/773` are the same bytes.
public enum DocumentOutput {
    /// Stable, pretty JSON with sorted keys spelled by ``JSONKeyStyle`` (UTF-8 text, no final newline).
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Instants as ISO 8601 text (`2026-07-02T06:00:00Z`), not seconds since 2001.
        encoder.dateEncodingStrategy = .iso8601
        // Every key spelled by the one rule (payloads declare no keys of their own).
        encoder.keyEncodingStrategy = .custom { path in
            path.last.map(StyledCodingKey.init(styling:)) ?? StyledCodingKey(stringValue: "")
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The CSV of a document: its main (largest) table, with its stable keys as header; cells a
    /// spreadsheet would run as formulas (a title starting with `=`) are neutralised. Nil when the
    /// document has no table. The text ends its own records.
    public static func csv(_ document: ReportDocument) -> String? {
        document.tables.max { $0.rows.count < $1.rows.count }.map { CSVRenderer().render($0) }
    }

    /// The table of a payload's CSV: the payload laid flat (``CSVDataTable/table(_:list:uid:)``:
    /// the payload itself when it is a list, else its member named `list`, else one row; `uid`
    /// names the rows' own `uid` column), or, when no row gives a column, the document's main
    /// table, so that the CSV says at least its header. Nil when neither has a table.
    public static func csvTable(payload: some Encodable, list: String? = nil, uid: String = "ballot_uid",
                                document: () throws -> ReportDocument) throws -> ReportTable? {
        let data = try CSVDataTable.table(payload, list: list, uid: uid)
        return data.columns.isEmpty ? try document().tables.max { $0.rows.count < $1.rows.count } : data
    }

    /// The CSV text of a payload (``csvTable(payload:list:uid:document:)``); empty when neither the
    /// payload nor the document has a table.
    public static func csv(data payload: some Encodable, document: @autoclosure () -> ReportDocument) throws -> String {
        try csvTable(payload: payload, document: document).map { CSVRenderer().render($0) } ?? ""
    }
}
