import Foundation

/// Turns the HTML fragments of the Assemblée's amendments (`dispositif`, `exposeSommaire`) into
/// plain text.
///
/// The fragments are small and sometimes malformed, so this is a tolerant scanner, not a
/// parser: it never throws and never drops text it does not understand.
public enum HTMLText {
    /// The plain text of an HTML fragment.
    ///
    /// - Tags are removed; `<p>`, `<br>`, `<div>`, `<li>`, `<tr>` and headings end a line.
    /// - Named entities (`&nbsp;`, `&amp;`, `&laquo;`, `&eacute;`…) and numeric ones
    ///   (`&#171;`, `&#x00AB;`) are decoded; an unknown or unterminated entity is kept as written.
    /// - No-break spaces become ordinary spaces, runs of spaces collapse to one, lines are
    ///   trimmed and empty lines dropped, so lines are separated by a single `"\n"`.
    /// - Accents are composed (Unicode NFC).
    /// - A `<` that does not open a tag (no closing `>`, or not followed by a tag name) is kept
    ///   as text.
    public static func plainText(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let (end, name) = tag(in: scalars, at: index) {
                if lineBreakingTags.contains(name) { output.append("\n") }
                index = end + 1
            } else if scalar == "&", let (end, decoded) = entity(in: scalars, at: index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = end + 1
            } else {
                output.append(scalar)
                index += 1
            }
        }
        // Some texts carry decomposed accents (e + U+0301): compose them, so that "é" is one
        // character for searching and matching.
        return normalizeSpaces(String(output)).precomposedStringWithCanonicalMapping
    }

    /// Tags after which the text continues on a new line.
    static let lineBreakingTags: Set<String> = ["p", "/p", "br", "br/", "div", "/div", "li", "/li", "tr", "/tr", "h1", "h2", "h3", "h4", "h5", "h6", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "ul", "/ul", "ol", "/ol", "table", "/table"]

    /// If a tag starts at `start`, the index of its `>` and its lower-cased name (`"/p"`, `"br"`).
    /// A tag name starts with a letter, `/`+letter, `!` or `?`; the tag ends at the first `>`
    /// before any other `<`.
    static func tag(in scalars: [Unicode.Scalar], at start: Int) -> (Int, String)? {
        let next = start + 1
        guard next < scalars.count else { return nil }
        let first = scalars[next]
        let second = next + 1 < scalars.count ? scalars[next + 1] : " "
        let opens = first.properties.isAlphabetic && first.isASCII
            || first == "/" && second.properties.isAlphabetic && second.isASCII
            || first == "!" || first == "?"
        guard opens else { return nil }
        var cursor = next
        var name = ""
        var nameEnded = false
        while cursor < scalars.count {
            let s = scalars[cursor]
            if s == ">" {
                if name.hasSuffix("/") && name.count > 1 && name != "/" { name.removeLast() }
                return (cursor, name.lowercased())
            }
            if s == "<" { return nil }
            if !nameEnded {
                if s.properties.isWhitespace { nameEnded = true } else { name.unicodeScalars.append(s) }
            }
            cursor += 1
        }
        return nil
    }

    /// If an entity starts at `start`, the index of its `;` and the text it stands for.
    static func entity(in scalars: [Unicode.Scalar], at start: Int) -> (Int, String)? {
        var cursor = start + 1
        var body = ""
        while cursor < scalars.count, cursor - start <= 12 {
            let s = scalars[cursor]
            if s == ";" {
                guard let decoded = decode(entity: body) else { return nil }
                return (cursor, decoded)
            }
            guard s.isASCII, s.properties.isAlphabetic || s.properties.numericType != nil || s == "#" else { return nil }
            body.unicodeScalars.append(s)
            cursor += 1
        }
        return nil
    }

    /// The text of an entity body (`"nbsp"`, `"#171"`, `"#x00AB"`), nil if unknown.
    static func decode(entity body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return namedEntities[body]
    }

    /// The named entities met in French parliamentary texts.
    static let namedEntities: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "hellip": "…", "ndash": "–", "mdash": "—", "deg": "°", "ordm": "º", "ordf": "ª", "sect": "§",
        "euro": "€", "middot": "·", "times": "×", "shy": "", "thinsp": "\u{2009}", "ensp": " ", "emsp": " ",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Euml": "Ë",
        "agrave": "à", "acirc": "â", "auml": "ä", "Agrave": "À", "Acirc": "Â", "Auml": "Ä",
        "icirc": "î", "iuml": "ï", "Icirc": "Î", "Iuml": "Ï",
        "ocirc": "ô", "ouml": "ö", "Ocirc": "Ô", "Ouml": "Ö",
        "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Ugrave": "Ù", "Ucirc": "Û", "Uuml": "Ü",
        "ccedil": "ç", "Ccedil": "Ç", "oelig": "œ", "OElig": "Œ", "aelig": "æ", "AElig": "Æ", "yuml": "ÿ",
    ]

    /// No-break spaces to spaces, runs of spaces to one, trimmed non-empty lines.
    static func normalizeSpaces(_ text: String) -> String {
        var lines: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = ""
            var pendingSpace = false
            for character in rawLine {
                if character.isWhitespace || character == "\u{00A0}" || character == "\u{202F}" || character == "\u{2009}" {
                    pendingSpace = true
                } else {
                    if pendingSpace && !line.isEmpty { line.append(" ") }
                    pendingSpace = false
                    line.append(character)
                }
            }
            if !line.isEmpty { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }
}
