import HemicycleModel
import HemicycleReport
import Hummingbird

/// `/dossiers/{id}` (the page), `.json`, `.csv`: a bill's timeline, the report of `hemicycle
/// dossier UID` (``HemicycleReport/DossierReport``), with links to its ballots' pages.
enum DossierRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/dossiers/:id") { request, context in
            let (segment, format) = DocumentFormat.split(try context.parameters.require("id"), default: .html)
            guard format != .svg else { throw ServerError.notFound("A dossier has no share card; the page is /dossiers/\(segment).") }
            let uid = segment.removingPercentEncoding ?? segment
            let language = try site.language(of: request)
            return try await site.responder.respond(to: request) {
                let report = DossierReport(dossier: try await site.store.read { try $0.dossier(uid: uid) })
                switch format {
                case .json: return .json(try DocumentOutput.json(report.payload))
                // As the command: the timeline's steps as data.
                case .csv: return .csv(try report.csvTable().map { CSVRenderer().render($0) } ?? "")
                default: return .html(page(report, language: language, request: request, freshness: try await site.freshness.value()))
                }
            }
        }
    }

    /// The dossier's page: links to its data and official page, the report's document, then
    /// its ballots, each linking to its page.
    static func page(_ report: DossierReport, language: SiteLanguage, request: Request, freshness: StoreFreshness?) -> String {
        let dossier = report.dossier
        let base = "/dossiers/\(URLQuery.encode(dossier.uid))"
        let links = SitePage.links([
            ("\(base).csv", language.t("Timeline (CSV)", "Chronologie (CSV)")),
            ("\(base).json", language.t("Data (JSON)", "Données (JSON)")),
            (dossier.officialPageURL, language.t("Official page", "Page officielle")),
        ])
        var body = SitePage.inserting(links, after: "</h1>", in: HTMLRenderer().renderBody(report.document(language: language.language)))
        var seen: Set<String> = []
        let ballots = report.ballots.map(\.ballot).filter { seen.insert($0.uid).inserted }
        if !ballots.isEmpty {
            body += "\n<section id=\"ballots\"><h2>\(language.t("Its ballots", "Ses scrutins"))</h2>\n<ul class=\"links\">"
                + ballots.map { ballot in
                    let reference = "\(ballot.legislature):\(ballot.number)"
                    return "<li><a href=\"/ballots/\(reference)?lang=\(language.rawValue)\">\(language.t("Ballot", "Scrutin")) \(reference)</a></li>"
                }.joined() + "</ul></section>"
        }
        return SitePage.document(title: "\(dossier.title) — Hemicycle", body: body, language: language, path: request.uri.path,
                                 query: Site.queryPairs(request), freshness: freshness)
    }
}
