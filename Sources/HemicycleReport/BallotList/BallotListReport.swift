import HemicycleAnalytics
import HemicycleModel

/// A list of ballots, newest first (`hemicycle ballots`, `/api/ballots`, the search page): a table
/// for the text formats and CSV, rows for JSON.
public struct BallotListReport: Sendable {
    /// The ballots, in the order shown.
    public let ballots: [Ballot]

    /// A list of `ballots`, in that order.
    public init(ballots: [Ballot]) { self.ballots = ballots }

    /// One ballot in JSON (stable snake_case keys).
    public struct Row: Encodable, Sendable {
        let uid: String
        let number: Int
        let legislature: Int
        let date: String
        let type: String
        let result: String
        let title: String
        let voters: Int
        let seats: Int
        let `for`: Int
        let against: Int
        let abstentions: Int
        /// The ballot's turnout (``HemicycleAnalytics/BallotTurnout``), nil when undefined.
        let turnout: Double?
    }

    /// The table and its count.
    public func document() -> ReportDocument {
        var table = ReportTable(columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Type", key: "type"),
            .init("Result", key: "result"), .init("Voters", key: "voters", alignment: .right),
            .init("For", key: "for", alignment: .right), .init("Against", key: "against", alignment: .right),
            .init("Abst.", key: "abstentions", alignment: .right), .init("Title", key: "title"),
        ])
        for b in ballots {
            table.append(["\(b.number)", b.date.description, b.type.keyword, b.result.rawValue, "\(b.voters)",
                          "\(b.official.for)", "\(b.official.against)", "\(b.official.abstentions)", b.title])
        }
        table.footnote = "\(ballots.count) ballot\(ballots.count == 1 ? "" : "s")"
        var document = ReportDocument()
        document.table(table)
        return document
    }

    /// The CSV of `hemicycle ballots`: the JSON rows laid flat (``CSVDataTable``).
    public func csv() throws -> String { try DocumentOutput.csv(data: payload, document: document()) }

    /// The JSON of `hemicycle ballots`: one row per ballot.
    public var payload: [Row] {
        ballots.map {
            Row(uid: $0.uid, number: $0.number, legislature: $0.legislature, date: $0.date.description, type: $0.type.keyword,
                result: $0.result.rawValue, title: $0.title, voters: $0.voters, seats: $0.seats, for: $0.official.for,
                against: $0.official.against, abstentions: $0.official.abstentions, turnout: JSONNumber.round(BallotTurnout($0).rate.value))
        }
    }
}
