import CLibCSV
import Foundation

/// Formats records as CSV text (always UTF-8), quoting with libcsv.
///
/// A field is quoted when it holds the separator, the quote character, CR or LF (RFC 4180),
/// and also when it starts or ends with a space or tab (so that readers that trim keep them),
/// when it is the only field of a record and empty (an empty line would be skipped by readers),
/// or when a record's first field starts with `sep=` (Excel would take it for a separator hint).
/// Quoting doubles the quote characters inside; libcsv's `csv_write2` does it.
///
/// Formula-like fields (`=cmd`) are written as they are: changing them would break the data,
/// and the report renderers decide whether to neutralise them.
public struct CSVWriter: Sendable {
    /// The layout written: separator, quote, line ending, byte order mark.
    public var dialect: CSVDialect

    /// Creates a writer for a dialect.
    public init(dialect: CSVDialect = .rfc4180) {
        self.dialect = dialect
    }

    /// The bytes that start the output: the UTF-8 byte order mark when the dialect asks for it.
    public var prefix: String { dialect.writesByteOrderMark ? "\u{FEFF}" : "" }

    /// One record as a line of CSV text, line ending included.
    public func line(for fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendLine(for: fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record, line ending included, as UTF-8 bytes.
    public func appendLine(for fields: [String], to output: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { output.append(dialect.separator.rawValue) }
            let utf8 = Array(field.utf8)
            if needsQuoting(utf8, isFirst: position == 0, isOnly: fields.count == 1) {
                appendQuoted(utf8, to: &output)
            } else {
                output.append(contentsOf: utf8)
            }
        }
        output.append(contentsOf: dialect.lineEnding.rawValue.utf8)
    }

    /// Whole CSV text: the byte order mark if the dialect has one, the header (unless empty),
    /// then the rows.
    public func string(header: [String], rows: [[String]]) -> String {
        var bytes: [UInt8] = []
        if dialect.writesByteOrderMark { bytes.append(contentsOf: TextEncoding.utf8ByteOrderMark) }
        if !header.isEmpty { appendLine(for: header, to: &bytes) }
        for row in rows { appendLine(for: row, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whole CSV text for a table, as the report renderers need it; see ``string(header:rows:)``.
    public static func string(header: [String], rows: [[String]], dialect: CSVDialect = .rfc4180) -> String {
        CSVWriter(dialect: dialect).string(header: header, rows: rows)
    }

    /// Whole CSV as UTF-8 bytes; see ``string(header:rows:)``.
    public static func data(header: [String], rows: [[String]], dialect: CSVDialect = .rfc4180) -> Data {
        Data(CSVWriter(dialect: dialect).string(header: header, rows: rows).utf8)
    }

    private func needsQuoting(_ field: [UInt8], isFirst: Bool, isOnly: Bool) -> Bool {
        guard let first = field.first, let last = field.last else { return isOnly }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        if isFirst && field.starts(with: "sep=".utf8) { return true }
        let separator = dialect.separator.rawValue, quote = dialect.quote
        return field.contains { $0 == separator || $0 == quote || $0 == 0x0D || $0 == 0x0A }
    }

    private func appendQuoted(_ field: [UInt8], to output: inout [UInt8]) {
        // Worst case: every byte a quote (doubled) plus the two surrounding quotes.
        let capacity = field.count * 2 + 2
        let written = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = field.withUnsafeBytes { source in
                csv_write2(buffer.baseAddress, capacity, source.baseAddress, source.count, dialect.quote)
            }
        }
        output.append(contentsOf: written)
    }
}
