import Foundation

/// A text encoding found in French open-data CSV files.
///
/// All four are ASCII-compatible: every byte below 0x80 is the ASCII character, and no
/// multi-byte UTF-8 sequence contains a byte below 0x80. So a CSV file can be split into
/// fields on its raw bytes (separator, quote, CR, LF are ASCII) and each field decoded
/// afterwards, which is what ``CSVReader`` does.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// UTF-8 (with or without byte order mark).
    case utf8
    /// Windows-1252 ("ANSI", cp1252): Latin-1 plus typographic characters (€ ’ “ ” – — Œ œ …)
    /// at 0x80–0x9F.
    case windows1252
    /// ISO-8859-1 (Latin-1): bytes 0x00–0xFF are U+0000–U+00FF.
    case isoLatin1
    /// ISO-8859-15 (Latin-9): Latin-1 with eight code points replaced, among them € at 0xA4 and
    /// Œ œ at 0xBC 0xBD.
    case isoLatin9

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .windows1252: "Windows-1252"
        case .isoLatin1: "ISO-8859-1"
        case .isoLatin9: "ISO-8859-15"
        }
    }

    /// The UTF-8 byte order mark, EF BB BF.
    public static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Guesses the encoding of a whole text: a UTF-8 byte order mark or valid UTF-8 gives
    /// ``utf8``; anything else gives ``windows1252``.
    ///
    /// Why Windows-1252 and not Latin-1 for the fallback: the two agree on every byte except
    /// 0x80–0x9F, which Latin-1 assigns to C1 control codes that never occur in real text, and
    /// Windows-1252 to € ’ “ ” Œ œ and friends, which do occur in files made on Windows. So
    /// decoding a Latin-1 file as Windows-1252 gives the same text, and decoding a Windows file
    /// as Windows-1252 gives the right one. (Latin-9 cannot be told apart from Latin-1 by the
    /// bytes alone; name it explicitly when a source is known to use it.)
    public static func detect(_ bytes: some Collection<UInt8>) -> TextEncoding {
        if bytes.starts(with: utf8ByteOrderMark) { return .utf8 }
        var validator = UTF8Validator()
        validator.consume(bytes)
        return validator.finish() ? .utf8 : .windows1252
    }

    /// Guesses the encoding of a file like ``detect(_:)``, reading it in chunks of `chunkSize`
    /// bytes (constant memory) and stopping at the first byte that is not valid UTF-8.
    public static func detect(contentsOf url: URL, chunkSize: Int = 64 * 1024) throws -> TextEncoding {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var validator = UTF8Validator()
        var isFirstChunk = true
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            if isFirstChunk && chunk.starts(with: utf8ByteOrderMark) { return .utf8 }
            isFirstChunk = false
            if !validator.consume(chunk) { return .windows1252 }
        }
        return validator.finish() ? .utf8 : .windows1252
    }

    /// Decodes bytes in this encoding. Returns nil only for UTF-8 that is not valid; the
    /// single-byte encodings decode every byte.
    public func decode(_ bytes: UnsafeRawBufferPointer) -> String? {
        // Fast path: pure ASCII is the same text in every encoding here.
        if !bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .windows1252, .isoLatin1, .isoLatin9:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(singleByteScalar(byte)) }
            return String(scalars)
        }
    }

    /// Decodes bytes in this encoding; see ``decode(_:)-(UnsafeRawBufferPointer)``.
    public func decode(_ bytes: some Collection<UInt8>) -> String? {
        let contiguous = Array(bytes)
        return contiguous.withUnsafeBytes { decode($0) }
    }

    /// The character a single byte stands for, in a single-byte encoding.
    private func singleByteScalar(_ byte: UInt8) -> Unicode.Scalar {
        let code: UInt32
        switch self {
        case .windows1252 where (0x80...0x9F).contains(byte):
            code = Self.windows1252High[Int(byte) - 0x80]
        case .isoLatin9:
            code = Self.latin9Replacements[byte] ?? UInt32(byte)
        default:
            code = UInt32(byte)
        }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    /// Windows-1252 0x80–0x9F. The five unassigned bytes (0x81 0x8D 0x8F 0x90 0x9D) map to the
    /// C1 control of the same value, as the WHATWG encoding standard does, so decoding never
    /// fails.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87: € . ‚ ƒ „ … † ‡
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F: ˆ ‰ Š ‹ Œ . Ž .
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97: . ‘ ’ “ ” • – —
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F: ˜ ™ š › œ . ž Ÿ
    ]

    /// Where ISO-8859-15 differs from ISO-8859-1.
    private static let latin9Replacements: [UInt8: UInt32] = [
        0xA4: 0x20AC,  // €  (Latin-1: ¤)
        0xA6: 0x0160,  // Š  (¦)
        0xA8: 0x0161,  // š  (¨)
        0xB4: 0x017D,  // Ž  (´)
        0xB8: 0x017E,  // ž  (¸)
        0xBC: 0x0152,  // Œ  (¼)
        0xBD: 0x0153,  // œ  (½)
        0xBE: 0x0178,  // Ÿ  (¾)
    ]
}

/// Checks UTF-8 validity incrementally, so that a file can be checked chunk by chunk even when
/// a multi-byte character straddles two chunks.
struct UTF8Validator {
    /// Bytes of a character whose end has not been seen yet (at most 3).
    private var carry: [UInt8] = []
    private(set) var isValid = true

    /// Feeds the next bytes; returns whether everything so far is valid.
    @discardableResult
    mutating func consume(_ bytes: some Collection<UInt8>) -> Bool {
        guard isValid else { return false }
        var buffer = carry
        buffer.append(contentsOf: bytes)
        // Hold back an incomplete character at the end: find the start of the last character
        // among the last 4 bytes and see whether all its bytes are there.
        var cut = buffer.count
        var index = buffer.count - 1
        while index >= 0 && index >= buffer.count - 4 {
            let byte = buffer[index]
            if byte & 0xC0 != 0x80 {  // not a continuation byte: the start of a character
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if index + length > buffer.count { cut = index }
                break
            }
            index -= 1
        }
        carry = Array(buffer[cut...])
        isValid = String(validating: buffer[..<cut], as: UTF8.self) != nil
        return isValid
    }

    /// Whether the whole input was valid (an incomplete character at the very end is not).
    mutating func finish() -> Bool {
        isValid && carry.isEmpty
    }
}
