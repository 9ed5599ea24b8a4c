import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle agreement`: how often political groups (or two deputies) vote alike.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Agreement between groups (Hix–Noury–Roland index), or between two deputies.",
        discussion: """
            Groups: for each pair, the agreement index of their pooled published counts, (max(Y,N,A) − ½[(Y+N+A) − \
            max(Y,N,A)]) / (Y+N+A), averaged over the ballots on which both groups cast at least one vote; 1 on the \
            diagonal by convention. Two deputies (--deputies A B): ballots where both voted and took the same \
            position, over ballots where both voted. See README.md, "Methods".

            Examples:
              hemicycle agreement
              hemicycle agreement --search surveillance
              hemicycle agreement --deputies braun-pivet PA794502 --explain
            """
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Two deputies (names or ids) to compare instead of the groups.", valueName: "deputy"))
    var deputies: [String] = []

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var count: CountOption
    @OptionGroup var numbers: BallotNumbersOption

    @Flag(help: "Apply the corrections (mises au point) before computing.")
    var withCorrections = false

    @Flag(help: "Print the number of ballots each figure is averaged over.")
    var explain = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !deputies.isEmpty, deputies.count != 2 {
            throw ValidationError("--deputies takes exactly two deputies (names or ids), got \(deputies.count)")
        }
    }

    struct GroupJSON: Encodable {
        let groupID: String
        let label: String
        enum CodingKeys: String, CodingKey { case groupID = "group_id", label }
    }

    struct MatrixPayload: Encodable {
        let ballots: Int
        let withCorrections: Bool
        let groups: [GroupJSON]
        let values: [[Double?]]
        let ballotCounts: [[Int]]
        enum CodingKeys: String, CodingKey {
            case ballots, groups, values
            case withCorrections = "with_corrections", ballotCounts = "ballot_counts"
        }
    }

    struct DeputyJSON: Encodable {
        let deputyID: String
        let name: String
        enum CodingKeys: String, CodingKey { case deputyID = "deputy_id", name }
    }

    struct DeputiesPayload: Encodable {
        let ballots: Int
        let withCorrections: Bool
        let deputies: [DeputyJSON]
        let agreement: RateJSON
        enum CodingKeys: String, CodingKey {
            case ballots, deputies, agreement
            case withCorrections = "with_corrections"
        }
    }

    func run() throws {
        let (database, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: withCorrections,
                                                     count: count.count)
        var document = ReportDocument()

        if deputies.count == 2 {
            let a = try context.resolveDeputy(deputies[0], in: database)
            let b = try context.resolveDeputy(deputies[1], in: database)
            let rate = context.matrix.deputyAgreement(a.uid, b.uid) ?? Rate(0, of: 0)
            document.heading("Agreement of \(a.fullName) and \(b.fullName) — \(context.selectionLine)", level: 1)
            var table = ReportTable(columns: [
                .init("Deputy A", key: "deputy_a"), .init("Deputy B", key: "deputy_b"),
                .init("Same position", key: "same", alignment: .right), .init("Both voted", key: "both_voted", alignment: .right),
                .init("Agreement", key: "agreement", alignment: .right),
            ])
            table.append([a.fullName, b.fullName, RateText.fraction(rate).split(separator: "/").first.map(String.init) ?? "",
                          "\(rate.denominator)", RateText.cell(rate, explain: explain)])
            table.footnote = "Ballots on which both voted (for, against or abstention) and took the same position, over ballots on which both voted."
            document.table(table)
            let payload = DeputiesPayload(
                ballots: context.matrix.ballots.count, withCorrections: withCorrections,
                deputies: [DeputyJSON(deputyID: a.uid, name: a.fullName), DeputyJSON(deputyID: b.uid, name: b.fullName)],
                agreement: RateJSON(rate))
            try output.emit(document, json: payload, title: "Agreement")
            return
        }

        let matrix = context.matrix.groupAgreement(excludingGroups: [AnalyticsContext.bogusGroup])
        let labels = matrix.groupIDs.map(context.groupLabel)
        let n = labels.count
        var table = ReportTable(columns: [.init("Group", key: "group")]
            + labels.map { ReportTable.Column($0, key: $0.lowercased(), alignment: .right) })
        for i in 0..<n {
            table.append([labels[i]] + (0..<n).map { j in
                RateText.index(matrix[i, j], digits: 2) + (explain && i != j ? " (n=\(matrix.ballots(i, j)))" : "")
            })
        }
        table.footnote = "Hix–Noury–Roland agreement index, in 0…1 (1 = always the same position), mean over the ballots on which both groups voted; diagonal 1 by convention."
        document.heading("Agreement between groups — \(context.selectionLine)", level: 1)
        document.table(table)
        let payload = MatrixPayload(
            ballots: context.matrix.ballots.count, withCorrections: withCorrections,
            groups: zip(matrix.groupIDs, labels).map { GroupJSON(groupID: $0, label: $1) },
            values: (0..<n).map { i in (0..<n).map { j in JSONNumber.round(matrix[i, j]) } },
            ballotCounts: (0..<n).map { i in (0..<n).map { j in matrix.ballots(i, j) } })
        try output.emit(document, json: payload, title: "Agreement")
    }
}
