/// How a CSV file is laid out: the field separator, the quote character, whether the first
/// record is a header, and (for writing) the line ending and byte order mark.
///
/// Reading accepts LF and CRLF line endings whatever `lineEnding` says; `lineEnding` and
/// `writesByteOrderMark` only affect ``CSVWriter`` and ``CSVFileWriter``.
public struct CSVDialect: Hashable, Sendable {
    /// A field separator. Only the three separators found in real exports are offered, so that
    /// separator detection has a closed set of candidates.
    public enum Separator: UInt8, Hashable, Sendable, CaseIterable {
        /// `,` — RFC 4180, most international exports.
        case comma = 0x2C
        /// `;` — French exports and Excel in locales whose decimal mark is a comma.
        case semicolon = 0x3B
        /// TAB — "TSV" exports.
        case tab = 0x09

        /// The separator as a character.
        public var character: Character { Character(Unicode.Scalar(rawValue)) }
    }

    /// The end-of-record marker written by the writers.
    public enum LineEnding: String, Hashable, Sendable {
        /// `\n` (Unix).
        case lf = "\n"
        /// `\r\n` (what RFC 4180 prescribes and what Excel writes).
        case crlf = "\r\n"
    }

    /// The field separator.
    public var separator: Separator
    /// The quote character as an ASCII byte (`"` = 0x22).
    public var quote: UInt8
    /// Whether the first record is a header naming the columns.
    public var hasHeader: Bool
    /// The line ending written after each record.
    public var lineEnding: LineEnding
    /// Whether writers start the output with a UTF-8 byte order mark (Excel needs it to read
    /// UTF-8 rather than the legacy Windows code page).
    public var writesByteOrderMark: Bool

    /// Creates a dialect. `quote` must be an ASCII character.
    public init(
        separator: Separator = .comma,
        quote: Unicode.Scalar = "\"",
        hasHeader: Bool = true,
        lineEnding: LineEnding = .lf,
        writesByteOrderMark: Bool = false
    ) {
        precondition(quote.isASCII, "the CSV quote character must be ASCII")
        self.separator = separator
        self.quote = UInt8(quote.value)
        self.hasHeader = hasHeader
        self.lineEnding = lineEnding
        self.writesByteOrderMark = writesByteOrderMark
    }

    /// RFC 4180: `,`, `"`, a header line. Written with LF line endings (RFC 4180 prescribes
    /// CRLF; set `lineEnding = .crlf` for strict conformance — every reader we know accepts LF).
    public static let rfc4180 = CSVDialect()

    /// What French Excel reads and writes: `;`, `"`, a header, CRLF, and a UTF-8 byte order mark
    /// on write (without it Excel decodes UTF-8 as Windows-1252 and garbles accents).
    public static let excelFrench = CSVDialect(separator: .semicolon, lineEnding: .crlf, writesByteOrderMark: true)

    /// Tab-separated values with a header line.
    public static let tabSeparated = CSVDialect(separator: .tab)

    /// Guesses the separator from the first lines of a file.
    ///
    /// For each candidate (`,` `;` TAB) the occurrences outside quoted fields are counted on each
    /// of the first `lineLimit` complete lines. A candidate found the same non-zero number of
    /// times on every line wins (the one with the most per line if several do); otherwise the
    /// candidate with the most occurrences overall. Returns nil when none occurs at all.
    ///
    /// - Parameters:
    ///   - sample: the first bytes of the file (a few KiB are plenty), without byte order mark.
    ///   - quote: the quote character as an ASCII byte.
    ///   - lineLimit: how many lines to look at.
    public static func detectSeparator(in sample: some Collection<UInt8>, quote: UInt8 = 0x22, lineLimit: Int = 10) -> Separator? {
        let candidates = Separator.allCases
        var perLine: [[Int]] = []  // one row of candidate counts per line
        var counts = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineHasContent = false
        for byte in sample {
            if byte == quote {
                inQuotes.toggle()  // a doubled quote toggles twice, which is what we want
                lineHasContent = true
            } else if !inQuotes && byte == 0x0A {
                if lineHasContent { perLine.append(counts) }
                counts = [Int](repeating: 0, count: candidates.count)
                lineHasContent = false
                if perLine.count == lineLimit { break }
            } else if !inQuotes, let index = candidates.firstIndex(where: { $0.rawValue == byte }) {
                counts[index] += 1
                lineHasContent = true
            } else if byte != 0x0D {
                lineHasContent = true
            }
        }
        // A last line without its newline is only trusted when it is the only line.
        if perLine.isEmpty && lineHasContent { perLine.append(counts) }
        guard !perLine.isEmpty else { return nil }

        var best: (separator: Separator, perLine: Int)?
        for (index, candidate) in candidates.enumerated() {
            let first = perLine[0][index]
            guard first > 0, perLine.allSatisfy({ $0[index] == first }) else { continue }
            if let current = best, current.perLine >= first { continue }
            best = (candidate, first)
        }
        if let best { return best.separator }

        let totals = candidates.indices.map { index in perLine.reduce(0) { $0 + $1[index] } }
        guard let maximum = totals.max(), maximum > 0, let winner = totals.firstIndex(of: maximum) else { return nil }
        return candidates[winner]
    }
}
