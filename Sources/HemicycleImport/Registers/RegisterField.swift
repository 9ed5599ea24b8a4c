import HemicycleCSV
import HemicycleModel

/// Field access for the register readers: required columns and typed conversions whose
/// failures name the file, line and column.
extension CSVRecord {
    /// The text of a column the reader has already required (empty if the record is short).
    func text(_ column: String) -> String {
        self[column] ?? ""
    }

    /// A `dd/mm/yyyy` date, as the ministry writes them.
    func frenchDate(_ column: String, source: String) throws -> CalendarDate {
        let value = text(column)
        guard let date = CalendarDate(french: value) else {
            throw invalid(column, source: source, "\"\(value)\" is not a dd/mm/yyyy date")
        }
        return date
    }

    /// A CSVError about one field of this record.
    func invalid(_ column: String, source: String, _ why: String) -> CSVError {
        let position = header?.index(of: column)
        return CSVError(.invalidValue(why), source: source, line: line, column: position.map { $0 + 1 }, columnName: column)
    }
}
