import HemicycleAnalytics
import HemicycleModel

/// How alike groups, or two deputies, vote (`hemicycle agreement`): the Hix–Noury–Roland
/// agreement matrix of the groups of a selection, or two deputies' share of the same positions.
public struct AgreementReport: Sendable {
    /// A group in JSON.
    public struct GroupJSON: Encodable, Sendable {
        public let groupID: String
        public let label: String
    }

    /// The JSON of the groups' matrix.
    public struct MatrixPayload: Encodable, Sendable {
        public let ballots: Int
        public let withCorrections: Bool
        /// The rows and columns, in order.
        public let groups: [GroupJSON]
        /// The index of each pair, in 0…1 (null: no ballot on which both voted).
        public let values: [[Double?]]
        /// The ballots each index averages over.
        public let ballotCounts: [[Int]]
    }

    /// A deputy in JSON.
    public struct DeputyJSON: Encodable, Sendable {
        public let deputyID: String
        public let name: String
    }

    /// The JSON of two deputies' agreement.
    public struct DeputiesPayload: Encodable, Sendable {
        public let ballots: Int
        public let withCorrections: Bool
        public let deputies: [DeputyJSON]
        /// Ballots on which both voted the same, over ballots on which both voted.
        public let agreement: RateJSON
    }

    /// The JSON of the report: one of the two payloads.
    public enum Payload: Encodable, Sendable {
        case groups(MatrixPayload)
        case deputies(DeputiesPayload)

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .groups(let payload): try payload.encode(to: encoder)
            case .deputies(let payload): try payload.encode(to: encoder)
            }
        }
    }

    /// What is compared.
    public enum Subject: Sendable {
        /// Every group of the selection (the bogus `PO0` left out).
        case groups(AgreementMatrix)
        /// Two deputies, and their agreement rate.
        case deputies(Deputy, Deputy, Rate)
    }

    public let selection: AnalyticsSelection
    public let subject: Subject
    /// Whether the document shows the ballots each figure averages over.
    public let explain: Bool

    /// The agreement matrix of the groups of `selection`.
    public init(groupsOf selection: AnalyticsSelection, explain: Bool) {
        self.selection = selection
        self.explain = explain
        subject = .groups(selection.matrix.groupAgreement(excludingGroups: [AnalyticsSelection.bogusGroup]))
    }

    /// The agreement of deputies `a` and `b` over `selection`.
    public init(deputies a: Deputy, _ b: Deputy, selection: AnalyticsSelection, explain: Bool) {
        self.selection = selection
        self.explain = explain
        subject = .deputies(a, b, selection.matrix.deputyAgreement(a.uid, b.uid) ?? Rate(0, of: 0))
    }

    /// The JSON of `hemicycle agreement`.
    public var payload: Payload {
        let ballots = selection.matrix.ballots.count
        switch subject {
        case .groups(let matrix):
            let n = matrix.groupIDs.count
            return .groups(MatrixPayload(
                ballots: ballots, withCorrections: selection.withCorrections,
                groups: matrix.groupIDs.map { GroupJSON(groupID: $0, label: selection.groupLabel($0)) },
                values: (0..<n).map { i in (0..<n).map { j in JSONNumber.round(matrix[i, j]) } },
                ballotCounts: (0..<n).map { i in (0..<n).map { j in matrix.ballots(i, j) } }))
        case .deputies(let a, let b, let rate):
            return .deputies(DeputiesPayload(
                ballots: ballots, withCorrections: selection.withCorrections,
                deputies: [DeputyJSON(deputyID: a.uid, name: a.fullName), DeputyJSON(deputyID: b.uid, name: b.fullName)],
                agreement: RateJSON(rate)))
        }
    }

    /// CSV's table, which is data: for groups, one row per ordered pair of groups (ids first, the
    /// index in 0…1, empty when undefined, and the ballots it averages over); for two deputies,
    /// one row with their ids, the counts and the rate as a percentage with its Wilson bounds.
    public var dataTable: ReportTable {
        func number(_ value: Double?) -> String { value.map { FlatEncoder.number(JSONNumber.round($0)) } ?? "" }
        switch subject {
        case .groups(let matrix):
            let keys = ["group_id", "group", "other_group_id", "other_group", "agreement_index", "ballots"]
            var table = ReportTable(title: "Agreement", columns: keys.map { ReportTable.Column($0, key: $0) })
            for (i, a) in matrix.groupIDs.enumerated() {
                for (j, b) in matrix.groupIDs.enumerated() {
                    table.append([a, selection.groupLabel(a), b, selection.groupLabel(b), number(matrix[i, j]), "\(matrix.ballots(i, j))"])
                }
            }
            return table
        case .deputies(let a, let b, let rate):
            let keys = ["deputy_id", "name", "other_deputy_id", "other_name", "same_position", "both_voted", "agreement_percent",
                        "agreement_wilson_low_percent", "agreement_wilson_high_percent"]
            var table = ReportTable(title: "Agreement", columns: keys.map { ReportTable.Column($0, key: $0) })
            table.append([a.uid, a.fullName, b.uid, b.fullName, FlatEncoder.number(rate.numerator), "\(rate.denominator)",
                          number(rate.value.map { $0 * 100 }), number(rate.wilsonInterval.map { $0.lowerBound * 100 }),
                          number(rate.wilsonInterval.map { $0.upperBound * 100 })])
            return table
        }
    }

    /// The matrix, or the two deputies' line, as a document in `language` (column keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var document = ReportDocument()
        let selectionLine = selection.selectionLine(language: language)
        switch subject {
        case .deputies(let a, let b, let rate):
            document.heading(fr ? "Accord entre \(a.fullName) et \(b.fullName) — \(selectionLine)"
                                : "Agreement of \(a.fullName) and \(b.fullName) — \(selectionLine)", level: 1)
            var table = ReportTable(columns: [
                .init(fr ? "Député A" : "Deputy A", key: "deputy_a"), .init(fr ? "Député B" : "Deputy B", key: "deputy_b"),
                .init(fr ? "Même position" : "Same position", key: "same", alignment: .right),
                .init(fr ? "Ont voté tous deux" : "Both voted", key: "both_voted", alignment: .right),
                .init(fr ? "Accord" : "Agreement", key: "agreement", alignment: .right),
            ])
            table.append([a.fullName, b.fullName, RateText.fraction(rate, language: language).split(separator: "/").first.map(String.init) ?? "",
                          "\(rate.denominator)", RateText.cell(rate, explain: explain, language: language)])
            table.footnote = fr
                ? "Scrutins où tous deux ont voté (pour, contre ou abstention) et pris la même position, sur les scrutins où tous deux ont voté."
                : "Ballots on which both voted (for, against or abstention) and took the same position, over ballots on which both voted."
            document.table(table)
        case .groups(let matrix):
            let labels = matrix.groupIDs.map(selection.groupLabel)
            let n = labels.count
            var table = ReportTable(columns: [.init(fr ? "Groupe" : "Group", key: "group")]
                + labels.map { ReportTable.Column($0, key: $0.lowercased(), alignment: .right) })
            for i in 0..<n {
                table.append([labels[i]] + (0..<n).map { j in
                    RateText.index(matrix[i, j], digits: 2, language: language) + (explain && i != j ? " (n=\(matrix.ballots(i, j)))" : "")
                })
            }
            table.footnote = fr
                ? "Indice d’accord de Hix, Noury et Roland, de 0 à 1 (1\u{202F}: toujours la même position), moyenne sur les scrutins où les deux groupes ont voté\u{202F}; diagonale à 1 par convention."
                : "Hix–Noury–Roland agreement index, in 0…1 (1 = always the same position), mean over the ballots on which both groups voted; diagonal 1 by convention."
            document.heading(fr ? "Accord entre groupes — \(selectionLine)" : "Agreement between groups — \(selectionLine)", level: 1)
            document.table(table)
        }
        return document
    }
}
