import HemicycleAnalytics
import HemicycleModel

/// How many deputies take part in ballots (`hemicycle turnout`): the distribution of turnout over
/// the selected ballots (by type, result and month), over the seats held each day, the ballots
/// decided by few voters and the adopted ballots with the lowest turnout.
public struct TurnoutReport: Sendable {
    /// How the sitting deputies are counted, and the limits (shown with `explain`, and in JSON).
    public static let sittingMethod = """
        Sitting deputies = seats held on the ballot's day: a constituency counts when at least one of its ASSEMBLEE \
        mandates covers the day (start ≤ day ≤ end; an open end covers every later day), so a minister and their \
        substitute, both with open mandates, count once. Limits: the Assemblée's export leaves many seat mandates \
        open (every one in the shipped 17th-legislature file), so a seat vacant after a death or resignation still \
        counts until a new mandate replaces it — an upper bound; members of the government hold no seat once \
        replaced but their open mandate is not told apart.
        """

    /// ``sittingMethod`` in French.
    static let frenchSittingMethod = """
        Députés en fonction = sièges pourvus le jour du scrutin\u{202F}: une circonscription compte quand au moins un de ses \
        mandats ASSEMBLEE couvre le jour (début ≤ jour ≤ fin\u{202F}; une fin ouverte couvre tous les jours suivants), si bien \
        qu’un ministre et son suppléant, tous deux avec un mandat ouvert, comptent une fois. Limites\u{202F}: l’export de \
        l’Assemblée laisse ouverts de nombreux mandats (tous dans le fichier livré de la 17e législature), si bien qu’un \
        siège vacant après un décès ou une démission compte jusqu’à ce qu’un nouveau mandat le remplace — une borne \
        supérieure\u{202F}; les membres du gouvernement n’ont plus de siège une fois remplacés, mais leur mandat ouvert ne \
        permet pas de le voir.
        """

    /// The ballots the figures are over.
    public let selection: AnalyticsSelection
    /// Turnout over the 577 seats (``HemicycleAnalytics/TurnoutSummary``).
    public let summary: TurnoutSummary
    /// Turnout over the seats held each day.
    public let sitting: SittingTurnoutSummary
    /// Whether the counts were recounted from the named lists rather than read as published.
    public let recounted: Bool
    /// Whether the document shows the counts beside every rate, and how sitting deputies are counted.
    public let explain: Bool
    let sittingByBallot: [String: SittingTurnoutSummary.Entry]
    let titles: [String: String]

    /// The turnout of `selection`'s ballots; `seatMandates` give the seats held each day;
    /// `lowTurnoutThreshold` is a count of voters, `lowestAdoptedCount` how many adopted ballots to list.
    public init(selection: AnalyticsSelection, seatMandates: [Mandate], recounted: Bool, lowTurnoutThreshold: Int, lowestAdoptedCount: Int,
                explain: Bool) {
        self.selection = selection
        self.recounted = recounted
        self.explain = explain
        let ballots = selection.matrix.ballots
        summary = TurnoutSummary(ballots: ballots, lowTurnoutThreshold: lowTurnoutThreshold, lowestAdoptedCount: lowestAdoptedCount)
        sitting = SittingTurnoutSummary(ballots: ballots, seats: SittingSeats(mandates: seatMandates))
        sittingByBallot = Dictionary(sitting.entries.map { ($0.ballotUID, $0) }, uniquingKeysWith: { a, _ in a })
        titles = Dictionary(ballots.map { ($0.uid, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// A ballot type in words (`ordinary`; `ordinaire` in French).
    static func typeWord(_ type: BallotType, language: NumberFormatting.Language) -> String {
        guard language == .french else { return type.keyword }
        switch type {
        case .ordinary: return "ordinaire"
        case .solemn: return "solennel"
        case .censureMotion: return "censure"
        case .other: return "autre"
        }
    }

    /// The rows of a distribution table: (dimension, value, distribution), overall first, then by
    /// type, by result and (for the turnout over seats) by month; the words in `language`.
    func distributionRows(ofSitting: Bool, language: NumberFormatting.Language) -> [(dimension: String, value: String, distribution: Distribution)] {
        let fr = language == .french
        var rows: [(String, String, Distribution)] = []
        let overall = ofSitting ? sitting.overall : summary.overall
        let byType = ofSitting ? sitting.byType : summary.byType
        if let overall { rows.append((fr ? "tous" : "all", fr ? "tous les scrutins" : "all ballots", overall)) }
        for type in BallotType.allCases { if let d = byType[type] { rows.append(("type", Self.typeWord(type, language: language), d)) } }
        guard !ofSitting else { return rows }
        for result in BallotResult.allCases {
            if let d = summary.byResult[result] {
                rows.append((fr ? "résultat" : "result", fr ? (result == .adopted ? "adopté" : "rejeté") : result.rawValue, d))
            }
        }
        for month in summary.byMonth.keys.sorted() { if let d = summary.byMonth[month] { rows.append((fr ? "mois" : "month", month, d)) } }
        return rows
    }

    /// CSV's table, which is data: one row per distribution (over the seats, then over the seats
    /// held that day: `denominator` `seats` or `seats_held`), its figures as percentages
    /// (numbers). Every cell but the figures is a code (`all`, a type's keyword, a result, a
    /// month), never the words of the readable formats ("all ballots").
    public var dataTable: ReportTable {
        let keys = ["denominator", "dimension", "value", "ballots", "min_percent", "lower_quartile_percent", "median_percent", "mean_percent",
                    "upper_quartile_percent", "max_percent"]
        var table = ReportTable(title: "Turnout", columns: keys.map { ReportTable.Column($0, key: $0) })
        for ofSitting in [false, true] {
            for row in distributionRows(ofSitting: ofSitting, language: .english) {
                let d = row.distribution
                table.append([ofSitting ? "seats_held" : "seats", row.dimension, row.dimension == "all" ? "all" : row.value, "\(d.count)"]
                    + [d.min, d.lowerQuartile, d.median, d.mean, d.upperQuartile, d.max].map(CSVDataTable.percentCell))
            }
        }
        return table
    }
}
