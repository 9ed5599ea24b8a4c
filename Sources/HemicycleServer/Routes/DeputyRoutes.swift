import HemicycleModel
import HemicycleReport
import Hummingbird

/// `/deputies/{id}` (the page), `.json`, `.csv`, and the API's `/api/deputies/{id}`: the deputy's
/// career across legislatures, votes and rates (``DeputyDocuments``).
enum DeputyRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/deputies/:id") { request, context in
            let (reference, format) = DocumentFormat.split(try context.parameters.require("id"), default: .html)
            guard format != .svg else { throw ServerError.notFound("A deputy has no share card; the page is /deputies/\(reference).") }
            let language = try site.language(of: request)
            return try await site.responder.respond(to: request) {
                let documents = try await DeputyDocuments.load(reference, over: try await site.careers.value(), from: site.store)
                switch format {
                case .json: return .json(try documents.json())
                case .csv: return .csv(try documents.csv())
                default: return .html(page(documents, language: language, request: request, freshness: try await site.freshness.value()))
                }
            }
        }
        router.get("/api/deputies/:id") { request, context in
            let (reference, suffix) = DocumentFormat.split(try context.parameters.require("id"), default: .json)
            guard suffix == .json || suffix == .csv else { throw ServerError.notFound("The API gives a deputy as .json or .csv.") }
            let format = try DocumentFormat.query(request, fallback: suffix)
            return try await site.responder.respond(to: request) {
                let documents = try await DeputyDocuments.load(reference, over: try await site.careers.value(), from: site.store)
                return format == .csv ? .csv(try documents.csv()) : .json(try documents.json())
            }
        }
    }

    /// The deputy's page: links to the data and the official page, the report's document (identity,
    /// groups over time, figures by legislature, rates with their counts, rebellions), then how
    /// the rates are computed.
    static func page(_ documents: DeputyDocuments, language: SiteLanguage, request: Request, freshness: StoreFreshness?) -> String {
        let report = documents.report
        let base = "/deputies/\(URLQuery.encode(report.person.uid))"
        let links = SitePage.links([
            ("\(base).csv", language.t("Data (CSV)", "Données (CSV)")),
            ("\(base).json", language.t("Data (JSON)", "Données (JSON)")),
            (report.person.officialPageURL, language.t("Official page", "Page officielle")),
        ])
        var body = HTMLRenderer().renderBody(report.document(language: language.language))
        body = SitePage.inserting(links, after: "</h1>", in: body)
        body += "\n<section id=\"method\"><h2>\(language.t("How the rates are computed", "Comment les taux sont calculés"))</h2>\n"
            + report.method(language: language.language).map { "<p>\(SitePage.e($0))</p>" }.joined(separator: "\n") + "\n</section>"
        return SitePage.document(title: "\(report.person.fullName) — Hemicycle", body: body, language: language, path: request.uri.path,
                                 query: Site.queryPairs(request), freshness: freshness)
    }

    /// A link to a deputy's page, in the page's language: `name` as its text (escaped here).
    static func link(_ id: String, name: String, language: SiteLanguage) -> String {
        "<a href=\"/deputies/\(URLQuery.encode(id))?lang=\(language.rawValue)\">\(SitePage.e(name))</a>"
    }
}
