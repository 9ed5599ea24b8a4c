import HemicycleModel
import HemicycleReport
import HemicycleStore
import Hummingbird

/// The home page (a ballot search form and its results) and `/api/ballots`.
enum BallotListRoutes {
    /// Ballots a page lists at most; the API's default (`limit=` takes up to ``maximumLimit``).
    static let pageLimit = 100
    /// The most ballots one API response lists.
    static let maximumLimit = 20_000

    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/") { request, _ in
            let language = try site.language(of: request)
            var query = try filter(request)
            query.limit = pageLimit
            let filter = query
            let titleOnly = titleOnly(request)
            return try await site.responder.respond(to: request) {
                let (ballots, watches) = try await site.store.read { database in
                    (try found(filter, titleOnly: titleOnly, in: database).map { $0.hits.map(\.ballot) } ?? database.ballots(filter),
                     try database.watches())
                }
                return .html(page(BallotListReport(ballots: ballots), watches: watches, request: request, language: language,
                                  freshness: try await site.freshness.value()))
            }
        }
        for path in ["/api/ballots", "/api/ballots.csv", "/api/ballots.json"] {
            router.get(RouterPath(stringLiteral: path)) { request, _ in
                let format = try DocumentFormat.query(request, fallback: path.hasSuffix(".csv") ? .csv : .json)
                var query = try filter(request)
                query.limit = try limit(request)
                let filter = query
                let titleOnly = titleOnly(request)
                return try await site.responder.respond(to: request) {
                    // As `hemicycle ballots`: a search is by subject (the search report), unless
                    // `title_only`; else the plain list.
                    if let search = try await site.store.read({ try found(filter, titleOnly: titleOnly, in: $0) }) {
                        return format == .csv ? .csv(try DocumentOutput.csv(data: search.payload, document: search.document())) : .json(try DocumentOutput.json(search.payload))
                    }
                    let report = BallotListReport(ballots: try await site.store.read { try $0.ballots(filter) })
                    return format == .csv ? .csv(try report.csv()) : .json(try DocumentOutput.json(report.payload))
                }
            }
        }
    }

    /// Whether `title_only` asks for the literal title search (`hemicycle ballots --title-only`).
    static func titleOnly(_ request: Request) -> Bool {
        request.uri.queryParameters.get("title_only").map { ["1", "true", "yes", "on"].contains($0.lowercased()) } ?? false
    }

    /// The ballots found by subject for a filter with a search, as `hemicycle ballots --search`
    /// finds them (one store query, ``HemicycleDatabase/searchBallots(_:filter:)``); nil without a
    /// search, or with `titleOnly` (the filter's literal title search then applies).
    static func found(_ filter: BallotFilter, titleOnly: Bool, in database: HemicycleDatabase) throws -> BallotSearchReport? {
        guard let text = filter.search, !titleOnly else { return nil }
        var rest = filter
        rest.search = nil
        let query = SearchQuery(text)
        return BallotSearchReport(text: text, query: query, hits: try database.searchBallots(query, filter: rest))
    }

    /// The filters of `hemicycle ballots` from the query: `search` (or the form's `q`), `from`,
    /// `to`, `type` (repeatable), `result`, `legislature` (a number or `all`).
    static func filter(_ request: Request) throws -> BallotFilter {
        let query = request.uri.queryParameters
        func text(_ name: String) -> String? {
            query.get(name).map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func date(_ name: String) throws -> CalendarDate? {
            guard let value = text(name) else { return nil }
            guard let date = CalendarDate(iso: value) else { throw ServerError.badRequest("\(name)=\(value) is not a date of the form yyyy-mm-dd.") }
            return date
        }
        var filter = BallotFilter(search: text("search") ?? text("q"), from: try date("from"), to: try date("to"))
        for value in query.getAll("type") where !value.isEmpty {
            guard let type = BallotType(keyword: value) else { throw ServerError.badRequest("type=\(value) is not a ballot type: ordinary, solemn or censure.") }
            filter.types.insert(type)
        }
        if let value = text("result") {
            guard let result = BallotResult(keyword: value) else { throw ServerError.badRequest("result=\(value) is not a result: adopted or rejected.") }
            filter.result = result
        }
        if let value = text("legislature") {
            if value == "all" {
                filter.allLegislatures = true
            } else if let number = Int(value), number > 0 {
                filter.legislature = number
            } else {
                throw ServerError.badRequest("legislature=\(value) is not a legislature: a number such as 16 or 17, or all.")
            }
        }
        return filter
    }

    /// `limit=N`, at most ``maximumLimit``; ``pageLimit`` by default.
    static func limit(_ request: Request) throws -> Int {
        guard let value = request.uri.queryParameters.get("limit") else { return pageLimit }
        guard let limit = Int(value), limit > 0, limit <= maximumLimit else {
            throw ServerError.badRequest("limit=\(value) is not a number of ballots from 1 to \(maximumLimit).")
        }
        return limit
    }

    /// The search form and the ballots found, each linking to its page, then the saved watches'
    /// feeds (`/feeds/{watch}.atom`).
    static func page(_ report: BallotListReport, watches: [Watch], request: Request, language: SiteLanguage, freshness: StoreFreshness?) -> String {
        let query = request.uri.queryParameters
        let value = { (name: String) in SitePage.e(query.get(name).map { String($0) } ?? "") }
        let selected = { (name: String, option: String) in query.get(name).map { String($0) } == option ? " selected" : "" }
        let t = language.t
        var lines = [
            "<h1>\(t("Votes of the Assemblée nationale", "Les votes de l’Assemblée nationale"))</h1>",
            "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">",
            "<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">",
            "<label>\(t("Subject (title, amendments, bill)", "Sujet (titre, amendements, texte)"))<input type=\"search\" name=\"q\" value=\"\(value("q"))\"></label>",
            "<label>\(t("From", "Du"))<input type=\"date\" name=\"from\" value=\"\(value("from"))\"></label>",
            "<label>\(t("To", "Au"))<input type=\"date\" name=\"to\" value=\"\(value("to"))\"></label>",
            "<label>\(t("Type", "Type"))<select name=\"type\"><option value=\"\">\(t("any", "tous"))</option>"
                + "<option value=\"ordinary\"\(selected("type", "ordinary"))>\(t("ordinary", "ordinaire"))</option>"
                + "<option value=\"solemn\"\(selected("type", "solemn"))>\(t("solemn", "solennel"))</option>"
                + "<option value=\"censure\"\(selected("type", "censure"))>\(t("censure", "motion de censure"))</option></select></label>",
            "<label>\(t("Result", "Résultat"))<select name=\"result\"><option value=\"\">\(t("any", "tous"))</option>"
                + "<option value=\"adopted\"\(selected("result", "adopted"))>\(t("adopted", "adopté"))</option>"
                + "<option value=\"rejected\"\(selected("result", "rejected"))>\(t("rejected", "rejeté"))</option></select></label>",
            "<button type=\"submit\">\(t("Search", "Chercher"))</button>",
            "</form>",
        ]
        let ballots = report.ballots
        let count = ballots.count >= pageLimit ? t("The \(pageLimit) most recent ballots found", "Les \(pageLimit) scrutins les plus récents trouvés")
            : t("\(ballots.count) ballot\(ballots.count == 1 ? "" : "s") found", "\(ballots.count) scrutin\(ballots.count == 1 ? "" : "s") trouvé\(ballots.count == 1 ? "" : "s")")
        let apiQuery = URLQuery.encode(Site.queryPairs(request, without: ["lang", "q"]) + (query.get("q").map { [("search", String($0))] } ?? []))
        lines.append("<p class=\"meta\">\(count) · <a href=\"/api/ballots.csv?\(SitePage.e(apiQuery))\">CSV</a> · <a href=\"/api/ballots?\(SitePage.e(apiQuery))\">JSON</a></p>")
        lines.append("<ol class=\"ballots\">")
        for ballot in ballots {
            let reference = "\(ballot.legislature):\(ballot.number)"
            let result = language == .fr ? (ballot.result == .adopted ? "adopté" : "rejeté") : ballot.result.rawValue
            let date = DateFormatting.long(ballot.date, language: language.language)
            lines.append("<li><a href=\"/ballots/\(reference)?lang=\(language.rawValue)\">\(t("Ballot no.", "Scrutin n°")) \(ballot.number) (\(ballot.legislature)\(t("th", "e")))</a> · \(SitePage.e(date)) · \(SitePage.e(result))<br>\(SitePage.e(ballot.title))</li>")
        }
        lines.append("</ol>")
        if !watches.isEmpty {
            lines.append("<section id=\"feeds\"><h2>\(t("Feeds of the saved watches (Atom)", "Flux des veilles enregistrées (Atom)"))</h2>\n<ul>")
            for watch in watches {
                let href = "/feeds/" + URLQuery.encode(watch.name) + ".atom"
                lines.append("<li><a href=\"\(SitePage.e(href))\" type=\"application/atom+xml\">\(SitePage.e(watch.name))</a> · \(SitePage.e(watch.kind.rawValue)) \(SitePage.e(watch.value))</li>")
            }
            lines.append("</ul></section>")
        }
        return SitePage.document(title: t("Hemicycle — votes of the Assemblée nationale", "Hemicycle — les votes de l’Assemblée nationale"),
                                 body: lines.joined(separator: "\n"), language: language, path: "/", query: Site.queryPairs(request),
                                 freshness: freshness)
    }
}
