/// Escaping of text for HTML and SVG (XML) output.
public enum HTMLEscaping {
    /// Escapes the five characters that matter in element content and quoted attributes:
    /// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, `"` → `&quot;`, `'` → `&#39;`.
    ///
    /// Every piece of text that comes from data goes through this before it is written into a
    /// page, so that a hostile title cannot open a tag or close an attribute.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newlines are not allowed in XML; drop them
                // so that an SVG with a stray control byte in a title still parses.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
