/// Renders a ``ReportDocument`` as a self-contained HTML page (see ``HTMLPage``).
///
/// Every piece of text from the document is escaped (``HTMLEscaping``); the renderer never
/// writes markup that came from data.
public struct HTMLRenderer: Sendable {
    /// The page's `lang` attribute (`en`, `fr`).
    public var languageCode: String

    /// Creates a renderer.
    public init(languageCode: String = "en") {
        self.languageCode = languageCode
    }

    /// A complete page. Its `<title>` is `title`, else the first level-1 heading, else "Report".
    public func render(_ document: ReportDocument, title: String? = nil) -> String {
        let pageTitle = title ?? document.blocks.lazy.compactMap { block -> String? in
            if case .heading(let text, let level) = block, level <= 1 { return text }
            return nil
        }.first ?? "Report"
        return HTMLPage.document(title: pageTitle, languageCode: languageCode, body: renderBody(document))
    }

    /// The body markup only, to embed in another page.
    public func renderBody(_ document: ReportDocument) -> String {
        document.blocks.map(render).joined(separator: "\n")
    }

    /// One block's markup.
    public func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let text, let level):
            let n = min(max(level, 1), 6)
            return "<h\(n)>\(escape(text))</h\(n)>"
        case .paragraph(let text):
            return "<p>\(escape(text))</p>"
        case .keyValues(let pairs):
            let items = pairs.map { "<dt>\(escape($0.key))</dt><dd>\(escape($0.value))</dd>" }
            return "<dl class=\"key-values\">\n" + items.joined(separator: "\n") + "\n</dl>"
        case .table(let table):
            return render(table)
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(escape($0))</li>" }.joined(separator: "\n") + "\n</ul>"
        }
    }

    /// One table in a horizontally scrolling wrapper; numeric columns get `class="num"`.
    public func render(_ table: ReportTable) -> String {
        func cellClass(_ index: Int) -> String {
            index < table.columns.count && table.columns[index].alignment == .right ? " class=\"num\"" : ""
        }
        var lines = ["<div class=\"table-scroll\">", "<table>"]
        if let title = table.title { lines.append("<caption>\(escape(title))</caption>") }
        let headers = table.columns.enumerated().map { index, column in
            "<th scope=\"col\"\(cellClass(index))>\(escape(column.header))</th>"
        }
        lines.append("<thead><tr>" + headers.joined() + "</tr></thead>")
        lines.append("<tbody>")
        for row in table.rows {
            let cells = row.enumerated().map { index, cell in "<td\(cellClass(index))>\(escape(cell))</td>" }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        lines.append("</tbody>")
        lines.append("</table>")
        lines.append("</div>")
        if let footnote = table.footnote { lines.append("<p class=\"footnote\">\(escape(footnote))</p>") }
        return lines.joined(separator: "\n")
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
