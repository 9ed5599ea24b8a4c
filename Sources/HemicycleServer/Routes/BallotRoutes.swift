import Dispatch
import HemicycleModel
import HemicycleReport
import Hummingbird

/// `/ballots/{ref}` (the page), `.json`, `.csv`, `.svg` (the share card, also
/// `/ballots/{ref}/card.svg`), `/ballots/{ref}/card.png` (where `rsvg-convert` is installed),
/// and the API's `/api/ballots/{ref}`.
enum BallotRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/ballots/:ref/card.svg") { request, context in
            let reference = try context.parameters.require("ref")
            let language = try site.language(of: request)
            return try await site.responder.respond(to: request) {
                let documents = try await BallotDocuments.load(reference, from: site.store)
                return .svg(documents.card(language: language, freshness: try await site.freshness.value()))
            }
        }
        router.get("/ballots/:ref/card.png") { request, context in
            let reference = try context.parameters.require("ref")
            let language = try site.language(of: request)
            guard PNGRasteriser.rsvgConvert != nil else {
                throw ServerError.notFound("No PNG card on this server: \(PNGRasteriser.Failure.missingTool). "
                    + "The same card as SVG: /ballots/\(reference)/card.svg")
            }
            return try await site.responder.respond(to: request) {
                let documents = try await BallotDocuments.load(reference, from: site.store)
                let svg = documents.card(language: language, freshness: try await site.freshness.value())
                // rsvg-convert runs as a process, waited for: off the event loops, like the store's queries.
                let png = try await withCheckedThrowingContinuation { continuation in
                    DispatchQueue.global().async {
                        continuation.resume(with: Result { try PNGRasteriser.png(svg: svg, width: Int(ShareCard.width), height: Int(ShareCard.height)) })
                    }
                }
                return .png(png)
            }
        }
        router.get("/ballots/:ref") { request, context in
            let segment = try context.parameters.require("ref")
            let (reference, format) = DocumentFormat.split(segment, default: .html)
            let language = try site.language(of: request)
            return try await site.responder.respond(to: request) {
                let documents = try await BallotDocuments.load(reference, from: site.store)
                switch format {
                case .html: return .html(page(documents, language: language, request: request, freshness: try await site.freshness.value()))
                case .json: return .json(try documents.json())
                case .csv: return .csv(try documents.csv())
                case .svg: return .svg(documents.card(language: language, freshness: try await site.freshness.value()))
                }
            }
        }
        router.get("/api/ballots/:ref") { request, context in
            let segment = try context.parameters.require("ref")
            let (reference, suffix) = DocumentFormat.split(segment, default: .json)
            guard suffix == .json || suffix == .csv else { throw ServerError.notFound("The API gives a ballot as .json or .csv.") }
            let format = try DocumentFormat.query(request, fallback: suffix)
            return try await site.responder.respond(to: request) {
                let documents = try await BallotDocuments.load(reference, from: site.store)
                return format == .csv ? .csv(try documents.csv()) : .json(try documents.json())
            }
        }
    }

    /// The ballot's page: links to its data, card and official source, the report's page
    /// (``HemicycleReport/BallotPage``: summary, discrepancy note, groups, hemicycle, names,
    /// corrections, sources) and the legislative context when the ballot is linked to one.
    static func page(_ documents: BallotDocuments, language: SiteLanguage, request: Request, freshness: StoreFreshness?) -> String {
        let report = documents.report
        let input = report.pageInput(language: language.language)
        var page = BallotPage(input: input, language: language.language)
        // Named deputies and groups link to their pages.
        page.links = .init(deputies: "/deputies/", groups: "/groups/", query: "?lang=\(language.rawValue)")
        let base = "/ballots/\(documents.reference)"
        let links = [
            ("\(base).csv", language.t("Votes (CSV)", "Votes (CSV)")),
            ("\(base).json", language.t("Data (JSON)", "Données (JSON)")),
            ("\(base)/card.svg?lang=\(language.rawValue)", language.t("Share card (SVG)", "Carte à partager (SVG)")),
            ("\(base)/card.png?lang=\(language.rawValue)", language.t("Share card (PNG)", "Carte à partager (PNG)")),
            (input.sources.officialURL, language.t("Official page", "Page officielle")),
        ]
        // The links go right under the header, before the tables.
        var body = SitePage.inserting(SitePage.links(links), after: "</header>", in: page.body())
        if let context = documents.context {
            let blocks = context.blocks()
            body += "\n<section id=\"context\">\n" + HTMLRenderer().renderBody(ReportDocument(blocks: blocks)) + "\n</section>"
        }
        return SitePage.document(title: page.title, body: body, language: language, path: request.uri.path,
                                 query: Site.queryPairs(request), freshness: freshness)
    }
}
