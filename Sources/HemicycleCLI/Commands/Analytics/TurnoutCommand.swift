import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle turnout`: how many deputies take part in ballots (*participation au scrutin*).
struct TurnoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turnout",
        abstract: "Turnout of ballots: distribution (quartiles), by type, month and result; low-turnout ballots.",
        discussion: """
            Turnout = published voters (for + against + abstentions) / seats (577), per ballot. Quantiles are \
            Hyndman & Fan type 7 (as R and NumPy). See README.md, "Methods".

            Examples:
              hemicycle turnout
              hemicycle turnout --type solemn --from 2025-01-01
              hemicycle turnout --search surveillance --below 100 --format json
            """
    )

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption

    @Option(help: "Count the ballots with fewer voters than this (a count of deputies).")
    var below: Int = TurnoutSummary.defaultLowTurnoutThreshold

    @Option(help: "How many adopted ballots with the lowest turnout to list.")
    var lowest: Int = 10

    @Flag(help: "Apply the corrections (mises au point) to the counts before computing.")
    var withCorrections = false

    @Flag(help: "Print the numerator, denominator and exclusions beside every rate.")
    var explain = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if below < 0 { throw ValidationError("--below must be 0 or more") }
        if lowest < 0 { throw ValidationError("--lowest must be 0 or more") }
    }

    struct DistributionJSON: Encodable {
        let count: Int
        let min: Double
        let lowerQuartile: Double
        let median: Double
        let mean: Double
        let upperQuartile: Double
        let max: Double

        init(_ d: Distribution) {
            count = d.count
            min = JSONNumber.round(d.min)
            lowerQuartile = JSONNumber.round(d.lowerQuartile)
            median = JSONNumber.round(d.median)
            mean = JSONNumber.round(d.mean)
            upperQuartile = JSONNumber.round(d.upperQuartile)
            max = JSONNumber.round(d.max)
        }

        enum CodingKeys: String, CodingKey {
            case count, min, median, mean, max
            case lowerQuartile = "lower_quartile", upperQuartile = "upper_quartile"
        }
    }

    struct BallotJSON: Encodable {
        let uid: String
        let number: Int
        let date: String
        let type: String
        let result: String
        let voters: Int
        let seats: Int
        let turnout: Double
        let title: String
    }

    struct Payload: Encodable {
        let ballots: Int
        let withCorrections: Bool
        let overall: DistributionJSON?
        let byType: [String: DistributionJSON]
        let byMonth: [String: DistributionJSON]
        let byResult: [String: DistributionJSON]
        let belowThreshold: Int
        let below: RateJSON
        let lowestTurnoutAdopted: [BallotJSON]

        enum CodingKeys: String, CodingKey {
            case ballots, overall, below
            case withCorrections = "with_corrections", byType = "by_type", byMonth = "by_month", byResult = "by_result"
            case belowThreshold = "below_threshold", lowestTurnoutAdopted = "lowest_turnout_adopted"
        }
    }

    func run() throws {
        let database = try store.openPopulated()
        var filter = filters.filter
        filter.numbers = numbers.numbers ?? []
        let context = try AnalyticsContext(database: database, filter: filter, withCorrections: withCorrections)
        let summary = TurnoutSummary(ballots: context.matrix.ballots, lowTurnoutThreshold: below, lowestAdoptedCount: lowest)
        let titles = Dictionary(context.matrix.ballots.map { ($0.uid, $0.title) }, uniquingKeysWith: { a, _ in a })

        var document = ReportDocument()
        document.heading("Turnout — \(context.selectionLine)", level: 1)
        document.paragraph("Turnout = voters (for + against + abstentions, as published) / seats (577). Quantiles: Hyndman & Fan type 7.")

        var table = ReportTable(title: "Distribution of turnout over ballots", columns: [
            .init("By", key: "dimension"), .init("Value", key: "value"), .init("Ballots", key: "ballots", alignment: .right),
            .init("Min", key: "min", alignment: .right), .init("Q1", key: "lower_quartile", alignment: .right),
            .init("Median", key: "median", alignment: .right), .init("Mean", key: "mean", alignment: .right),
            .init("Q3", key: "upper_quartile", alignment: .right), .init("Max", key: "max", alignment: .right),
        ])
        func row(_ dimension: String, _ value: String, _ d: Distribution) {
            table.append([dimension, value, "\(d.count)", RateText.percent(d.min), RateText.percent(d.lowerQuartile),
                          RateText.percent(d.median), RateText.percent(d.mean), RateText.percent(d.upperQuartile), RateText.percent(d.max)])
        }
        if let overall = summary.overall { row("all", "all ballots", overall) }
        for type in BallotType.allCases { if let d = summary.byType[type] { row("type", type.keyword, d) } }
        for result in BallotResult.allCases { if let d = summary.byResult[result] { row("result", result.rawValue, d) } }
        for month in summary.byMonth.keys.sorted() { if let d = summary.byMonth[month] { row("month", month, d) } }
        document.table(table)

        let share = summary.lowTurnoutBallots
        document.paragraph("Ballots with fewer than \(below) voters: \(NumberFormatting.integer(Int(share.numerator), language: .english)) of "
            + "\(NumberFormatting.integer(share.denominator, language: .english)) (\(RateText.cell(share, explain: explain))).")

        var lowestTable = ReportTable(title: "Adopted ballots with the lowest turnout", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Type", key: "type"),
            .init("Voters", key: "voters", alignment: .right), .init("Turnout", key: "turnout", alignment: .right),
            .init("Title", key: "title"),
        ])
        for t in summary.lowestTurnoutAdopted {
            lowestTable.append(["\(t.number)", t.date.description, t.type.keyword, "\(t.voters)", RateText.cell(t.rate, explain: explain),
                                titles[t.ballotUID] ?? ""])
        }
        if !summary.lowestTurnoutAdopted.isEmpty { document.table(lowestTable) }

        let payload = Payload(
            ballots: summary.ballots.count, withCorrections: withCorrections, overall: summary.overall.map(DistributionJSON.init),
            byType: Dictionary(summary.byType.map { ($0.key.keyword, DistributionJSON($0.value)) }, uniquingKeysWith: { a, _ in a }),
            byMonth: summary.byMonth.mapValues(DistributionJSON.init),
            byResult: Dictionary(summary.byResult.map { ($0.key.rawValue, DistributionJSON($0.value)) }, uniquingKeysWith: { a, _ in a }),
            belowThreshold: below, below: RateJSON(share),
            lowestTurnoutAdopted: summary.lowestTurnoutAdopted.map {
                BallotJSON(uid: $0.ballotUID, number: $0.number, date: $0.date.description, type: $0.type.keyword,
                           result: $0.result.rawValue, voters: $0.voters, seats: $0.seats,
                           turnout: JSONNumber.round($0.rate.value ?? 0), title: titles[$0.ballotUID] ?? "")
            })
        try output.emit(document, json: payload, title: "Turnout")
    }
}
