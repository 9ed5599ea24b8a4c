import HemicycleCSV

/// Renders a report's table as CSV with ``HemicycleCSV/CSVWriter`` (libcsv quoting): the header
/// is the columns' stable snake_case keys, not the headers shown to people.
///
/// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, and not a number) are prefixed with `'` unless asked otherwise: ballot titles
/// and names come from outside, and a CSV opened in a spreadsheet must not execute them.
public struct CSVRenderer: Sendable {
    /// Separator, quote, line ending, byte order mark.
    public var dialect: CSVDialect
    /// Whether formula-like text cells get a leading `'`.
    public var neutralizesFormulas: Bool

    /// Creates a renderer.
    public init(dialect: CSVDialect = .rfc4180, neutralizesFormulas: Bool = true) {
        self.dialect = dialect
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// The document's main table (its first), or the empty string when it has none.
    public func render(_ document: ReportDocument) -> String {
        guard let table = document.tables.first else { return "" }
        return render(table)
    }

    /// One table: a header of column keys, then the rows.
    public func render(_ table: ReportTable) -> String {
        let rows = neutralizesFormulas ? table.rows.map { $0.map(Self.neutralizingFormula) } : table.rows
        return CSVWriter.string(header: table.columns.map(\.key), rows: rows, dialect: dialect)
    }

    /// `'=cmd'` for `=cmd`; numbers such as `-3` or `+1.5` and ordinary text are unchanged.
    public static func neutralizingFormula(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        if (first == "-" || first == "+"), isNumber(cell.dropFirst()) { return cell }
        return "'" + cell
    }

    private static func isNumber(_ text: Substring) -> Bool {
        var digits = 0, separators = 0
        for character in text {
            if character.isASCII, character.isNumber { digits += 1 }
            else if character == "." || character == "," { separators += 1 }
            else { return false }
        }
        return digits > 0 && separators <= 1
    }
}
