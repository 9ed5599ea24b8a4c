import HemicycleAnalytics
import HemicycleModel

/// Every deputy of a selection of ballots ranked by participation, loyalty or rebellions
/// (`hemicycle deputies`, a ranking page), with the same definitions as ``DeputyReport``.
public struct DeputiesReport: Sendable {
    /// The ranking key.
    public enum Sort: String, Sendable, CaseIterable {
        /// Participation, highest first.
        case participation
        /// Loyalty to the group's line, highest first.
        case loyalty
        /// Rebellions, most first.
        case rebellions

        /// The key in words, in `language`.
        func words(language: NumberFormatting.Language) -> String {
            guard language == .french else { return rawValue }
            switch self {
            case .participation: return "participation"
            case .loyalty: return "loyauté"
            case .rebellions: return "votes dissidents"
            }
        }
    }

    /// One deputy in JSON (and a row of the CSV).
    public struct Row: NullKeepingEncodable, Sendable {
        /// Standard competition rank (1, 2, 2, 4).
        public let rank: Int
        public let deputyID: String
        public let name: String
        /// The group the last selected ballot lists the deputy under (id and unique short label).
        public let groupID: String?
        public let group: String?
        public let participation: RateJSON
        /// Votes cast in person and by proxy.
        public let inPerson: Int
        public let byProxy: Int
        public let loyalty: RateJSON
        public let rebellions: Int
        /// Votes compared where the group was tied: loyalty's denominator = agreeing + rebellions + these.
        public let tiedVotes: Int

        /// The properties in declaration order, as ``NullKeepingEncodable/encodeStoredProperties(to:)``
        /// writes them, without reflecting on every row (tested against it).
        public func encode(to encoder: any Encoder) throws {
            var container = NullKeepingContainer(encoder)
            try container.encode(rank, "rank")
            try container.encode(deputyID, "deputyID")
            try container.encode(name, "name")
            try container.encode(groupID, "groupID")
            try container.encode(group, "group")
            try container.encode(participation, "participation")
            try container.encode(inPerson, "inPerson")
            try container.encode(byProxy, "byProxy")
            try container.encode(loyalty, "loyalty")
            try container.encode(rebellions, "rebellions")
            try container.encode(tiedVotes, "tiedVotes")
        }
    }

    /// One ranked deputy.
    public struct Item: Sendable {
        public let rank: Int
        public let participation: DeputyParticipation
        public let loyalty: DeputyLoyalty?
        /// With `explain`, the loyalty on the other line.
        public let otherLoyalty: DeputyLoyalty?
        public let groupID: String?
        public let name: String
    }

    /// The ballots the figures are over.
    public let selection: AnalyticsSelection
    public let scope: BallotScope
    public let groupLine: GroupLineSource
    public let sort: Sort
    public let explain: Bool
    /// Every deputy of the selection (of the group asked), ranked.
    public let ranked: [Item]
    /// The deputies shown: the first `limit` of ``ranked``.
    public let shown: [Item]

    /// Ranks every deputy of `selection` by `sort`; `group` (a short label or an id,
    /// case-insensitive) keeps the deputies the last selected ballot lists under it; `limit` keeps
    /// the first ones. Undefined rates rank last; ties share a rank and are ordered by name, then id.
    public init(selection: AnalyticsSelection, scope: BallotScope, groupLine: GroupLineSource, sort: Sort, group: String?, limit: Int?,
                explain: Bool) {
        self.selection = selection
        self.scope = scope
        self.groupLine = groupLine
        self.sort = sort
        self.explain = explain
        let matrix = selection.matrix
        func loyaltyByDeputy(_ source: GroupLineSource) -> [String: DeputyLoyalty] {
            Dictionary(matrix.loyalty(scope: scope, excludingGroups: selection.loyaltyExcluded, groupLine: source).map { ($0.deputyID, $0) },
                       uniquingKeysWith: { a, _ in a })
        }
        let loyalty = loyaltyByDeputy(groupLine)
        let otherLoyalty = explain ? loyaltyByDeputy(groupLine.other) : [:]
        let latest = selection.latestGroups()
        var items: [Item] = matrix.participation(scope: scope, seatPeriods: selection.seatPeriods).map { p in
            let groupID = matrix.deputy(p.deputyID).flatMap { d -> String? in
                let g = latest[Int(d)]
                return g >= 0 ? matrix.groupIDs[Int(g)] : nil
            }
            return Item(rank: 0, participation: p, loyalty: loyalty[p.deputyID], otherLoyalty: otherLoyalty[p.deputyID], groupID: groupID,
                        name: selection.name(p.deputyID))
        }
        if let group {
            let wanted = group.lowercased()
            items = items.filter { item in
                guard let id = item.groupID else { return false }
                return id.lowercased() == wanted || selection.groupLabel(id).lowercased() == wanted
            }
        }
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
        var ranked: [Item] = []
        for (i, item) in items.enumerated() {
            let rank = i > 0 && key(items[i - 1]) == key(item) ? ranked[i - 1].rank : i + 1
            ranked.append(Item(rank: rank, participation: item.participation, loyalty: item.loyalty, otherLoyalty: item.otherLoyalty,
                               groupID: item.groupID, name: item.name))
        }
        self.ranked = ranked
        shown = Array(ranked.prefix(limit ?? ranked.count))
    }

