/// Renders a ``ReportDocument`` as GitHub-flavoured Markdown: `#` headings, GFM tables (numbers
/// right-aligned with `---:`), `-` lists.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The whole document: blocks separated by one blank line, ending with a newline.
    public func render(_ document: ReportDocument) -> String {
        let parts = document.blocks.map { render($0) }
        guard !parts.isEmpty else { return "" }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// One block, without a trailing newline.
    public func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let text, let level):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + Self.oneLine(text)
        case .paragraph(let text):
            return text
        case .keyValues(let pairs):
            return pairs.map { "- **\(Self.oneLine($0.key)):** \(Self.oneLine($0.value))" }.joined(separator: "\n")
        case .table(let table):
            return render(table)
        case .list(let items):
            return items.map { "- " + Self.oneLine($0) }.joined(separator: "\n")
        }
    }

    /// One GFM table, with its title in bold above and its footnote below (no trailing newline).
    public func render(_ table: ReportTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append("**\(Self.oneLine(title))**"); lines.append("") }
        lines.append("| " + table.columns.map { Self.escapeCell($0.header) }.joined(separator: " | ") + " |")
        lines.append("| " + table.columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: " | ") + " |")
        for row in table.rows {
            lines.append("| " + row.map(Self.escapeCell).joined(separator: " | ") + " |")
        }
        if let footnote = table.footnote { lines.append(""); lines.append(Self.oneLine(footnote)) }
        return lines.joined(separator: "\n")
    }

    /// Makes text safe inside a GFM table cell: `|` becomes `\|` (it would end the cell) and
    /// line breaks become `<br>` (a raw newline would end the row).
    public static func escapeCell(_ text: String) -> String {
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
}
