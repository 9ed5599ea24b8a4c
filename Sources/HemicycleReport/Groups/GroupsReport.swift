import HemicycleAnalytics
import HemicycleModel

/// Every political group (*groupe politique*) of a selection of ballots (`hemicycle groups`, a
/// group's page): seats, participation, cohesion (Rice, Attinà) and share of ballots won.
///
/// The figures are ``HemicycleAnalytics``' (``HemicycleModel/VoteMatrix/groupRecords(scope:groupLine:)``,
/// ``HemicycleModel/VoteMatrix/groupCohesionSummary()``); the report gathers them per group and
/// words them, in English or French.
public struct GroupsReport: Sendable {
    /// One group in JSON (and a row of the CSV).
    public struct Row: NullKeepingEncodable, Sendable {
        public let groupID: String
        /// The short label, unique among the selection's groups (``AnalyticsSelection/groupLabel(_:)``).
        public let label: String
        public let name: String
        /// Members on the latest selected ballot listing the group, and that ballot's day.
        public let seats: Int
        public let seatsDate: String
        /// Ballots listing the group.
        public let ballots: Int
        public let participation: RateJSON
        /// Mean Rice and Attinà indices (0…1; null when undefined) and the ballots they average,
        /// over all ballots and over contested ones.
        public let riceMean: Double?
        public let riceBallots: Int
        public let attinaMean: Double?
        public let attinaBallots: Int
        public let contestedRiceMean: Double?
        public let contestedRiceBallots: Int
        public let contestedAttinaMean: Double?
        public let contestedAttinaBallots: Int
        /// Ballots where the group's line matched the outcome, over those where it had one.
        public let won: RateJSON
        /// Ballots where the published line differs from the recounted one.
        public let publishedLineDiffers: RateJSON


    }

    /// The ballots the figures are over.
    public let selection: AnalyticsSelection
    /// The ballots of participation and ballots won.
    public let scope: BallotScope
    /// The group line ballots won compare with.
    public let groupLine: GroupLineSource
    /// Whether the document shows the counts beside every rate and index.
    public let explain: Bool
    /// Each group's figures, the groups of the latest ballots first, larger first.
    public let records: [(record: GroupRecord, cohesion: GroupCohesionSummary?)]

    /// Computes every group's figures over `selection` (the bogus group `PO0` left out).
    public init(selection: AnalyticsSelection, scope: BallotScope, groupLine: GroupLineSource, explain: Bool) {
        self.selection = selection
        self.scope = scope
        self.groupLine = groupLine
        self.explain = explain
        let matrix = selection.matrix
        let cohesion = Dictionary(matrix.groupCohesionSummary().map { ($0.groupID, $0) }, uniquingKeysWith: { a, _ in a })
        records = matrix.groupRecords(scope: scope, groupLine: groupLine)
            .filter { $0.groupID != AnalyticsSelection.bogusGroup }
            .sorted { ($0.latestDate, $0.latestMembers, $1.groupID) > ($1.latestDate, $1.latestMembers, $0.groupID) }
            .map { ($0, cohesion[$0.groupID]) }
    }

    /// The JSON of `hemicycle groups`: one row per group.
    public var rows: [Row] {
        records.map { r, c in
            Row(groupID: r.groupID, label: selection.groupLabel(r.groupID), name: selection.groupName(r.groupID), seats: r.latestMembers,
                seatsDate: r.latestDate.description, ballots: r.ballots, participation: RateJSON(r.participation),
                riceMean: JSONNumber.round(c?.meanRice), riceBallots: c?.riceBallots ?? 0,
                attinaMean: JSONNumber.round(c?.meanAttina), attinaBallots: c?.attinaBallots ?? 0,
                contestedRiceMean: JSONNumber.round(c?.contestedMeanRice), contestedRiceBallots: c?.contestedRiceBallots ?? 0,
                contestedAttinaMean: JSONNumber.round(c?.contestedMeanAttina), contestedAttinaBallots: c?.contestedAttinaBallots ?? 0,
                won: RateJSON(r.won), publishedLineDiffers: RateJSON(r.publishedLineDiffers))
        }
    }

    /// The table of groups, in `language` (column keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var table = ReportTable(columns: [
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Sièges" : "Seats", key: "seats", alignment: .right),
            .init("Participation", key: "participation", alignment: .right),
            .init("Rice", key: "rice_mean", alignment: .right), .init("Attinà", key: "attina_mean", alignment: .right),
            .init(fr ? "Rice (disputés)" : "Rice (contested)", key: "contested_rice_mean", alignment: .right),
            .init(fr ? "Attinà (disputés)" : "Attinà (contested)", key: "contested_attina_mean", alignment: .right),
            .init(fr ? "Gagnés" : "Won", key: "won", alignment: .right),
            .init(fr ? "Position ≠ publiée" : "Line ≠ published", key: "published_line_differs", alignment: .right),
            .init(fr ? "Nom" : "Name", key: "name"),
        ])
        let lastDay = selection.matrix.ballots.last?.date
        func mean(_ value: Double?, _ n: Int) -> String {
            RateText.index(value, language: language) + (explain ? " (n=\(n))" : "")
        }
        func cell(_ rate: Rate) -> String { RateText.cell(rate, explain: explain, language: language) }
        for (r, c) in records {
            let until = lastDay.map { r.latestDate < $0 } == true ? (fr ? " (jusqu’au \(r.latestDate))" : " (until \(r.latestDate))") : ""
            table.append([
                selection.groupLabel(r.groupID), "\(r.latestMembers)" + until, cell(r.participation),
                mean(c?.meanRice, c?.riceBallots ?? 0), mean(c?.meanAttina, c?.attinaBallots ?? 0),
                mean(c?.contestedMeanRice, c?.contestedRiceBallots ?? 0), mean(c?.contestedMeanAttina, c?.contestedAttinaBallots ?? 0),
                cell(r.won), cell(r.publishedLineDiffers), selection.groupName(r.groupID),
            ])
        }
        let contested = selection.matrix.ballots.count { $0.isContested }
        table.footnote = fr
            ? "Cohésion moyenne sur tous les scrutins et sur les \(contested) scrutins disputés (camp gagnant < 90 % des suffrages exprimés)\u{202F}; "
                + "participation et scrutins gagnés\u{202F}: \(scope.words(language: language))\u{202F}; gagnés selon la position \(groupLine.words(language: language)) du groupe\u{202F}; "
                + "position ≠ publiée\u{202F}: chaque scrutin sélectionné où un membre a voté"
            : "Cohesion means over all ballots and over the \(contested) contested ones (winning side < 90 % of votes cast); "
                + "participation and won: scope \(scope.words()); won against the \(groupLine.rawValue) group line; "
                + "line ≠ published: every selected ballot where a member voted"
        var document = ReportDocument()
        document.heading("\(fr ? "Groupes politiques" : "Political groups") — \(selection.selectionLine(language: language))", level: 1)
        document.table(table)
        return document
    }
}
