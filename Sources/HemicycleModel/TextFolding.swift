import Foundation

/// Folding of text for case- and accent-insensitive search ("Sûreté" matches "surete").
public enum TextFolding {
    /// Lower-cases, removes diacritics and maps typographic apostrophes to `'`.
    /// `"Vidéoprotection"` → `"videoprotection"`, `"L’État"` → `"l'etat"`.
    ///
    /// ASCII characters are lower-cased directly, accented Latin-1 letters mapped by a table
    /// (``accentedLatin1Base(_:)``); only runs of other characters go through Foundation's
    /// folding, which costs about a microsecond per character (a 10 MB title took seconds). The
    /// result is the same, since folding works character by character.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pending = ""
        for character in text {
            // A single-byte character is ASCII ("\r\n" is one character of two bytes); an
            // accented Latin-1 letter alone (no combining mark after it) folds to an ASCII one.
            let byte: UInt8?
            if character.utf8.count == 1 {
                byte = character.utf8.first.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            } else if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first {
                byte = accentedLatin1Base(scalar.value)
            } else {
                byte = nil
            }
            guard let byte else {
                pending.append(character)
                continue
            }
            if !pending.isEmpty {
                result += foldWithFoundation(pending)
                pending = ""
            }
            result.unicodeScalars.append(Unicode.Scalar(byte))
        }
        if !pending.isEmpty { result += foldWithFoundation(pending) }
        return result
    }

    /// The lower-case ASCII letter that an accented letter of Latin-1 (U+00C0…U+00FF: "É", "ç",
    /// "ñ"…) folds to, as Foundation folds it; nil for any other scalar, left to Foundation
    /// ("ß", "Ø", "Æ" and the rest). French names and titles are mostly made of these, and
    /// Foundation's folding cost a microsecond each. A test checks the table against Foundation.
    static func accentedLatin1Base(_ value: UInt32) -> UInt8? {
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5: UInt8(ascii: "a")
        case 0xC7, 0xE7: UInt8(ascii: "c")
        case 0xC8...0xCB, 0xE8...0xEB: UInt8(ascii: "e")
        case 0xCC...0xCF, 0xEC...0xEF: UInt8(ascii: "i")
        case 0xD1, 0xF1: UInt8(ascii: "n")
        case 0xD2...0xD6, 0xF2...0xF6: UInt8(ascii: "o")
        case 0xD9...0xDC, 0xF9...0xFC: UInt8(ascii: "u")
        case 0xDD, 0xFD, 0xFF: UInt8(ascii: "y")
        default: nil
        }
    }

    /// Foundation's folding, plus the apostrophe and the ligatures it leaves.
    static func foldWithFoundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae")
    }
}
