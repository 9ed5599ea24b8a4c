/// The width of text in a terminal, in columns.
///
/// A grapheme cluster (a Swift `Character`: "é" written as `e` + combining accent is one) takes
/// one column, except East Asian wide and full-width characters and emoji, which take two, and
/// control characters, which take none. This is what terminals do (`wcwidth`), without calling
/// the C library, whose answer depends on the locale.
public enum DisplayWidth {
    /// The number of terminal columns `text` occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most of every report, is one column a byte; no grapheme breaking needed.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The number of terminal columns one character occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        // A lone scalar below the combining marks (U+0300): ASCII, Latin-1 and Latin Extended
        // letters such as "é", one column — but the soft hyphen (U+00AD), which is invisible.
        if first.value < 0x300, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return first.value == 0xAD ? 0 : 1
        }
        // Zero-width characters on their own (joiners, variation selectors, BOM).
        if character.unicodeScalars.allSatisfy({ isZeroWidth($0) }) { return 0 }
        for scalar in character.unicodeScalars where isWide(scalar) { return 2 }
        // A text-default emoji followed by VS16 (U+FE0F) is drawn as a wide emoji.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }),
           character.unicodeScalars.contains(where: { $0.properties.isEmoji }) {
            return 2
        }
        return 1
    }

    /// Cuts `text` so that it fits in `width` columns, ending with `…` when something was cut.
    ///
    /// A width below 1 gives the empty string.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Pads `text` with spaces to `width` columns, on the right (left alignment) or on the left
    /// (right alignment). Text already wider is returned unchanged.
    public static func pad(_ text: String, toWidth width: Int, alignRight: Bool = false) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let padding = String(repeating: " ", count: missing)
        return alignRight ? padding + text : text + padding
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF: return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return true
            default: return false
            }
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F,  // Hangul Jamo initials
             0x2E80...0x303E,  // CJK radicals, punctuation
             0x3041...0x33FF,  // kana, CJK symbols
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xA000...0xA4CF,  // Yi
             0xAC00...0xD7A3,  // Hangul syllables
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF00...0xFF60,  // full-width forms
             0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
