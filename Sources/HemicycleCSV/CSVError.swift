/// Why a CSV file could not be read, and where.
///
/// The message names the source (a file name, or the name given to in-memory input), the
/// physical line where the faulty record starts (1-based, counting every line of the file,
/// byte order mark and preamble included) and, when it applies, the column (1-based, with its
/// header name when known):
///
/// ```
/// elus-deputes-dep.csv, line 12, column 3 ("Nom de l'élu"): 14 fields where the header has 13
/// ```
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The file does not exist.
        case fileNotFound
        /// The file exists but could not be read (the system's explanation).
        case unreadable(String)
        /// The file could not be created or written (the system's explanation).
        case unwritable(String)
        /// A field is not valid text in the encoding the file was read with.
        case invalidEncoding(TextEncoding)
        /// A quoted field is still open at the end of the input.
        case unterminatedQuote
        /// A quote where none may be: inside an unquoted field, or after a closing quote.
        case misplacedQuote
        /// A record has `found` fields where the header (or the first record) has `expected`.
        case raggedRow(expected: Int, found: Int)
        /// A field is longer than the limit, a count of bytes.
        case fieldTooLarge(limit: Int)
        /// The header lacks required columns; `found` lists the columns it has.
        case missingColumns(missing: [String], found: [String])
        /// The input has no header line although one was expected.
        case missingHeader
        /// A field could not be converted (e.g. a date or number in a register); the text says why.
        case invalidValue(String)
        /// libcsv reported another failure (out of memory).
        case parserFailure(String)
    }

    /// What went wrong.
    public var reason: Reason
    /// The file name (last path component) or the name of the in-memory input.
    public var source: String
    /// The physical line, 1-based, where the record starts; nil when the error is about the
    /// whole file.
    public var line: Int?
    /// The column, 1-based; nil when the error is about a whole record or file.
    public var column: Int?
    /// The header name of ``column``, when there is a header.
    public var columnName: String?

    /// Creates an error.
    public init(_ reason: Reason, source: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil) {
        self.reason = reason
        self.source = source
        self.line = line
        self.column = column
        self.columnName = columnName
    }

    public var description: String {
        var location = source
        if let line { location += ", line \(line)" }
        if let column {
            location += ", column \(column)"
            if let columnName { location += " (\"\(columnName)\")" }
        }
        return "\(location): \(explanation)"
    }

    private var explanation: String {
        switch reason {
        case .fileNotFound: "file not found"
        case .unreadable(let why): "cannot read the file: \(why)"
        case .unwritable(let why): "cannot write the file: \(why)"
        case .invalidEncoding(let encoding): "not valid \(encoding) text"
        case .unterminatedQuote: "quoted field never closed (missing closing quote before the end of the file)"
        case .misplacedQuote: "misplaced quote (a quote inside an unquoted field, or text after a closing quote)"
        case .raggedRow(let expected, let found): "\(found) fields where \(expected) were expected"
        case .fieldTooLarge(let limit): "field larger than the limit of \(limit) bytes"
        case .missingColumns(let missing, let found):
            "missing column(s) \(missing.map { "\"\($0)\"" }.joined(separator: ", ")); the header has \(found.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .missingHeader: "empty input: no header line"
        case .invalidValue(let why): why
        case .parserFailure(let why): "CSV parser failure: \(why)"
        }
    }
}