    /// The short labels of the groups the deputies were last listed under, sorted (to say which
    /// groups there are when the one asked has no deputy).
    public var groupLabels: [String] {
        Set(selection.latestGroups().filter { $0 >= 0 }.map { selection.groupLabel(selection.matrix.groupIDs[Int($0)]) }).sorted()
    }

    /// The JSON of `hemicycle deputies`: the deputies shown.
    public var rows: [Row] {
        shown.map { item in
            Row(rank: item.rank, deputyID: item.participation.deputyID, name: item.name, groupID: item.groupID,
                group: item.groupID.map(selection.groupLabel), participation: RateJSON(item.participation.participation),
                inPerson: item.participation.inPerson, byProxy: item.participation.byProxy,
                loyalty: RateJSON(item.loyalty?.loyalty ?? Rate(0, of: 0)), rebellions: item.loyalty?.rebellions.count ?? 0,
                tiedVotes: item.loyalty?.tiedVotes ?? 0)
        }
    }

    /// The ranking as a document, in `language` (column keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let s = fr ? NumberFormatting.narrowNoBreakSpace : ""
        var table = ReportTable(columns: [
            .init(fr ? "Rang" : "Rank", key: "rank", alignment: .right), .init(fr ? "Député" : "Deputy", key: "name"),
            .init(fr ? "Groupe" : "Group", key: "group"),
            .init("Participation", key: "participation", alignment: .right),
            .init(fr ? "En personne" : "In person", key: "in_person", alignment: .right),
            .init(fr ? "Délégation" : "Proxy", key: "by_proxy", alignment: .right), .init(fr ? "Loyauté" : "Loyalty", key: "loyalty", alignment: .right),
            .init(fr ? "Votes dissidents" : "Rebellions", key: "rebellions", alignment: .right),
        ])
        let otherLine = fr ? "position \(groupLine.other.words(language: language))" : "\(groupLine.other.rawValue) line"
        for item in shown {
            let loyaltyRate = item.loyalty?.loyalty ?? Rate(0, of: 0)
            let rebellions = item.loyalty?.rebellions.count ?? 0
            var loyaltyCell = RateText.cell(loyaltyRate, explain: explain, language: language)
            var rebellionsCell = "\(rebellions)"
            if let other = item.otherLoyalty {
                if other.loyalty != loyaltyRate { loyaltyCell += " (\(otherLine)\(s): \(RateText.cell(other.loyalty, explain: true, language: language)))" }
                if other.rebellions.count != rebellions { rebellionsCell += " (\(otherLine)\(s): \(other.rebellions.count))" }
            }
            table.append(["\(item.rank)", item.name, item.groupID.map(selection.groupLabel) ?? "",
                          RateText.cell(item.participation.participation, explain: explain, language: language),
                          "\(item.participation.inPerson)", "\(item.participation.byProxy)", loyaltyCell, rebellionsCell])
        }
        table.footnote = fr
            ? "\(shown.count) sur \(ranked.count) députés\u{202F}; périmètre\(s): \(scope.words(language: language))\u{202F}; "
                + "loyauté et votes dissidents selon la position \(groupLine.words(language: language)) du groupe\u{202F}; "
                + "les taux sur moins de \(Rate.minimumSample) scrutins montrent leur intervalle de Wilson à 95 %"
            : "\(shown.count) of \(ranked.count) deputies; scope: \(scope.words()); "
                + "loyalty and rebellions against the \(groupLine.rawValue) group line; "
                + "rates on fewer than \(Rate.minimumSample) ballots show their 95 % Wilson interval"
        var document = ReportDocument()
        document.heading("\(fr ? "Députés par" : "Deputies by") \(sort.words(language: language)) — \(selection.selectionLine(language: language))", level: 1)
        document.table(table)
        return document
    }
}
