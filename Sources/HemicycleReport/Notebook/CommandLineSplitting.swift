/// Splits one notebook command line into arguments, the way a POSIX shell would for the simple
/// cases notebooks need: whitespace separates arguments; `"…"` and `'…'` group words; a
/// backslash escapes the next character (outside single quotes). No variables, globbing or
/// pipes: the line never reaches a shell.
public enum CommandLineSplitting {
    /// The arguments of `line`, without a leading `hemicycle` word if the author wrote one.
    /// - Returns: nil when a quote is left open.
    public static func arguments(_ line: String) -> [String]? {
        var arguments: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case (nil, "\\"), ("\"", "\\"):
                escaped = true
                inWord = true
            case (nil, "\""), (nil, "'"):
                quote = character
                inWord = true
            case ("\"", "\""), ("'", "'"):
                quote = nil
            case (nil, " "), (nil, "\t"):
                if inWord { arguments.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { arguments.append(current) }
        if arguments.first == "hemicycle" { arguments.removeFirst() }
        return arguments
    }
}
