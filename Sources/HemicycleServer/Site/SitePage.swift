import HemicycleModel
import HemicycleReport

/// The frame of every page: the report layer's HTML shell (``HemicycleReport/HTMLPage``: inline
/// CSS, no script), with a bar to go home, search and switch language, and the data's licence.
enum SitePage {
    /// The site's few styles beyond the report pages' (the bar and the forms).
    static let styles = """
    <style>
    nav.site { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: baseline; border-bottom: 1px solid var(--rule); padding-bottom: .5rem; }
    nav.site .home { font-weight: 700; text-decoration: none; }
    nav.site .lang { margin-left: auto; }
    form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: 1rem 0; }
    form.search label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); }
    form.search input, form.search select, form.search button { font: inherit; padding: .35rem .5rem; max-width: 100%; }
    form.search input[type=search], form.search input[type=text] { min-width: 12rem; }
    ul.links { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
    ol.ballots { padding-left: 1.2rem; }
    ol.ballots li { margin: .4rem 0; }
    </style>
    """

    /// A complete page: `title` (plain text), `body` (markup, escaped by the caller), the language
    /// switch pointing at `path` with `query` (already encoded, without `lang`). With `freshness`,
    /// the footer says "data as of" (``HemicycleReport/FreshnessStamp``): the one place every page
    /// gets it.
    static func document(title: String, body: String, language: SiteLanguage, path: String, query: [(String, String)],
                         freshness: StoreFreshness? = nil) -> String {
        let switchQuery = URLQuery.encode(query + [("lang", language.other.rawValue)])
        let nav = """
        <nav class="site"><a class="home" href="/?lang=\(language.rawValue)">Hemicycle</a>\
        <a href="/town?lang=\(language.rawValue)">\(language.t("My town", "Ma commune"))</a>\
        <a class="lang" href="\(e(path))?\(e(switchQuery))" hreflang="\(language.other.rawValue)" lang="\(language.other.rawValue)">\(language == .fr ? "English" : "Français")</a></nav>
        """
        let stamp = freshness.flatMap { FreshnessStamp.footer($0, language: language.language) }.map { HTMLRenderer().render($0) + "\n" } ?? ""
        let footer = "<footer class=\"data-as-of\">\(stamp)<p class=\"footnote\">\(language.t("Data: Assemblée nationale open data, Licence Ouverte 2.0. Figures computed by Hemicycle from the published records.", "Données : open data de l’Assemblée nationale, Licence Ouverte 2.0. Chiffres calculés par Hemicycle à partir des enregistrements publiés."))</p></footer>"
        return HTMLPage.document(title: title, languageCode: language.rawValue, body: [styles, nav, body, footer].joined(separator: "\n"))
    }

    /// A page's links to its data, card and official source: `(href, label)` pairs, both plain
    /// text (escaped here), as a list.
    static func links(_ links: [(href: String, label: String)]) -> String {
        "<ul class=\"links\">" + links.map { "<li><a href=\"\(e($0.href))\">\(e($0.label))</a></li>" }.joined() + "</ul>"
    }

    /// `body` with `markup` on its own line right after the first `marker` (the links under a
    /// page's header), or first when there is none.
    static func inserting(_ markup: String, after marker: String, in body: String) -> String {
        var body = body
        guard let end = body.range(of: marker) else { return markup + "\n" + body }
        body.insert(contentsOf: "\n" + markup, at: end.upperBound)
        return body
    }

    /// HTML-escaped text.
    static func e(_ text: String) -> String { HTMLEscaping.escape(text) }
}
