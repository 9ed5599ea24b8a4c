import Foundation
import HemicycleAnalytics
import HemicycleDocuments
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// One deputy's documents, as `hemicycle deputy ID` writes them: the report
/// (``HemicycleReport/DeputyReport``) over every legislature, every ballot but motions of
/// censure, on the recounted group line (the command's defaults), with the counts beside each rate.
struct DeputyDocuments: Sendable {
    let report: DeputyReport

    /// The ballot filter of `hemicycle deputy` without options: every legislature, for a career.
    static var careerFilter: BallotFilter {
        var filter = BallotFilter()
        filter.allLegislatures = true
        return filter
    }

    /// The report of the deputy `reference` names (an id such as `PA721908`, or a name as the
    /// command takes it), over `loaded`.
    static func load(_ reference: String, over loaded: LoadedSelection, from store: StoreConnections) async throws -> DeputyDocuments {
        let text = reference.removingPercentEncoding ?? reference
        let person = try await store.read { try loaded.deputy(text, in: $0) }
        return DeputyDocuments(report: DeputyReport(person: person, selection: loaded.selection, scope: .allButCensure,
                                                    groupLine: .recounted, explain: true))
    }

    /// The `hemicycle deputy --format json` document (the explanations are not in the JSON).
    func json() throws -> String {
        try DocumentOutput.json(report.payload)
    }

    /// The `hemicycle deputy --format csv` document: the JSON laid flat.
    func csv() throws -> String {
        try DocumentOutput.csvTable(payload: report.payload) { report.document(language: .english) }.map { CSVRenderer().render($0) } ?? ""
    }
}
