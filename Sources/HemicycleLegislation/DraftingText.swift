import Foundation

/// Text helpers shared by the dispositif parser and the applier.
enum DraftingText {
    /// Accents composed (NFC), typographic apostrophes to `'`, non-breaking and figure hyphens to `-`, every run of
    /// white space (no-break spaces included) to one space; trimmed.
    static func normalize(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text.precomposedStringWithCanonicalMapping {
            switch character {
            case "\u{2019}", "\u{2018}", "\u{02BC}":
                flush(); out.append("'")
            case "\u{2010}", "\u{2011}":
                flush(); out.append("-")
            case let c where c.isWhitespace || c == "\u{00A0}" || c == "\u{202F}":
                pendingSpace = true
            default:
                flush(); out.append(character)
            }
        }
        return out
        func flush() {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
        }
    }

    /// A regular expression, case-insensitive, compiled once per pattern.
    ///
    /// `NSRegularExpression` is immutable and documented as thread-safe, so sharing the cache
    /// behind a lock is sound.
    static func regex(_ pattern: String) -> NSRegularExpression? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let cached = cache[pattern] { return cached }
        let compiled = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        cache[pattern] = compiled
        return compiled
    }
    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]

    /// The capture groups of the first match of `pattern` in `text` (index 0 is the whole
    /// match); a group that did not take part is nil. Nil when nothing matches.
    static func firstMatch(_ pattern: String, in text: String) -> [String?]? {
        guard let regex = regex(pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// French ordinal words: "première" → 1, "dernier" → from the end 1.
    static func ordinal(_ word: String) -> TextOrdinal? {
        let folded = word.lowercased()
        if folded.hasPrefix("avant-derni") || folded.hasPrefix("avant derni") { return .fromEnd(2) }
        if folded.hasPrefix("derni") { return .fromEnd(1) }
        let words: [(String, Int)] = [("premi", 1), ("deuxi", 2), ("second", 2), ("troisi", 3), ("quatri", 4), ("cinqui", 5), ("sixi", 6), ("septi", 7), ("huiti", 8), ("neuvi", 9), ("dixi", 10), ("onzi", 11), ("douzi", 12)]
        return words.first { folded.hasPrefix($0.0) }.map { .number($0.1) }
    }
}
