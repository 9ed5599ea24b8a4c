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

    /// The CSV of a payload: laid flat (``CSVDataTable/table(_:list:uid:)``); when no row gives
    /// a column, the `document`'s table says at least the header.
    public static func csv(data payload: some Encodable, document: @autoclosure () -> ReportDocument) throws -> String {
        let table = try CSVDataTable.table(payload)
        return table.columns.isEmpty ? csv(document()) ?? "" : CSVRenderer().render(table)
    }
}
