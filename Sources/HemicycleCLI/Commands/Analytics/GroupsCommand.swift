import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle groups`: every political group (*groupe politique*): seats, participation,
/// cohesion and share of ballots won.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Political groups: seats, participation, cohesion (Rice, Attinà) and share of ballots won.",
        discussion: """
            Seats: members on the latest selected ballot listing the group. Participation: members who voted \
            over members that day (less those listed non-voting), summed over ballots in scope. Cohesion: mean \
            Rice and Attinà indices of the group's published counts, over all ballots and over contested ballots \
            (winning side under 90 % of votes cast). Won: ballots where the group's line (the position most of its \
            voting members took; `--group-line published`: the Assemblée's published field) matched the outcome \
            (for and adopted, against and rejected), over ballots where it had one. Line ≠ published: ballots \
            where the Assemblée's published line differs from that recount, over ballots where a member voted \
            (every selected ballot, whatever the scope). See README.md, "Methods".

            Examples:
              hemicycle groups
              hemicycle groups --from 2025-01-01 --scope solemn --explain
              hemicycle groups --format json
            """
    )

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var count: CountOption
    @OptionGroup var numbers: BallotNumbersOption
    @OptionGroup var analytics: AnalyticsOptions
    @OptionGroup var groupLine: GroupLineOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct Row: Encodable {
        let groupID: String
        let label: String
        let name: String
        let seats: Int
        let seatsDate: String
        let ballots: Int
        let participation: RateJSON
        let riceMean: Double?
        let riceBallots: Int
        let attinaMean: Double?
        let attinaBallots: Int
        let contestedRiceMean: Double?
        let contestedRiceBallots: Int
        let contestedAttinaMean: Double?
        let contestedAttinaBallots: Int
        let won: RateJSON
        let publishedLineDiffers: RateJSON

        enum CodingKeys: String, CodingKey {
            case label, name, seats, ballots, participation, won
            case publishedLineDiffers = "published_line_differs"
            case groupID = "group_id", seatsDate = "seats_date", riceMean = "rice_mean", riceBallots = "rice_ballots"
            case attinaMean = "attina_mean", attinaBallots = "attina_ballots", contestedRiceMean = "contested_rice_mean"
            case contestedRiceBallots = "contested_rice_ballots", contestedAttinaMean = "contested_attina_mean"
            case contestedAttinaBallots = "contested_attina_ballots"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(groupID, forKey: .groupID)
            try c.encode(label, forKey: .label)
            try c.encode(name, forKey: .name)
            try c.encode(seats, forKey: .seats)
            try c.encode(seatsDate, forKey: .seatsDate)
            try c.encode(ballots, forKey: .ballots)
            try c.encode(participation, forKey: .participation)
            try c.encode(riceMean, forKey: .riceMean)
            try c.encode(riceBallots, forKey: .riceBallots)
            try c.encode(attinaMean, forKey: .attinaMean)
            try c.encode(attinaBallots, forKey: .attinaBallots)
            try c.encode(contestedRiceMean, forKey: .contestedRiceMean)
            try c.encode(contestedRiceBallots, forKey: .contestedRiceBallots)
            try c.encode(contestedAttinaMean, forKey: .contestedAttinaMean)
            try c.encode(contestedAttinaBallots, forKey: .contestedAttinaBallots)
            try c.encode(won, forKey: .won)
            try c.encode(publishedLineDiffers, forKey: .publishedLineDiffers)
        }
    }

    func run() throws {
        let (_, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: analytics.withCorrections,
                                                     count: count.count)
        let matrix = context.matrix
        let cohesion = Dictionary(matrix.groupCohesionSummary().map { ($0.groupID, $0) }, uniquingKeysWith: { a, _ in a })
        let records = matrix.groupRecords(scope: analytics.scope, groupLine: groupLine.source)
            .filter { $0.groupID != AnalyticsContext.bogusGroup }
            .sorted { ($0.latestDate, $0.latestMembers, $1.groupID) > ($1.latestDate, $1.latestMembers, $0.groupID) }
        let lastDay = matrix.ballots.last?.date

        var table = ReportTable(columns: [
            .init("Group", key: "group"), .init("Seats", key: "seats", alignment: .right),
            .init("Participation", key: "participation", alignment: .right),
            .init("Rice", key: "rice_mean", alignment: .right), .init("Attinà", key: "attina_mean", alignment: .right),
            .init("Rice (contested)", key: "contested_rice_mean", alignment: .right),
            .init("Attinà (contested)", key: "contested_attina_mean", alignment: .right),
            .init("Won", key: "won", alignment: .right),
            .init("Line ≠ published", key: "published_line_differs", alignment: .right), .init("Name", key: "name"),
        ])
        var rows: [Row] = []
        for r in records {
            let c = cohesion[r.groupID]
            let label = context.groupLabel(r.groupID)
            let name = context.snapshot.groups[r.groupID]?.name ?? r.groupID
            let seats = "\(r.latestMembers)" + (lastDay.map { r.latestDate < $0 } == true ? " (until \(r.latestDate))" : "")
            func mean(_ value: Double?, _ n: Int) -> String {
                RateText.index(value) + (analytics.explain ? " (n=\(n))" : "")
            }
            table.append([
                label, seats, RateText.cell(r.participation, explain: analytics.explain),
                mean(c?.meanRice, c?.riceBallots ?? 0), mean(c?.meanAttina, c?.attinaBallots ?? 0),
                mean(c?.contestedMeanRice, c?.contestedRiceBallots ?? 0), mean(c?.contestedMeanAttina, c?.contestedAttinaBallots ?? 0),
                RateText.cell(r.won, explain: analytics.explain), RateText.cell(r.publishedLineDiffers, explain: analytics.explain), name,
            ])
            rows.append(Row(
                groupID: r.groupID, label: label, name: name, seats: r.latestMembers, seatsDate: r.latestDate.description,
                ballots: r.ballots, participation: RateJSON(r.participation),
                riceMean: JSONNumber.round(c?.meanRice), riceBallots: c?.riceBallots ?? 0,
                attinaMean: JSONNumber.round(c?.meanAttina), attinaBallots: c?.attinaBallots ?? 0,
                contestedRiceMean: JSONNumber.round(c?.contestedMeanRice), contestedRiceBallots: c?.contestedRiceBallots ?? 0,
                contestedAttinaMean: JSONNumber.round(c?.contestedMeanAttina), contestedAttinaBallots: c?.contestedAttinaBallots ?? 0,
                won: RateJSON(r.won), publishedLineDiffers: RateJSON(r.publishedLineDiffers)))
        }
        let contested = matrix.ballots.count { $0.isContested }
        table.footnote = "Cohesion means over all ballots and over the \(contested) contested ones (winning side < 90 % of votes cast); "
            + "participation and won: scope \(analytics.scope == .solemn ? "solemn ballots" : "all ballots but motions of censure"); "
            + "won against the \(groupLine.source.rawValue) group line; line ≠ published: every selected ballot where a member voted"

        var document = ReportDocument()
        document.heading("Political groups — \(context.selectionLine)", level: 1)
        document.table(table)
        try output.emit(document, json: rows, title: "Groups", csv: .payload())
    }
}
