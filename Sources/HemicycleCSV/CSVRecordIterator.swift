import CLibCSV
import Foundation

/// Pulls the records of one CSV input, one at a time, in constant memory.
///
/// Made by ``CSVReader/makeRecordIterator()``. The header (if the dialect has one) is already
/// read when you get the iterator. Not thread-safe: use it from one task.
///
/// How it works: the input is read in chunks and cut into physical lines, so that each line's
/// number is known while libcsv parses it. A line is first looked at (is it a `sep=` hint, a
/// comment, the `#`-prefixed header?) when libcsv is between records, then fed to `csv_parse`,
/// whose callbacks decode each field and collect finished records. Only the records finished
/// by the current chunk are held.
public final class CSVRecordIterator {
    /// The name used in error messages.
    public let source: String
    /// The header, when the dialect has one and the input is not empty.
    public private(set) var header: CSVHeader?
    /// The dialect in use, after separator detection and `sep=` hints.
    public private(set) var dialect: CSVDialect
    /// The encoding fields are decoded with (given or detected).
    public let encoding: TextEncoding
    /// The physical line (1-based) of the header, when there is one.
    public private(set) var headerLine: Int?

    private let options: CSVReader.Options
    private let input: ByteSource
    private let parser: UnsafeMutablePointer<csv_parser>
    private var detectsSeparator: Bool

    // Line bookkeeping.
    private var lineNumber = 1  // the physical line being fed
    private var lineHeadSeen = false  // whether the current line's start has been looked at
    private var skippingLine = false  // whether the current line is a comment, preamble or hint
    private var partialLine: [UInt8] = []  // the start of the current line, awaiting more bytes
    private var atStartOfInput = true
    private var contentLineSeen = false  // whether any line has been given to the parser

    // Record assembly, filled by libcsv's callbacks.
    fileprivate var fields: [String] = []
    fileprivate var recordLine = 1
    fileprivate var finishedRecords: [CSVRecord] = []
    fileprivate var failure: CSVError?
    private var nextFinishedRecord = 0
    private var inputExhausted = false
    private var expectedFieldCount: Int?

    /// libcsv's state "between records" (`ROW_NOT_BEGUN` in libcsv.c). The state lives in the
    /// public `csv_parser` struct; it is how we know that a line starts a new record rather
    /// than continuing a quoted field.
    private static let rowNotBegun: Int32 = 0

