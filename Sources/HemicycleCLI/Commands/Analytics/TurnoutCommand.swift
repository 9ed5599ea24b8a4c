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
            Hyndman & Fan type 7 (as R and NumPy). Also reported: voters / sitting deputies, the seats held on \
            the ballot's day — a constituency counts as held when one of its ASSEMBLEE mandates covers the day. \
            The export leaves seat mandates open (vacancies after a death or resignation are not seen), so this \
            is an upper bound on the seats actually filled. See README.md, "Methods".

            Examples:
              hemicycle turnout
              hemicycle turnout --type solemn --from 2025-01-01
              hemicycle turnout --search surveillance --below 100 --format json
              hemicycle turnout --legislature 16 --count named
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

    @OptionGroup var count: CountOption

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
        /// Seats held on the ballot's day (``SittingSeats``), a count of deputies.
        let sitting: Int
        /// Voters / sitting deputies, in 0…1 (nil when no seat is held).
        let turnoutOfSitting: Double?
        let title: String

        enum CodingKeys: String, CodingKey {
            case uid, number, date, type, result, voters, seats, turnout, sitting, title
            case turnoutOfSitting = "turnout_of_sitting"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(uid, forKey: .uid)
            try c.encode(number, forKey: .number)
            try c.encode(date, forKey: .date)
            try c.encode(type, forKey: .type)
            try c.encode(result, forKey: .result)
            try c.encode(voters, forKey: .voters)
            try c.encode(seats, forKey: .seats)
            try c.encode(turnout, forKey: .turnout)
            try c.encode(sitting, forKey: .sitting)
            // Written as null rather than left out: the keys are stable.
            try c.encode(turnoutOfSitting, forKey: .turnoutOfSitting)
            try c.encode(title, forKey: .title)
        }
    }

    /// The fewest and most seats held on the days of the ballots, counts of deputies.
    struct SittingRangeJSON: Encodable {
        let min: Int
        let max: Int
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
        /// Distribution of voters / sitting deputies over the ballots.
        let overallOfSitting: DistributionJSON?
        let byTypeOfSitting: [String: DistributionJSON]
        let sittingDeputies: SittingRangeJSON?
        let sittingMethod: String

        enum CodingKeys: String, CodingKey {
            case ballots, overall, below
            case overallOfSitting = "overall_of_sitting", byTypeOfSitting = "by_type_of_sitting"
            case sittingDeputies = "sitting_deputies", sittingMethod = "sitting_method"
            case withCorrections = "with_corrections", byType = "by_type", byMonth = "by_month", byResult = "by_result"
            case belowThreshold = "below_threshold", lowestTurnoutAdopted = "lowest_turnout_adopted"
        }
    }

    /// How the sitting deputies are counted, and the limits (shown with `--explain`, and in JSON).
    static let sittingMethod = """
        Sitting deputies = seats held on the ballot's day: a constituency counts when at least one of its ASSEMBLEE \
        mandates covers the day (start ≤ day ≤ end; an open end covers every later day), so a minister and their \
        substitute, both with open mandates, count once. Limits: the Assemblée's export leaves many seat mandates \
        open (every one in the shipped 17th-legislature file), so a seat vacant after a death or resignation still \
        counts until a new mandate replaces it — an upper bound; members of the government hold no seat once \
        replaced but their open mandate is not told apart.
        """

    func run() throws {
        // Turnout comes from each ballot's published counts: the nominative votes are not needed.
        let (_, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: withCorrections,
                                                     needsVotes: false, count: count.count)
        let summary = TurnoutSummary(ballots: context.matrix.ballots, lowTurnoutThreshold: below, lowestAdoptedCount: lowest)
        let sittingSummary = SittingTurnoutSummary(ballots: context.matrix.ballots, seats: SittingSeats(mandates: context.snapshot.seatMandates))
        let sitting = Dictionary(sittingSummary.entries.map { ($0.ballotUID, $0) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(context.matrix.ballots.map { ($0.uid, $0.title) }, uniquingKeysWith: { a, _ in a })

        var document = ReportDocument()
        document.heading("Turnout — \(context.selectionLine)", level: 1)
        document.paragraph("Turnout = voters (for + against + abstentions, \(count.count == .named ? "recounted from the named lists" : "as published")) / seats (577). Quantiles: Hyndman & Fan type 7.")

        var table = ReportTable(title: "Distribution of turnout over ballots", columns: [
            .init("By", key: "dimension"), .init("Value", key: "value"), .init("Ballots", key: "ballots", alignment: .right),
            .init("Min", key: "min", alignment: .right), .init("Q1", key: "lower_quartile", alignment: .right),
            .init("Median", key: "median", alignment: .right), .init("Mean", key: "mean", alignment: .right),
            .init("Q3", key: "upper_quartile", alignment: .right), .init("Max", key: "max", alignment: .right),
        ])
        func row(_ dimension: String, _ value: String, _ d: Distribution) {
            table.append([dimension, value, "\(d.count)"] + [d.min, d.lowerQuartile, d.median, d.mean, d.upperQuartile, d.max].map { NumberFormatting.percent($0, language: .english) })
        }
        if let overall = summary.overall { row("all", "all ballots", overall) }
        for type in BallotType.allCases { if let d = summary.byType[type] { row("type", type.keyword, d) } }
        for result in BallotResult.allCases { if let d = summary.byResult[result] { row("result", result.rawValue, d) } }
        for month in summary.byMonth.keys.sorted() { if let d = summary.byMonth[month] { row("month", month, d) } }
        document.table(table)

        let range = sittingSummary.sittingRange.map { r in r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound) to \(r.upperBound)" } ?? "–"
        var sittingTable = ReportTable(title: "Turnout over sitting deputies (seats held that day: \(range))", columns: [
            .init("By", key: "dimension"), .init("Value", key: "value"), .init("Ballots", key: "ballots", alignment: .right),
            .init("Min", key: "min", alignment: .right), .init("Q1", key: "lower_quartile", alignment: .right),
            .init("Median", key: "median", alignment: .right), .init("Mean", key: "mean", alignment: .right),
            .init("Q3", key: "upper_quartile", alignment: .right), .init("Max", key: "max", alignment: .right),
        ])
        func sittingRow(_ dimension: String, _ value: String, _ d: Distribution) {
            sittingTable.append([dimension, value, "\(d.count)"] + [d.min, d.lowerQuartile, d.median, d.mean, d.upperQuartile, d.max].map { NumberFormatting.percent($0, language: .english) })
        }
        if let overall = sittingSummary.overall { sittingRow("all", "all ballots", overall) }
        for type in BallotType.allCases { if let d = sittingSummary.byType[type] { sittingRow("type", type.keyword, d) } }
        if !sittingTable.rows.isEmpty { document.table(sittingTable) }
        if explain { document.paragraph(Self.sittingMethod) }

        let share = summary.lowTurnoutBallots
        document.paragraph("Ballots with fewer than \(below) voters: \(NumberFormatting.integer(Int(share.numerator), language: .english)) of "
            + "\(NumberFormatting.integer(share.denominator, language: .english)) (\(RateText.cell(share, explain: explain))).")

        var lowestTable = ReportTable(title: "Adopted ballots with the lowest turnout", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Type", key: "type"),
            .init("Voters", key: "voters", alignment: .right), .init("Turnout", key: "turnout", alignment: .right),
            .init("Of sitting", key: "turnout_of_sitting", alignment: .right), .init("Title", key: "title"),
        ])
        for t in summary.lowestTurnoutAdopted {
            let ofSitting = sitting[t.ballotUID].map { RateText.cell($0.rate, explain: explain) } ?? "–"
            lowestTable.append(["\(t.number)", t.date.description, t.type.keyword, "\(t.voters)", RateText.cell(t.rate, explain: explain),
                                ofSitting, titles[t.ballotUID] ?? ""])
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
                           turnout: JSONNumber.round($0.rate.value ?? 0), sitting: sitting[$0.ballotUID]?.sitting ?? 0,
                           turnoutOfSitting: JSONNumber.round(sitting[$0.ballotUID]?.rate.value), title: titles[$0.ballotUID] ?? "")
            },
            overallOfSitting: sittingSummary.overall.map(DistributionJSON.init),
            byTypeOfSitting: Dictionary(sittingSummary.byType.map { ($0.key.keyword, DistributionJSON($0.value)) }, uniquingKeysWith: { a, _ in a }),
            sittingDeputies: sittingSummary.sittingRange.map { SittingRangeJSON(min: $0.lowerBound, max: $0.upperBound) },
            sittingMethod: Self.sittingMethod)
        try output.emit(document, json: payload, title: "Turnout")
    }
}
