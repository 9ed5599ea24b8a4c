import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import Hummingbird

/// `/groups/{id}` (the page), `.json`, `.csv`: one political group's figures, its row of
/// `hemicycle groups --legislature all` (``HemicycleReport/GroupsReport``), and its deputies.
enum GroupRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        router.get("/groups/:id") { request, context in
            let (segment, format) = DocumentFormat.split(try context.parameters.require("id"), default: .html)
            guard format != .svg else { throw ServerError.notFound("A group has no share card; the page is /groups/\(segment).") }
            let id = segment.removingPercentEncoding ?? segment
            let language = try site.language(of: request)
            return try await site.responder.respond(to: request) {
                let loaded = try await site.careers.value()
                // The command's defaults: every ballot but motions of censure, the recounted line.
                let all = GroupsReport(selection: loaded.selection, scope: .allButCensure, groupLine: .recounted, explain: format == .html)
                guard let report = all.group(id) else {
                    throw ServerError.notFound("No political group \(id) voted on the ballots of the store (a group is named by its id, such as PO845401).")
                }
                switch format {
                case .json: return .json(try DocumentOutput.json(report.rows))
                case .csv: return .csv(try DocumentOutput.csvTable(payload: report.rows) { report.document() }.map { CSVRenderer().render($0) } ?? "")
                default: return .html(page(report, id: id, language: language, request: request, freshness: try await site.freshness.value()))
                }
            }
        }
    }

    /// The group's page: its name, links to its data and its official page, its figures (with their counts), then the
    /// deputies the latest ballots list under it, each linking to their page.
    static func page(_ report: GroupsReport, id: String, language: SiteLanguage, request: Request, freshness: StoreFreshness?) -> String {
        let selection = report.selection
        let base = "/groups/\(URLQuery.encode(id))"
        let name = "\(selection.groupLabel(id)) — \(selection.groupName(id))"
        var lines = [
            "<h1>\(SitePage.e(name))</h1>",
            SitePage.links([("\(base).csv", language.t("Data (CSV)", "Données (CSV)")), ("\(base).json", language.t("Data (JSON)", "Données (JSON)")),
                            (HemicycleModel.Body.officialPageURL(uid: id), language.t("Official page", "Page officielle"))]),
            HTMLRenderer().renderBody(report.document(language: language.language)).replacingOccurrences(of: "<h1>", with: "<h2>")
                .replacingOccurrences(of: "</h1>", with: "</h2>"),
        ]
        let matrix = selection.matrix
        let latest = selection.latestGroups()
        let members = matrix.deputyIDs.indices.filter { latest[$0] >= 0 && matrix.groupIDs[Int(latest[$0])] == id }
            .map { matrix.deputyIDs[$0] }.sorted { selection.name($0) < selection.name($1) }
        lines.append("<h2>\(language.t("Deputies listed under this group on their latest ballot", "Députés inscrits dans ce groupe à leur dernier scrutin")) (\(members.count))</h2>")
        lines.append("<ul class=\"members\">" + members.map { DeputyRoutes.link($0, name: selection.name($0), language: language) }.map { "<li>\($0)</li>" }.joined() + "</ul>")
        return SitePage.document(title: "\(name) — Hemicycle", body: lines.joined(separator: "\n"), language: language, path: request.uri.path,
                                 query: Site.queryPairs(request), freshness: freshness)
    }
}
