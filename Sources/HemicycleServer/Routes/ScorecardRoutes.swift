import HemicycleAnalytics
import HemicycleDocuments
import HemicycleReport
import Hummingbird

/// `/api/scorecard?ballot=16:1274:against&ballot=773:against`: the campaign scorecard of
/// `hemicycle scorecard` (``HemicycleReport/ScorecardReport``, loaded by
/// ``HemicycleDocuments/ScorecardChoice``), as JSON or as its mail-merge CSV.
enum ScorecardRoutes {
    static func add(to router: Router<BasicRequestContext>, site: Site) {
        for path in ["/api/scorecard", "/api/scorecard.csv", "/api/scorecard.json"] {
            router.get(RouterPath(stringLiteral: path)) { request, _ in
                let format = try DocumentFormat.query(request, fallback: path.hasSuffix(".csv") ? .csv : .json)
                let choice = try choice(request)
                let absence = try absence(request)
                let selection = try selection(request)
                return try await site.responder.respond(to: request) {
                    let report = try await site.store.read { try ScorecardReport.load(choice, absence: absence, selection: selection, from: $0) }
                    // As the command: the CSV is the mail-merge table, plain values, English keys.
                    return format == .csv ? .csv(CSVRenderer().render(report.mailMergeTable()))
                        : .json(try DocumentOutput.json(report.payload))
                }
            }
        }
    }

    /// `ballot=REF:position` (repeatable, or several in one value), `search=` with `position=`,
    /// `legislature=`: the options `--ballot`, `--search`, `--position`, `--legislature`.
    static func choice(_ request: Request) throws -> ScorecardChoice {
        let query = request.uri.queryParameters
        var choice = ScorecardChoice()
        do {
            if let value = query.get("legislature") {
                guard let number = Int(value), number > 0 else { throw ServerError.badRequest("legislature=\(value) is not a legislature number.") }
                choice.legislature = number
            }
            choice.ballots = try Site.ballotReferences(request).map(ScorecardChoice.ballot)
            let search = query.get("search").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
            let position = try query.get("position").map { try ScorecardChoice.position(String($0)) }
            if let search {
                guard let position else { throw ServerError.badRequest("search= needs position= (for, against or abstention).") }
                choice.search = (search, position)
            }
        } catch let error as ScorecardChoice.Invalid {
            throw ServerError.badRequest(error.description)
        }
        if choice.ballots.isEmpty && choice.search == nil {
            throw ServerError.badRequest("Choose ballots: ballot=773:against (repeatable), or search=TEXT&position=against.")
        }
        return choice
    }

    /// `absent=ignore|against|half` (`--absent`), ignore by default.
    static func absence(_ request: Request) throws -> AbsencePolicy {
        guard let value = request.uri.queryParameters.get("absent") else { return .ignore }
        guard let policy = AbsencePolicy(rawValue: String(value)) else {
            throw ServerError.badRequest("absent=\(value) is not how absence counts: ignore, against or half.")
        }
        return policy
    }

    /// `group=` and `min_ballots=` (`--group`, `--min-ballots`).
    static func selection(_ request: Request) throws -> ScorecardReport.Selection {
        let query = request.uri.queryParameters
        var selection = ScorecardReport.Selection(group: query.get("group").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 })
        if let value = query.get("min_ballots") {
            guard let count = Int(value), count >= 1 else { throw ServerError.badRequest("min_ballots=\(value) is not a number of ballots from 1.") }
            selection.minBallots = count
        }
        return selection
    }
}
