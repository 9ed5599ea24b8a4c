/// Renders a ``ReportDocument`` as GitHub-flavoured Markdown: `#` headings, GFM tables (numbers
/// right-aligned with `---:`), `-` lists.
public struct MarkdownRenderer: BlockRenderer {
    /// Creates a renderer.
    public init() {}

    /// One block, without a trailing newline.
    public func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + Self.inline(text)
        case .paragraph(let text):
            return Self.leadingMarkerEscaped(Self.inline(text))
        case .keyValues(let pairs):
            return pairs.map { "- **\(Self.inline($0.key)):** \(Self.inline($0.value))" }.joined(separator: "\n")
        case .table(let table):
            return render(table)
        case .list(let items):
            return items.map { "- " + Self.inline($0) }.joined(separator: "\n")
        }
    }

    /// One GFM table, with its title in bold above and its footnote below (no trailing newline).
    public func render(_ table: ReportTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append("**\(Self.inline(title))**"); lines.append("") }
        lines.append("| " + table.columns.map { Self.escapeCell($0.header) }.joined(separator: " | ") + " |")
        lines.append("| " + table.columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: " | ") + " |")
        for row in table.rows {
            lines.append("| " + row.map(Self.escapeCell).joined(separator: " | ") + " |")
        }
        if let footnote = table.footnote { lines.append(""); lines.append(Self.leadingMarkerEscaped(Self.inline(footnote))) }
        return lines.joined(separator: "\n")
    }

    /// Makes text safe inside a GFM table cell: `|` becomes `\|` (it would end the cell), line
    /// breaks become `<br>` (a raw newline would end the row), and HTML tags are shown as text.
    public static func escapeCell(_ text: String) -> String {
        let text = tagsAsText(text)
        var result = ""
        var previousWasCarriageReturn = false
        for character in text.unicodeScalars {
            switch character {
            case "|": result += "\\|"; previousWasCarriageReturn = false
            case "\r": result += "<br>"; previousWasCarriageReturn = true
            case "\n":
                if !previousWasCarriageReturn { result += "<br>" }  // "\r\n" is one break
                previousWasCarriageReturn = false
            default: result.unicodeScalars.append(character); previousWasCarriageReturn = false
            }
        }
        return result
    }

    /// Headings and list items are one line in Markdown: line breaks become spaces.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Text of a heading, paragraph, list item or title: on one line (a title from the data with a
    /// line break could otherwise start a forged line — "577 voters of 577 seats", a heading),
    /// and its HTML tags shown as text.
    static func inline(_ text: String) -> String { tagsAsText(oneLine(text)) }

    /// `<` written `&lt;` where it would open an HTML tag, a comment or a declaration (`<script>`,
    /// `</a>`, `<!--`, `<?`), so that a title cannot inject markup into a rendered page; autolinks
    /// (`<https://…>`, which the context section writes) and a lone `<` stay as they are.
    static func tagsAsText(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = ""
        var rest = Substring(text)
        while let index = rest.firstIndex(of: "<") {
            result += rest[..<index]
            let after = rest[rest.index(after: index)...]
            let opensTag = after.first.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false
            let isAutolink = ["http://", "https://", "mailto:"].contains { after.hasPrefix($0) }
            result += opensTag && !isAutolink ? "&lt;" : "<"
            rest = after
        }
        return result + rest
    }

    /// A paragraph whose first character would make it a heading, a quote, a list or a rule
    /// (`#`, `>`, `-`, `+`, `*`, `=`, or digits then `.`), with that character escaped.
    static func leadingMarkerEscaped(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+*=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, text.dropFirst(digits.count).first.map({ $0 == "." || $0 == ")" }) == true {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
