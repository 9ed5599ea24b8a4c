/// One self-contained HTML page for several ballots (*scrutins*): an index table linking to each
/// ballot, then each ballot's page (summary, groups, hemicycle, bars, names, corrections,
/// sources) one after the other.
///
/// Each ballot's sections are those of ``BallotPage``, with their ids prefixed by `b<number>-`
/// (and the SVG pattern references with them), so that anchors and patterns stay unique on the
/// page. All text from the data is escaped (by ``BallotPage`` and here).
public struct BallotListPage: Sendable {
    /// The ballots, in the order shown.
    public var inputs: [BallotPageInput]
    /// The page's title; nil for "N ballots".
    public var title: String?
    /// The language of the page's own words and numbers.
    public var language: NumberFormatting.Language

    /// Creates a page.
    public init(inputs: [BallotPageInput], title: String? = nil, language: NumberFormatting.Language = .english) {
        self.inputs = inputs
        self.title = title
        self.language = language
    }

    /// The anchor of a ballot on the page: `b773` (legislature added when the page mixes
    /// legislatures: `b17-773`).
    public func anchor(of input: BallotPageInput) -> String {
        let legislatures = Set(inputs.map(\.ballot.legislature))
        return legislatures.count > 1 ? "b\(input.ballot.legislature)-\(input.ballot.number)" : "b\(input.ballot.number)"
    }

    /// The complete HTML document.
    public func html() -> String {
        let e = HTMLEscaping.escape
        let fr = language == .french
        let n = { (value: Int) in NumberFormatting.integer(value, language: language) }
        let pageTitle = title ?? (fr ? "\(n(inputs.count)) scrutin\(inputs.count > 1 ? "s" : "")" : "\(n(inputs.count)) ballot\(inputs.count == 1 ? "" : "s")")
        var body = [
            "<style>",
            "article.ballot { margin-top: 3rem; border-top: 3px solid var(--accent); } .back { font-size: 0.9rem; }",
            // Long group names must wrap (under the label), not push the figures out of view.
            "tbody th[scope=\"row\"] { white-space: normal; } tbody th[scope=\"row\"] .meta { display: block; font-weight: normal; font-size: 0.85em; }",
            "@media (max-width: 40rem) { tbody th[scope=\"row\"] .meta { display: none; } }",
            "td.date { white-space: nowrap; } td.title { min-width: 14rem; }",
            "@media print { article.ballot { break-before: page; border-top: none; margin-top: 0; } .back { display: none; } }",
            "</style>",
            "<header id=\"index\">",
            "<p class=\"kicker\">Assemblée nationale · \(fr ? "scrutins" : "ballots")</p>",
            "<h1>\(e(pageTitle))</h1>",
            "</header>",
            "<section id=\"contents\">", "<h2>\(fr ? "Sommaire" : "Contents")</h2>", "<div class=\"table-scroll\">", "<table>",
            fr ? "<thead><tr><th scope=\"col\" class=\"num\">N°</th><th scope=\"col\">Date</th><th scope=\"col\">Titre</th><th scope=\"col\">Résultat</th><th scope=\"col\" class=\"num\">Votants</th><th scope=\"col\" class=\"num\">Pour</th><th scope=\"col\" class=\"num\">Contre</th><th scope=\"col\" class=\"num\">Abst.</th></tr></thead>"
               : "<thead><tr><th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">Date</th><th scope=\"col\">Title</th><th scope=\"col\">Result</th><th scope=\"col\" class=\"num\">Voters</th><th scope=\"col\" class=\"num\">For</th><th scope=\"col\" class=\"num\">Against</th><th scope=\"col\" class=\"num\">Abst.</th></tr></thead>",
            "<tbody>",
        ]
        for input in inputs {
            let ballot = input.ballot
            // The short result keeps the index narrow; each ballot's page gives the official wording.
            let result = LegislationLabels.result(ballot.result, language)
            let figures = [ballot.voters, ballot.official.for, ballot.official.against, ballot.official.abstentions]
                .map { "<td class=\"num\">\(n($0))</td>" }.joined()
            body.append("<tr><td class=\"num\"><a href=\"#\(anchor(of: input))\">\(ballot.number)</a></td><td class=\"date\">\(e(ballot.date.description))</td><td class=\"title\"><a href=\"#\(anchor(of: input))\">\(e(ballot.title))</a></td><td>\(e(result))</td>\(figures)</tr>")
        }
        body += ["</tbody>", "</table>", "</div>", "</section>"]
        for input in inputs {
            let id = anchor(of: input)
            body.append("<article class=\"ballot\" id=\"\(id)\">")
            body.append(Self.prefixingIDs(Self.mainContent(of: BallotPage(input: input, language: language).html()), with: id + "-"))
            body.append("<p class=\"back\"><a href=\"#index\">↑ \(fr ? "Sommaire" : "Contents")</a></p>")
            body.append("</article>")
        }
        return HTMLPage.document(title: pageTitle, languageCode: fr ? "fr" : "en", body: body.joined(separator: "\n"))
    }

    /// What a ``HTMLPage`` document holds inside `<main>`.
    static func mainContent(of document: String) -> String {
        guard let start = document.range(of: "<main>\n"), let end = document.range(of: "\n</main>", options: .backwards),
              start.upperBound <= end.lowerBound
        else { return document }
        return String(document[start.upperBound..<end.lowerBound])
    }

    /// Markup with every `id="…"`, `href="#…"` and `"url(#…"` prefixed. Text from the data is
    /// escaped (a `"` becomes `&quot;`), so these patterns only match markup.
    static func prefixingIDs(_ markup: String, with prefix: String) -> String {
        markup
            .replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
            .replacingOccurrences(of: " href=\"#", with: " href=\"#" + prefix)
            .replacingOccurrences(of: "\"url(#", with: "\"url(#" + prefix)
    }
}

import Foundation
