/// Renders a ``ReportDocument`` for a terminal: aligned columns under `─` rules, numbers on the
/// right, headings underlined.
///
/// Widths are counted in terminal columns (``DisplayWidth``), so accented and wide characters
/// line up. Colour is off unless asked for: the command line decides from `isatty` and
/// `NO_COLOR`, not this type.
public struct TerminalRenderer: BlockRenderer {
    /// Whether to emit ANSI escapes (bold headings and table headers, dim footnotes).
    public var useColor: Bool
    /// The widest a line may be, in terminal columns; long text cells are cut with `…` and
    /// paragraphs wrapped. `nil` means no limit.
    public var width: Int?

    /// The narrowest a text column is cut to when a table is too wide, in columns.
    public static let minimumColumnWidth = 6
    /// The space between two columns.
    static let columnGap = "  "

    /// Creates a renderer.
    /// - Parameters:
    ///   - useColor: emit ANSI bold/dim escapes.
    ///   - width: maximum line width in terminal columns, or nil for no limit.
    public init(useColor: Bool = false, width: Int? = nil) {
        self.useColor = useColor
        self.width = width
    }

    /// One block, without a trailing newline.
    public func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let text, let level):
            let line = oneLine(text)
            let shown = width.map { DisplayWidth.truncate(line, toWidth: $0) } ?? line
            let ruleCharacter: String? = level <= 1 ? "═" : (level == 2 ? "─" : nil)
            var lines = [bold(shown)]
            if let ruleCharacter {
                lines.append(String(repeating: ruleCharacter, count: DisplayWidth.of(shown)))
            }
            return lines.joined(separator: "\n")
        case .paragraph(let text):
            return wrap(text)
        case .keyValues(let pairs):
            let keyWidth = pairs.map { DisplayWidth.of(oneLine($0.key)) + 1 }.max() ?? 0
            return pairs.map { pair in
                let key = DisplayWidth.pad(oneLine(pair.key) + ":", toWidth: keyWidth)
                let line = key + " " + oneLine(pair.value)
                return width.map { DisplayWidth.truncate(line, toWidth: $0) } ?? line
            }.joined(separator: "\n")
        case .table(let table):
            return render(table)
        case .list(let items):
            return items.map { item in
                let line = "• " + oneLine(item)
                return width.map { DisplayWidth.truncate(line, toWidth: $0) } ?? line
            }.joined(separator: "\n")
        }
    }

    /// One table: optional title, header, rule, rows, optional footnote; no trailing newline.
    public func render(_ table: ReportTable) -> String {
        let header = table.columns.map { oneLine($0.header) }
        let rows = table.rows.map { $0.map(oneLine) }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        if let limit = width { widths = fitted(widths, columns: table.columns, header: header, limit: limit) }

        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, column) in table.columns.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let cut = DisplayWidth.truncate(cell, toWidth: widths[index])
                parts.append(DisplayWidth.pad(cut, toWidth: widths[index], alignRight: column.alignment == .right))
            }
            return trimmingTrailingSpaces(parts.joined(separator: Self.columnGap))
        }

        var lines: [String] = []
        if let title = table.title { lines.append(bold(limited(oneLine(title)))) }
        let headerLine = line(header)
        lines.append(useColor ? bold(headerLine) : headerLine)
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.columnGap))
        for row in rows { lines.append(line(row)) }
        if let footnote = table.footnote { lines.append(dim(limited(oneLine(footnote)))) }
        return lines.joined(separator: "\n")
    }

    /// Narrows the widest text columns, one column at a time, until the table fits in `limit`
    /// columns or every text column is at its minimum. Numbers are never cut.
    private func fitted(_ initial: [Int], columns: [ReportTable.Column], header: [String], limit: Int) -> [Int] {
        var widths = initial
        func total() -> Int { widths.reduce(0, +) + Self.columnGap.count * max(0, widths.count - 1) }
        while total() > limit {
            let candidates = widths.indices.filter {
                columns[$0].alignment == .left && widths[$0] > Self.minimumColumnWidth
            }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] = max(Self.minimumColumnWidth, widths[widest] - (total() - limit))
        }
        return widths
    }

    /// Word-wraps a paragraph to ``width`` (explicit newlines are kept).
    private func wrap(_ text: String) -> String {
        guard let limit = width, limit > 0 else { return text }
        var output: [String] = []
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraphLine.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if DisplayWidth.of(candidate) <= limit || current.isEmpty {
                    current = candidate
                } else {
                    output.append(current)
                    current = String(word)
                }
            }
            output.append(DisplayWidth.truncate(current, toWidth: limit))
        }
        return output.joined(separator: "\n")
    }

    private func limited(_ text: String) -> String {
        width.map { DisplayWidth.truncate(text, toWidth: $0) } ?? text
    }

    /// Cells and headings are drawn on one line: newlines and tabs become spaces.
    private func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    private func bold(_ text: String) -> String { useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { useColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    private func trimmingTrailingSpaces(_ text: String) -> String {
        // By bytes, not characters: a space is one byte of its own, and breaking a padded line
        // into characters from the end cost more than building it.
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return end == bytes.endIndex ? text : String(text.unicodeScalars[..<end])
    }
}
