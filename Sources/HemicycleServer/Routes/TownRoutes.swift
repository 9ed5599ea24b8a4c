import HemicycleModel
import HemicycleReport
import HemicycleStore
import Hummingbird

/// "My town": `/town?q=59000&ballot=16:1274&ballot=773` (a postcode or a town name, and the
/// ballots to show), and `/api/representatives?postcode=59000&ballot=…`: the representatives
/// report (``HemicycleReport/RepresentativesReport``) of `hemicycle representatives`.
enum TownRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/town") { request, _ in
            let language = try site.language(of: request)
            let place = try place(request, form: true)
            let references = Site.ballotReferences(request)
            return try await site.responder.respond(to: request) {
                let freshness = try await site.freshness.value()
                guard let place else { return .html(page(nil, request: request, language: language, freshness: freshness)) }
                let report = try await load(place, date: nil, ballots: references, site: site)
                return .html(page(report, request: request, language: language, freshness: freshness))
            }
        }
        for path in ["/api/representatives", "/api/representatives.csv", "/api/representatives.json"] {
            router.get(RouterPath(stringLiteral: path)) { request, _ in
                let format = try DocumentFormat.query(request, fallback: path.hasSuffix(".csv") ? .csv : .json)
                guard let place = try place(request, form: false) else {
                    throw ServerError.badRequest("Give a place: postcode=, town=, insee= or department= (with constituency= if wanted).")
                }
                let date = try request.uri.queryParameters.get("date").map { value -> CalendarDate in
                    guard let date = CalendarDate(iso: String(value)) else { throw ServerError.badRequest("date=\(value) is not a date of the form yyyy-mm-dd.") }
                    return date
                }
                let references = Site.ballotReferences(request)
                return try await site.responder.respond(to: request) {
                    let report = try await load(place, date: date, ballots: references, site: site)
                    // The CSV the command writes: the contact list's columns, one value per cell.
                    return format == .csv ? .csv(CSVRenderer().render(report.csvTable())) : .json(try DocumentOutput.json(report.payload))
                }
            }
        }
    }

    /// The place of the query: `postcode=`, `town=`, `insee=` or `department=` (one of them,
    /// with `constituency=`), or — in the form — `q=`, a postcode when it is five digits, else a
    /// town name. Nil when none is given.
    static func place(_ request: Request, form: Bool) throws -> PlaceQuery? {
        let query = request.uri.queryParameters
        func text(_ name: String) -> String? {
            query.get(name).map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var kinds: [PlaceQuery.Kind] = []
        if let postcode = text("postcode") { kinds.append(.postcode(postcode)) }
        if let town = text("town") { kinds.append(.town(town)) }
        if let insee = text("insee") { kinds.append(.insee(insee)) }
        if let department = text("department") { kinds.append(.department(department)) }
        if form, let q = text("q") {
            kinds.append(q.count == 5 && q.allSatisfy(\.isASCIIDigit) ? .postcode(q) : .town(q))
        }
        guard kinds.count <= 1 else { throw ServerError.badRequest("Give one place only: postcode=, town=, insee= or department=.") }
        var constituency: Int?
        if let value = text("constituency") {
            guard let number = Int(value), number > 0 else { throw ServerError.badRequest("constituency=\(value) is not a constituency number.") }
            constituency = number
        }
        guard let kind = kinds.first else {
            if constituency != nil { throw ServerError.badRequest("constituency= needs a place (department=, town=…).") }
            return nil
        }
        return PlaceQuery(kind, constituency: constituency)
    }

    /// The report of a place and ballots, read from the store.
    static func load(_ place: PlaceQuery, date: CalendarDate?, ballots references: [String], site: Site) async throws -> RepresentativesReport {
        let occupancy = try await site.occupancy.value()
        return try await site.store.read { database in
            let data = try database.representatives(of: place, on: date, occupancy: occupancy)
            let ballots = try references.map { try database.ballot($0).record }
            return RepresentativesReport(place: place.description, date: date, data: data, ballots: ballots)
        }
    }

    /// The form and, when a place is given, its deputies and their votes, with links to the data.
    static func page(_ report: RepresentativesReport?, request: Request, language: SiteLanguage, freshness: StoreFreshness?) -> String {
        let t = language.t
        let query = request.uri.queryParameters
        let typed = SitePage.e(query.get("q").map { String($0) } ?? "")
        let ballots = SitePage.e(Site.ballotReferences(request).joined(separator: " "))
        var lines = [
            "<h1>\(t("My town: its deputies and their votes", "Ma commune : ses députés et leurs votes"))</h1>",
            "<form class=\"search\" method=\"get\" action=\"/town\">",
            "<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">",
            "<label>\(t("Postcode or town", "Code postal ou commune"))<input type=\"text\" name=\"q\" value=\"\(typed)\" required></label>",
            "<label>\(t("Ballots (e.g. 16:1274 773)", "Scrutins (par ex. 16:1274 773)"))<input type=\"text\" name=\"ballot\" value=\"\(ballots)\"></label>",
            "<button type=\"submit\">\(t("Show", "Afficher"))</button>",
            "</form>",
        ]
        if let report {
            let document = report.document(language: language.language)
            lines.append(HTMLRenderer().renderBody(document))
            let ballotPairs = report.ballots.map { ("ballot", "\($0.ballot.legislature):\($0.ballot.number)") }
            let placePairs = Site.queryPairs(request, without: ["lang", "q", "ballot"])
            let q = query.get("q").map { String($0) }.map { q -> (String, String) in
                q.count == 5 && q.allSatisfy(\.isASCIIDigit) ? ("postcode", q) : ("town", q)
            }
            let api = URLQuery.encode(placePairs + (q.map { [$0] } ?? []) + ballotPairs)
            var links = ["<a href=\"/api/representatives.csv?\(SitePage.e(api))\">CSV</a>", "<a href=\"/api/representatives?\(SitePage.e(api))\">JSON</a>"]
            links += report.ballots.map { record in
                let reference = "\(record.ballot.legislature):\(record.ballot.number)"
                return "<a href=\"/ballots/\(reference)?lang=\(language.rawValue)\">\(t("Ballot", "Scrutin")) \(reference)</a>"
            }
            lines.append("<ul class=\"links\">" + links.map { "<li>\($0)</li>" }.joined() + "</ul>")
            // Each deputy's page, once (a deputy may hold two rows: a seat held in turn).
            var seen: Set<String> = []
            let deputies = report.rows.compactMap { row in row.deputy_id.map { ($0, row.name ?? $0) } }.filter { seen.insert($0.0).inserted }
            if !deputies.isEmpty {
                lines.append("<h2>\(t("Their pages", "Leurs pages"))</h2>")
                lines.append("<ul class=\"links\">" + deputies.map { "<li>\(DeputyRoutes.link($0.0, name: $0.1, language: language))</li>" }.joined() + "</ul>")
            }
        }
        return SitePage.document(title: t("My town — Hemicycle", "Ma commune — Hemicycle"), body: lines.joined(separator: "\n"),
                                 language: language, path: "/town", query: Site.queryPairs(request), freshness: freshness)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
