import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// One ballot's documents, as the command line writes them: the report built from the stored
/// ballot (``HemicycleReport/BallotReport``), with its legislative context when linked.
struct BallotDocuments: Sendable {
    let report: BallotReport
    let context: BallotContext?

    /// Loads the ballot `reference` names (`773`, `16:1274`, `VTANR5L17V773`).
    static func load(_ reference: String, from store: StoreConnections) async throws -> BallotDocuments {
        let text = reference.removingPercentEncoding ?? reference
        return try await store.read { database in
            let stored = try database.ballot(text)
            let report = BallotReport(record: stored.record, groups: stored.groups, deputies: stored.deputies, source: stored.source)
            return BallotDocuments(report: report, context: try database.ballotContext(uid: stored.ballot.uid))
        }
    }

    /// The `hemicycle ballot --format json` document.
    func json() throws -> String {
        try DocumentOutput.json(BallotJSON(report: report.jsonPayload, context: context?.payload))
    }

    /// The `hemicycle ballot --format csv` document: the JSON's `votes` laid flat (``CSVDataTable``).
    func csv() throws -> String {
        try DocumentOutput.csvTable(payload: BallotJSON(report: report.jsonPayload, context: context?.payload), list: "votes") {
            report.document(context: [], language: .english)
        }.map { CSVRenderer().render($0) } ?? ""
    }

    /// The share card, as `hemicycle card` draws it: with the fate of the law voted and the
    /// store's "data as of".
    func card(language: SiteLanguage, freshness: StoreFreshness?) -> String {
        var card = ShareCard(input: report.pageInput(language: language.language), language: language.language, fate: context?.fateLine)
        card.freshness = freshness
        return card.svg()
    }

    /// The short reference of the ballot in URLs: `16:1274`.
    var reference: String { "\(report.ballot.legislature):\(report.ballot.number)" }
}
