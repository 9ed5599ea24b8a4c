import Foundation

/// The shell every HTML output shares: a self-contained page (inline CSS, no script, no network)
/// that reads well on a phone (viewport, tables scrolling sideways) and prints cleanly.
public enum HTMLPage {
    /// Wraps body markup in a complete HTML5 document.
    ///
    /// - Parameters:
    ///   - title: the page title (plain text; escaped here).
    ///   - languageCode: the `lang` attribute, e.g. `en` or `fr`.
    ///   - body: markup for the `<body>`, already escaped by the caller.
    public static func document(title: String, languageCode: String = "en", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTMLEscaping.escape(languageCode))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// `page` (a document of ``document(title:languageCode:body:)``) with `footer` rendered at the
    /// end of its `<main>`, in a `<footer class="data-as-of">`: how the "data as of" stamp joins
    /// a page already rendered. A page without `</main>` gets it before `</body>`, else at the end.
    public static func inserting(footer: ReportDocument.Block, into page: String) -> String {
        let markup = "<footer class=\"data-as-of\">\n\(HTMLRenderer().render(footer))\n</footer>\n"
        var page = page
        if let end = page.range(of: "</main>", options: .backwards) ?? page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: markup, at: end.lowerBound)
        } else {
            page += markup
        }
        return page
    }

    /// The inline stylesheet: readable type, scrolling tables, and a print section.
    public static let stylesheet = """
    :root { color-scheme: light; --ink: #1b1b1f; --muted: #5b5b66; --rule: #d6d6de; --accent: #0b4f9c; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
    p, li, dd { overflow-wrap: anywhere; }
    a { color: var(--accent); }
    .kicker { color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.85rem; margin: 0; }
    .summary { font-size: 1.1rem; font-weight: 600; }
    .meta { color: var(--muted); }
    .table-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0 1rem; }
    table { border-collapse: collapse; min-width: 100%; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
    th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    th { background: #f3f3f7; white-space: nowrap; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    tbody th[scope="row"] { white-space: normal; }
    tbody th[scope="row"] .meta { display: block; font-weight: normal; font-size: .85em; }
    @media (max-width: 40rem) { tbody th[scope="row"] .meta { display: none; } }
    tfoot td { font-weight: 600; }
    .footnote { color: var(--muted); font-size: 0.9rem; }
    dl.key-values { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    dl.key-values dt { font-weight: 600; }
    dl.key-values dd { margin: 0; }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 0.4em; vertical-align: baseline; border: 1px solid rgba(0,0,0,0.25); }
    .figure svg { width: 100%; height: auto; max-width: 48rem; display: block; }
    ul.names { columns: 16rem; padding-left: 1.2rem; }
    .proxy { font-size: 0.85em; color: var(--muted); }
    .note { font-size: 0.85em; font-style: italic; color: var(--muted); }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      main { padding: 0.75rem; }
      h1 { font-size: 1.3rem; }
      dl.key-values { grid-template-columns: 1fr; }
    }
    @media print {
      body { font-size: 10.5pt; color: #000; }
      main { max-width: none; padding: 0; }
      a { color: #000; text-decoration: none; }
      a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
      .table-scroll { overflow: visible; }
      h2 { break-after: avoid; }
      table, figure, .figure { break-inside: avoid; }
      th { background: none; }
    }
    """
}
