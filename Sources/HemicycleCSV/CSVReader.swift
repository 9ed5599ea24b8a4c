import Foundation

/// Reads a CSV file record by record, in constant memory, with libcsv doing the splitting.
///
/// The reader is a description of what to read and how; each call to ``makeRecordIterator()``
/// or ``forEachRecord(requiringColumns:_:)`` opens the input afresh. The file is read in
/// chunks (``Options/chunkSize``), so memory stays bounded by the chunk size plus the largest
/// field, whatever the file size.
///
/// ```swift
/// let reader = CSVReader(url: postcodes, options: .init(headerPrefix: "#"))
/// try reader.forEachRecord(requiringColumns: ["Code_postal"]) { record in
///     print(record["Code_postal"] ?? "")
/// }
/// ```
///
/// Handled on input: a UTF-8 byte order mark; an Excel `sep=;` first line (sets the separator);
/// preamble and comment lines; quoted fields holding separators, doubled quotes and newlines;
/// LF and CRLF line endings. Spaces around unquoted fields are kept (RFC 4180 says they belong
/// to the field; libcsv would trim them by default).
public struct CSVReader: Sendable {
    /// What to do with a record whose field count differs from the header's (or, without a
    /// header, from the first record's).
    public enum RaggedRowPolicy: Hashable, Sendable {
        /// Throw ``CSVError/Reason/raggedRow(expected:found:)``.
        case error
        /// Deliver the record as it is; a short record answers nil for its missing columns.
        case allow
    }

    /// How lenient the reader is, and what it skips.
    public struct Options: Hashable, Sendable {
        /// Lines starting with this text are skipped when they start a record (e.g. `#`).
        /// Nil: no comment lines.
        public var commentPrefix: String?
        /// When the dialect has a header and the first line starts with this text, the text is
        /// removed and the rest read as the header. La Poste's postcode file needs `#`: its header
        /// is `#Code_commune_INSEE;…`. Checked before ``commentPrefix``.
        public var headerPrefix: String?
        /// A count of physical lines at the start of the file to skip unread (a title or notes
        /// above the header).
        public var skippedLeadingLines: Int
        /// What to do with records of the wrong width.
        public var raggedRows: RaggedRowPolicy
        /// The largest field accepted, a count of bytes (default 1 MiB).
        public var maximumFieldSize: Int
        /// How many bytes are read from the file at a time (default 64 KiB).
        public var chunkSize: Int

        /// Creates options; the defaults read a plain RFC 4180 file strictly.
        public init(
            commentPrefix: String? = nil,
            headerPrefix: String? = nil,
            skippedLeadingLines: Int = 0,
            raggedRows: RaggedRowPolicy = .error,
            maximumFieldSize: Int = 1 << 20,
            chunkSize: Int = 64 << 10
        ) {
            self.commentPrefix = commentPrefix
            self.headerPrefix = headerPrefix
            self.skippedLeadingLines = skippedLeadingLines
            self.raggedRows = raggedRows
            self.maximumFieldSize = maximumFieldSize
            self.chunkSize = max(chunkSize, 16)
        }
    }

    /// Where the bytes come from.
    enum Input: Sendable {
        case file(URL)
        case memory(Data)
    }

    let input: Input
    /// The name used in error messages: the file's last path component, or the name given to
    /// in-memory input.
    public let sourceName: String
    /// The dialect; nil means "detect the separator from the first lines, quote `"`, header".
    public var dialect: CSVDialect?
    /// The encoding; nil means detect it (see ``TextEncoding/detect(_:)``).
    public var encoding: TextEncoding?
    /// Leniency and skipping options.
    public var options: Options

    /// A reader of a file.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - dialect: the layout; nil to detect the separator (a `sep=` line overrides either).
    ///   - encoding: the text encoding; nil to detect it, which reads the file once more,
    ///     in chunks, before parsing.
    ///   - options: leniency and skipping options.
    public init(url: URL, dialect: CSVDialect? = nil, encoding: TextEncoding? = nil, options: Options = Options()) {
        self.input = .file(url)
        self.sourceName = url.lastPathComponent
        self.dialect = dialect
        self.encoding = encoding
        self.options = options
    }

    /// A reader of bytes in memory (tests, downloads).
    public init(data: Data, name: String = "<data>", dialect: CSVDialect? = nil, encoding: TextEncoding? = nil, options: Options = Options()) {
        self.input = .memory(data)
        self.sourceName = name
        self.dialect = dialect
        self.encoding = encoding
        self.options = options
    }

    /// A reader of text in memory, read as UTF-8.
    public init(string: String, name: String = "<string>", dialect: CSVDialect? = nil, options: Options = Options()) {
        self.init(data: Data(string.utf8), name: name, dialect: dialect, encoding: .utf8, options: options)
    }

    /// Opens the input and reads the header (when the dialect has one). Pull records with
    /// ``CSVRecordIterator/next()``.
    public func makeRecordIterator() throws -> CSVRecordIterator {
        try CSVRecordIterator(reader: self)
    }

    /// Reads only the header: nil when the dialect has none or the input is empty.
    public func readHeader() throws -> CSVHeader? {
        try makeRecordIterator().header
    }

    /// Calls `body` with each record in file order, after checking that the header has the
    /// required columns. Records are not kept: memory stays constant.
    ///
    /// - Returns: the header, when the dialect has one.
    @discardableResult
    public func forEachRecord(requiringColumns required: [String] = [], _ body: (CSVRecord) throws -> Void) throws -> CSVHeader? {
        let records = try makeRecordIterator()
        if !required.isEmpty { try records.requireColumns(required) }
        while let record = try records.next() { try body(record) }
        return records.header
    }

    /// Reads every record into memory. Meant for small files and tests; use
    /// ``forEachRecord(requiringColumns:_:)`` for large ones.
    public func readAll() throws -> (header: CSVHeader?, records: [CSVRecord]) {
        var records: [CSVRecord] = []
        let header = try forEachRecord { records.append($0) }
        return (header, records)
    }
}