    init(reader: CSVReader) throws {
        source = reader.sourceName
        options = reader.options
        dialect = reader.dialect ?? CSVDialect()
        detectsSeparator = reader.dialect == nil
        input = try ByteSource(reader.input, name: reader.sourceName)
        if let given = reader.encoding {
            encoding = given
        } else {
            switch reader.input {
            case .memory(let data):
                encoding = TextEncoding.detect(data)
            case .file(let url):
                do {
                    encoding = try TextEncoding.detect(contentsOf: url, chunkSize: reader.options.chunkSize)
                } catch {
                    throw CSVError(.unreadable(error.localizedDescription), source: reader.sourceName)
                }
            }
        }

        parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        // Zeroed first, so that `deinit` (which runs if this initializer throws from here on)
        // can call csv_free even when csv_init failed.
        parser.initialize(to: csv_parser())
        // Strict: a stray quote is an error, and so is a quote left open at the end.
        let status = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI))
        guard status == 0 else {
            throw CSVError(.parserFailure(String(cString: csv_strerror(status))), source: reader.sourceName)
        }
        csv_set_delim(parser, dialect.separator.rawValue)
        csv_set_quote(parser, dialect.quote)
        // No byte is "space": keep spaces around unquoted fields, as RFC 4180 says.
        csv_set_space_func(parser) { _ in 0 }

        // The record callback turns the first record into the header, so that errors in the
        // same chunk can already name their column.
        while dialect.hasHeader && header == nil && !inputExhausted { try readChunk() }
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
    }

    /// Checks that the header has every required column.
    ///
    /// - Throws: ``CSVError/Reason/missingColumns(missing:found:)`` naming the missing columns
    ///   and those present, or ``CSVError/Reason/missingHeader`` for empty input.
    public func requireColumns(_ required: [String]) throws {
        guard let header else { throw CSVError(.missingHeader, source: source, line: 1) }
        let missing = header.missingColumns(required)
        guard missing.isEmpty else {
            throw CSVError(.missingColumns(missing: missing, found: header.names), source: source, line: headerLine)
        }
    }

    /// The next record, or nil at the end of the input.
    ///
    /// - Throws: ``CSVError`` for malformed input (with line and column).
    public func next() throws -> CSVRecord? {
        guard var record = try nextParsedRecord() else { return nil }
        let expected = header?.names.count ?? expectedFieldCount ?? record.fields.count
        if expectedFieldCount == nil { expectedFieldCount = expected }
        if record.fields.count != expected && options.raggedRows == .error {
            let column = min(expected, record.fields.count) + 1
            throw CSVError(
                .raggedRow(expected: expected, found: record.fields.count),
                source: source, line: record.line, column: column, columnName: columnName(column))
        }
        record.header = header
        return record
    }

    // MARK: - Driving libcsv

    private func nextParsedRecord() throws -> CSVRecord? {
        while nextFinishedRecord == finishedRecords.count {
            if inputExhausted { return nil }
            finishedRecords.removeAll(keepingCapacity: true)
            nextFinishedRecord = 0
            try readChunk()
        }
        defer { nextFinishedRecord += 1 }
        return finishedRecords[nextFinishedRecord]
    }

    /// Reads one chunk and feeds its lines; at the end of input, flushes the parser.
    private func readChunk() throws {
        guard var chunk = try input.read(upTo: options.chunkSize) else {
            try finishInput()
            return
        }
        if atStartOfInput {
            atStartOfInput = false
            if chunk.starts(with: TextEncoding.utf8ByteOrderMark) { chunk.removeFirst(3) }
            if detectsSeparator, let detected = CSVDialect.detectSeparator(in: chunk.prefix(16 << 10), quote: dialect.quote) {
                setSeparator(detected)
            }
        }
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            try take(chunk[start...newline], endsLine: true)
            start = newline + 1
        }
        if start < chunk.endIndex { try take(chunk[start...], endsLine: false) }
    }

    /// Takes the next bytes of the current physical line.
    private func take(_ fragment: ArraySlice<UInt8>, endsLine: Bool) throws {
        if !lineHeadSeen {
            if !endsLine && partialLine.count + fragment.count < options.chunkSize {
                // Not enough of the line yet to tell whether it is a comment or a hint.
                partialLine.append(contentsOf: fragment)
                return
            }
            lineHeadSeen = true
            if partialLine.isEmpty {
                try startLine(fragment)
            } else {
                let line = partialLine + fragment
                partialLine.removeAll(keepingCapacity: true)
                try startLine(line[...])
            }
        } else if !skippingLine {
            try feed(fragment)
        }
        if endsLine {
            lineNumber += 1
            lineHeadSeen = false
            skippingLine = false
        }
    }

    /// Looks at the start of a physical line, then feeds it unless it is to be skipped.
    private func startLine(_ line: ArraySlice<UInt8>) throws {
        guard parser.pointee.pstate == Self.rowNotBegun else {
            try feed(line)  // the line continues a quoted field
            return
        }
        var content = line
        if content.last == 0x0A { content.removeLast() }
        if content.last == 0x0D { content.removeLast() }

        if lineNumber <= options.skippedLeadingLines || content.isEmpty {
            skippingLine = true
            return
        }
        if !contentLineSeen, let hinted = Self.separatorHint(content) {
            setSeparator(hinted)
            skippingLine = true
            return
        }
        var payload = line
        if !contentLineSeen, dialect.hasHeader, let prefix = options.headerPrefix, !prefix.isEmpty,
           content.starts(with: prefix.utf8) {
            payload = payload.dropFirst(prefix.utf8.count)
        } else if let prefix = options.commentPrefix, !prefix.isEmpty, content.starts(with: prefix.utf8) {
            skippingLine = true
            return
        }
        contentLineSeen = true
        recordLine = lineNumber
        try feed(payload)
    }

    /// Excel's first-line hint `sep=;` (exactly that: no quotes, nothing after the character).
    private static func separatorHint(_ content: ArraySlice<UInt8>) -> CSVDialect.Separator? {
        guard content.count == 5, content.starts(with: "sep=".utf8), let last = content.last else { return nil }
        return CSVDialect.Separator(rawValue: last)
    }

    private func setSeparator(_ separator: CSVDialect.Separator) {
        dialect.separator = separator
        csv_set_delim(parser, separator.rawValue)
    }

    /// Gives bytes to libcsv and turns its complaints into ``CSVError``s.
    private func feed(_ bytes: ArraySlice<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        let context = Unmanaged.passUnretained(self).toOpaque()
        let consumed = bytes.withUnsafeBytes { raw in
            csv_parse(parser, raw.baseAddress, raw.count, { CSVRecordIterator.fieldEnded($0, $1, $2) }, { CSVRecordIterator.recordEnded($0, $1) }, context)
        }
        if let failure { throw failure }
        if consumed != bytes.count {
            let code = csv_error(parser)
            let column = fields.count + 1
            if code == CSV_EPARSE {
                // Like every error, it names the line where the record starts.
                throw CSVError(.misplacedQuote, source: source, line: recordLine, column: column, columnName: columnName(column))
            }
            throw CSVError(.parserFailure(String(cString: csv_strerror(code))), source: source, line: lineNumber)
        }
        // A field still being collected must not outgrow the limit while we wait for its end.
        if parser.pointee.entry_pos > options.maximumFieldSize {
            let column = fields.count + 1
            throw CSVError(
                .fieldTooLarge(limit: options.maximumFieldSize),
                source: source, line: recordLine, column: column, columnName: columnName(column))
        }
    }

    /// Flushes the last line and the last record, and checks for a quote left open.
    private func finishInput() throws {
        if !lineHeadSeen && !partialLine.isEmpty {
            lineHeadSeen = true
            let line = partialLine
            partialLine = []
            try startLine(line[...])
        }
        let context = Unmanaged.passUnretained(self).toOpaque()
        let status = csv_fini(parser, { CSVRecordIterator.fieldEnded($0, $1, $2) }, { CSVRecordIterator.recordEnded($0, $1) }, context)
        inputExhausted = true
        if let failure { throw failure }
        if status != 0 {
            let column = fields.count + 1
            let code = csv_error(parser)
            if code == CSV_EPARSE {
                throw CSVError(.unterminatedQuote, source: source, line: recordLine, column: column, columnName: columnName(column))
            }
            throw CSVError(.parserFailure(String(cString: csv_strerror(code))), source: source, line: recordLine)
        }
    }

    private func columnName(_ column: Int) -> String? {
        guard let header, column >= 1, column <= header.names.count else { return nil }
        return header.names[column - 1]
    }

    // MARK: - libcsv callbacks

    /// libcsv's field callback: decode the field's bytes.
    private static func fieldEnded(_ bytes: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
        guard let context else { return }
        let iterator = Unmanaged<CSVRecordIterator>.fromOpaque(context).takeUnretainedValue()
        guard iterator.failure == nil else { return }
        let column = iterator.fields.count + 1
        if length > iterator.options.maximumFieldSize {
            iterator.failure = CSVError(
                .fieldTooLarge(limit: iterator.options.maximumFieldSize),
                source: iterator.source, line: iterator.recordLine, column: column, columnName: iterator.columnName(column))
            return
        }
        guard let text = iterator.encoding.decode(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : length)) else {
            iterator.failure = CSVError(
                .invalidEncoding(iterator.encoding),
                source: iterator.source, line: iterator.recordLine, column: column, columnName: iterator.columnName(column))
            return
        }
        iterator.fields.append(text)
    }

    /// libcsv's record callback: the fields collected so far form a record.
    private static func recordEnded(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
        guard let context else { return }
        let iterator = Unmanaged<CSVRecordIterator>.fromOpaque(context).takeUnretainedValue()
        guard iterator.failure == nil else { return }
        if iterator.dialect.hasHeader && iterator.header == nil {
            iterator.header = CSVHeader(iterator.fields)
            iterator.headerLine = iterator.recordLine
        } else {
            iterator.finishedRecords.append(CSVRecord(fields: iterator.fields, line: iterator.recordLine))
        }
        iterator.fields.removeAll(keepingCapacity: true)
    }
}
