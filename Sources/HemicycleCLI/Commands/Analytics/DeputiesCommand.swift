import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle deputies`: every deputy ranked by participation, loyalty or rebellions.
struct DeputiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deputies",
        abstract: "Rank deputies by participation, loyalty to their group, or rebellions.",
        discussion: """
            Same definitions as `hemicycle deputy` (README.md, "Methods"). A deputy's group is the one the last \
            selected ballot lists them under. Deputies with an undefined rate (no ballot counted) come last. \
            Loyalty and rebellions compare each vote with the group's line recounted from its members' votes; \
            `--group-line published` uses the Assemblée's published field instead, and `--explain` prints the \
            figure on the other line where it differs.

            Examples:
              hemicycle deputies --limit 20
              hemicycle deputies --sort rebellions --group RN --limit 10
              hemicycle deputies --sort loyalty --scope solemn --format csv
              hemicycle deputies --sort loyalty --group EPR --explain
            """
    )

    /// The ranking key.
    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case participation, loyalty, rebellions
    }

    @Option(help: "Rank by participation (highest first), loyalty (highest first) or rebellions (most first).")
    var sort: Sort = .participation

    @Option(help: "Only the deputies of this group (its short label, e.g. RN, or its id), as of their latest ballot.")
    var group: String?

    @Option(help: "At most this many deputies.")
    var limit: Int?

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption
    @OptionGroup var analytics: AnalyticsOptions
    @OptionGroup var groupLine: GroupLineOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    struct Row: Encodable {
        let rank: Int
        let deputyID: String
        let name: String
        let groupID: String?
        let group: String?
        let participation: RateJSON
        let inPerson: Int
        let byProxy: Int
        let loyalty: RateJSON
        let rebellions: Int

        enum CodingKeys: String, CodingKey {
            case rank, name, group, participation, loyalty, rebellions
            case deputyID = "deputy_id", groupID = "group_id", inPerson = "in_person", byProxy = "by_proxy"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rank, forKey: .rank)
            try c.encode(deputyID, forKey: .deputyID)
            try c.encode(name, forKey: .name)
            try c.encode(groupID, forKey: .groupID)
            try c.encode(group, forKey: .group)
            try c.encode(participation, forKey: .participation)
            try c.encode(inPerson, forKey: .inPerson)
            try c.encode(byProxy, forKey: .byProxy)
            try c.encode(loyalty, forKey: .loyalty)
            try c.encode(rebellions, forKey: .rebellions)
        }
    }

    func run() throws {
        let (_, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: analytics.withCorrections)
        let matrix = context.matrix
        let participation = matrix.participation(scope: analytics.scope, seatPeriods: context.seatPeriods)
        func loyaltyByDeputy(_ source: GroupLineSource) -> [String: DeputyLoyalty] {
            Dictionary(matrix.loyalty(scope: analytics.scope, excludingGroups: context.loyaltyExcluded, groupLine: source).map { ($0.deputyID, $0) },
                       uniquingKeysWith: { a, _ in a })
        }
        let loyalty = loyaltyByDeputy(groupLine.source)
        // With --explain, the figures on the other line, printed where they differ.
        let otherLoyalty = analytics.explain ? loyaltyByDeputy(groupLine.other) : [:]
        let latest = context.latestGroups()

        struct Item {
            let participation: DeputyParticipation
            let loyalty: DeputyLoyalty?
            let groupID: String?
            let name: String
        }
        var items: [Item] = participation.map { p in
            let groupID = matrix.deputy(p.deputyID).flatMap { d -> String? in
                let g = latest[Int(d)]
                return g >= 0 ? matrix.groupIDs[Int(g)] : nil
            }
            return Item(participation: p, loyalty: loyalty[p.deputyID], groupID: groupID, name: context.name(p.deputyID))
        }
        if let group {
            let wanted = group.lowercased()
            items = items.filter { item in
                guard let id = item.groupID else { return false }
                return id.lowercased() == wanted || context.groupLabel(id).lowercased() == wanted
            }
            if items.isEmpty {
                let known = Set(latest.filter { $0 >= 0 }.map { context.groupLabel(matrix.groupIDs[Int($0)]) }).sorted()
                throw ValidationError("no deputy of group '\(group)' on the selected ballots; groups: \(known.joined(separator: ", "))")
            }
        }
        // Undefined rates sort last; ties by name, then id, so that the order is stable.
        func key(_ item: Item) -> Double {
            switch sort {
            case .participation: return item.participation.participation.value ?? -1
            case .loyalty: return item.loyalty?.loyalty.value ?? -1
            case .rebellions: return Double(item.loyalty?.rebellions.count ?? 0)
            }
        }
        items.sort { a, b in
            let ka = key(a), kb = key(b)
            if ka != kb { return ka > kb }
            if a.name != b.name { return a.name < b.name }
            return a.participation.deputyID < b.participation.deputyID
        }
        // Standard competition ranking: equal keys share a rank (1, 2, 2, 4).
        var ranks: [Int] = []
        for (i, item) in items.enumerated() {
            ranks.append(i > 0 && key(items[i - 1]) == key(item) ? ranks[i - 1] : i + 1)
        }
        let shown = Array(zip(ranks, items).prefix(limit ?? items.count))

        var table = ReportTable(columns: [
            .init("Rank", key: "rank", alignment: .right), .init("Deputy", key: "name"), .init("Group", key: "group"),
            .init("Participation", key: "participation", alignment: .right), .init("In person", key: "in_person", alignment: .right),
            .init("Proxy", key: "by_proxy", alignment: .right), .init("Loyalty", key: "loyalty", alignment: .right),
            .init("Rebellions", key: "rebellions", alignment: .right),
        ])
        var rows: [Row] = []
        for (rank, item) in shown {
            let loyaltyRate = item.loyalty?.loyalty ?? Rate(0, of: 0)
            let rebellions = item.loyalty?.rebellions.count ?? 0
            var loyaltyCell = RateText.cell(loyaltyRate, explain: analytics.explain)
            var rebellionsCell = "\(rebellions)"
            if let other = otherLoyalty[item.participation.deputyID] {
                if other.loyalty != loyaltyRate { loyaltyCell += " (\(groupLine.other.rawValue) line: \(RateText.cell(other.loyalty, explain: true)))" }
                if other.rebellions.count != rebellions { rebellionsCell += " (\(groupLine.other.rawValue) line: \(other.rebellions.count))" }
            }
            table.append(["\(rank)", item.name, item.groupID.map(context.groupLabel) ?? "", RateText.cell(item.participation.participation, explain: analytics.explain),
                          "\(item.participation.inPerson)", "\(item.participation.byProxy)", loyaltyCell, rebellionsCell])
            rows.append(Row(rank: rank, deputyID: item.participation.deputyID, name: item.name, groupID: item.groupID,
                            group: item.groupID.map(context.groupLabel), participation: RateJSON(item.participation.participation),
                            inPerson: item.participation.inPerson, byProxy: item.participation.byProxy,
                            loyalty: RateJSON(loyaltyRate), rebellions: rebellions))
        }
        table.footnote = "\(shown.count) of \(items.count) deputies; scope: \(analytics.scope == .solemn ? "solemn ballots" : "all ballots but motions of censure"); "
            + "loyalty and rebellions against the \(groupLine.source.rawValue) group line; "
            + "rates on fewer than \(Rate.minimumSample) ballots show their 95 % Wilson interval"

        var document = ReportDocument()
        document.heading("Deputies by \(sort.rawValue) — \(context.selectionLine)", level: 1)
        document.table(table)
        try output.emit(document, json: rows, title: "Deputies", csv: .payload())
    }
}
