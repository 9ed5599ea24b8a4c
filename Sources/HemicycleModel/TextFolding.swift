import Foundation

/// Folding of text for case- and accent-insensitive search ("Sûreté" matches "surete").
public enum TextFolding {
    /// Lower-cases, removes diacritics and maps typographic apostrophes to `'`.
    /// `"Vidéoprotection"` → `"videoprotection"`, `"L’État"` → `"l'etat"`.
    ///
    /// ASCII characters are lower-cased directly; only runs of other characters go through
    /// Foundation's folding, which costs about a microsecond per character (a 10 MB title took
    /// seconds). The two give the same result, since folding works character by character.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pending = ""
        for character in text {
            // A single-byte character is ASCII ("\r\n" is one character of two bytes).
            if character.utf8.count == 1, let byte = character.utf8.first {
                if !pending.isEmpty {
                    result += foldWithFoundation(pending)
                    pending = ""
                }
                result.unicodeScalars.append(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
            } else {
                pending.append(character)
            }
        }
        if !pending.isEmpty { result += foldWithFoundation(pending) }
        return result
    }

    /// Foundation's folding, plus the apostrophe and the ligatures it leaves.
    private static func foldWithFoundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae")
    }
}
