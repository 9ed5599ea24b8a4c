import Foundation

/// Folding of text for case- and accent-insensitive search ("Sûreté" matches "surete").
public enum TextFolding {
    /// Lower-cases, removes diacritics and maps typographic apostrophes to `'`.
    /// `"Vidéoprotection"` → `"videoprotection"`, `"L’État"` → `"l'etat"`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae")
    }
}
