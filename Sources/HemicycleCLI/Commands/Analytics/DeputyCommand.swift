import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle deputy NAME|ID`: one deputy's record over the ballots.
struct DeputyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deputy",
        abstract: "One deputy: identity, groups over time, votes, participation, loyalty and rebellions.",
        discussion: """
            Participation (Datan's rule): a vote for, against or abstaining counts 1 (in person or by proxy), \
            not being listed counts 0, and a ballot is dropped when the deputy is listed non-voting (presiding, \
            member of the government) or held no seat that day. Loyalty: votes equal to the line of the group the \
            ballot lists the deputy under — the position most of its voting members took (`--group-line published`: \
            the Assemblée's published field) — over votes compared (non-attached deputies are not compared); \
            `--explain` shows the other line where it differs. The name is matched ignoring case, accents and hyphens; an ambiguous name lists \
            the candidates. See README.md, "Methods".

            Examples:
              hemicycle deputy braun-pivet
              hemicycle deputy "Yael Braun Pivet" --scope solemn --explain
              hemicycle deputy PA721908 --format json
            """
    )

    @Argument(help: "A name or part of a name (case- and accent-insensitive), or an id (PA721908).")
    var deputy: String

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption
    @OptionGroup var analytics: AnalyticsOptions
    @OptionGroup var groupLine: GroupLineOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct GroupSpan: Encodable {
        let groupID: String
        let label: String
        let from: String
        let to: String
        let ballots: Int

        enum CodingKeys: String, CodingKey {
            case groupID = "group_id", label, from, to, ballots
        }
    }

    struct Rebellion: Encodable {
        let uid: String
        let number: Int
        let legislature: Int
        let date: String
        let position: String
        let groupID: String
        let group: String
        let groupPosition: String
        let title: String

        enum CodingKeys: String, CodingKey {
            case uid, number, legislature, date, position, group, title
            case groupID = "group_id", groupPosition = "group_position"
        }
    }

    /// One legislature of a career.
    struct LegislatureFigures: Encodable {
        let legislature: Int
        let ballotsInOffice: Int
        let participation: Rate
        let loyalty: Rate
        let rebellions: Int

        enum CodingKeys: String, CodingKey {
            case legislature, participation, loyalty, rebellions
            case ballotsInOffice = "ballots_in_office"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(legislature, forKey: .legislature)
            try c.encode(ballotsInOffice, forKey: .ballotsInOffice)
            try c.encode(RateJSON(participation), forKey: .participation)
            try c.encode(RateJSON(loyalty), forKey: .loyalty)
            try c.encode(rebellions, forKey: .rebellions)
        }
    }

    struct Payload: Encodable {
        let deputyID: String
        let name: String
        let civility: String?
        let birthDate: String?
        let profession: String?
        let seatPeriods: [[String: String?]]
        let groups: [GroupSpan]
        let scope: String
        let withCorrections: Bool
        let ballotsInOffice: Int
        let positions: [String: Int]
        let participation: RateJSON
        let inPerson: Int
        let byProxy: Int
        let proxyShare: RateJSON
        let absences: Int
        let loyalty: RateJSON
        let rebellions: [Rebellion]
        /// The figures of each legislature of the selection where the deputy sat.
        let legislatures: [LegislatureFigures]

        enum CodingKeys: String, CodingKey {
            case name, civility, profession, groups, scope, positions, participation, absences, loyalty, rebellions, legislatures
            case deputyID = "deputy_id", birthDate = "birth_date", seatPeriods = "seat_periods"
            case withCorrections = "with_corrections", ballotsInOffice = "ballots_in_office", inPerson = "in_person"
            case byProxy = "by_proxy", proxyShare = "proxy_share"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(deputyID, forKey: .deputyID)
            try c.encode(name, forKey: .name)
            try c.encode(civility, forKey: .civility)
            try c.encode(birthDate, forKey: .birthDate)
            try c.encode(profession, forKey: .profession)
            try c.encode(seatPeriods, forKey: .seatPeriods)
            try c.encode(groups, forKey: .groups)
            try c.encode(scope, forKey: .scope)
            try c.encode(withCorrections, forKey: .withCorrections)
            try c.encode(ballotsInOffice, forKey: .ballotsInOffice)
            try c.encode(positions, forKey: .positions)
            try c.encode(participation, forKey: .participation)
            try c.encode(inPerson, forKey: .inPerson)
            try c.encode(byProxy, forKey: .byProxy)
            try c.encode(proxyShare, forKey: .proxyShare)
            try c.encode(absences, forKey: .absences)
            try c.encode(loyalty, forKey: .loyalty)
            try c.encode(rebellions, forKey: .rebellions)
            try c.encode(legislatures, forKey: .legislatures)
        }
    }

    /// Ballots of a participation rate on which the deputy was listed non-voting (presiding,
    /// government, other): in office, but left out of the rate.
    static func listedNonVoting(_ participation: Rate) -> Int {
        participation.excluded(.presiding) + participation.excluded(.governmentMember) + participation.excluded(.otherNonVoting)
    }

    func run() throws {
        let (database, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: analytics.withCorrections,
                                                            everyLegislatureByDefault: true)
        let person = try context.resolveDeputy(deputy, in: database)
        let matrix = context.matrix
        let id = person.uid
        let explain = analytics.explain

        let participation = matrix.participation(scope: analytics.scope, seatPeriods: context.seatPeriods).first { $0.deputyID == id }
        let loyalty = matrix.loyalty(scope: analytics.scope, excludingGroups: context.loyaltyExcluded, groupLine: groupLine.source).first { $0.deputyID == id }
        let otherLoyalty = explain
            ? matrix.loyalty(scope: analytics.scope, excludingGroups: context.loyaltyExcluded, groupLine: groupLine.other).first { $0.deputyID == id }
            : nil
        let positions = participation?.positions ?? Tally()
        let participationRate = participation?.participation ?? Rate(0, of: 0)
        let nonVoting = Self.listedNonVoting(participationRate)
        let inOffice = participationRate.denominator + nonVoting

        // Groups over time: runs of the group the ballots list the deputy under, in ballot order.
        var spans: [(group: String, from: CalendarDate, to: CalendarDate, ballots: Int)] = []
        var ownVote: [Int: Int] = [:]  // ballot index → entry index, for the rebellions
        if let d = matrix.deputy(id) {
            for b in matrix.ballots.indices {
                for i in matrix.voteRanges[b] where matrix.entries[i].deputy == d {
                    ownVote[b] = i
                    let group = matrix.groupIDs[Int(matrix.entries[i].group)]
                    let day = matrix.ballots[b].date
                    if let last = spans.last, last.group == group {
                        spans[spans.count - 1].to = day
                        spans[spans.count - 1].ballots += 1
                    } else {
                        spans.append((group, day, day, 1))
                    }
                }
            }
        }
        let ballotIndex = Dictionary(matrix.ballots.enumerated().map { ($1.uid, $0) }, uniquingKeysWith: { a, _ in a })
        var otherLines: [String: VotePosition?] = [:]  // ballot uid → the other line, for --explain
        let rebellions: [Rebellion] = (loyalty?.rebellions ?? []).compactMap { uid in
            guard let b = ballotIndex[uid], let i = ownVote[b] else { return nil }
            let entry = matrix.entries[i]
            let groupEntry = matrix.groupEntries[matrix.groupRanges[b]].first { $0.group == entry.group }
            let line = groupEntry?.line(groupLine.source)
            otherLines[uid] = groupEntry?.line(groupLine.other)
            let ballot = matrix.ballots[b]
            let groupID = matrix.groupIDs[Int(entry.group)]
            return Rebellion(uid: uid, number: ballot.number, legislature: ballot.legislature, date: ballot.date.description, position: entry.position.rawValue,
                             groupID: groupID, group: context.groupLabel(groupID), groupPosition: line?.rawValue ?? "",
                             title: ballot.title)
        }
        // The same figures legislature by legislature, where the deputy held a seat or was listed.
        let legislatures: [LegislatureFigures] = matrix.legislatures.compactMap { leg in
            let part = matrix.selecting { $0.legislature == leg }
            guard let p = part.participation(scope: analytics.scope, seatPeriods: context.seatPeriods).first(where: { $0.deputyID == id }) else { return nil }
            let l = part.loyalty(scope: analytics.scope, excludingGroups: context.loyaltyExcluded, groupLine: groupLine.source).first { $0.deputyID == id }
            let inOffice = p.participation.denominator + Self.listedNonVoting(p.participation)
            guard inOffice > 0 || p.positions.voters + p.positions.nonVoting > 0 else { return nil }
            return LegislatureFigures(legislature: leg, ballotsInOffice: inOffice, participation: p.participation,
                                      loyalty: l?.loyalty ?? Rate(0, of: 0), rebellions: l?.rebellions.count ?? 0)
        }
        let seats = (context.seatPeriods[id] ?? []).sorted { ($0.start?.description ?? "") < ($1.start?.description ?? "") }

        var document = ReportDocument()
        document.heading("\(person.fullName) (\(id))", level: 1)
        document.paragraph(context.selectionLine + "; scope: \(analytics.scope == .solemn ? "solemn ballots" : "all ballots but motions of censure").")
        var identity: [ReportDocument.KeyValue] = []
        if let civility = person.civility { identity.append(.init("Civility", civility)) }
        if let birth = person.birthDate { identity.append(.init("Born", birth.description + (person.birthPlace.map { ", \($0)" } ?? ""))) }
        if let profession = person.profession, !profession.isEmpty { identity.append(.init("Profession", profession)) }
        identity.append(.init("Seat", seats.isEmpty ? "no seat mandate known (period taken from the ballots)"
            : seats.map { "\($0.start?.description ?? "…") to \($0.end?.description ?? "today")" }.joined(separator: "; ")))
        if let latest = spans.last { identity.append(.init("Group (latest ballot)", "\(context.groupLabel(latest.group)) — \(context.snapshot.groups[latest.group]?.name ?? latest.group)")) }
        document.keyValues(identity)

        var groupsTable = ReportTable(title: "Groups over time (as listed on the ballots)", columns: [
            .init("Group", key: "group"), .init("From", key: "from"), .init("To", key: "to"),
            .init("Ballots", key: "ballots", alignment: .right),
        ])
        for s in spans { groupsTable.append([context.groupLabel(s.group), s.from.description, s.to.description, "\(s.ballots)"]) }
        if !spans.isEmpty { document.table(groupsTable) }

        if legislatures.count > 1 {
            var table = ReportTable(title: "By legislature", columns: [
                .init("Legislature", key: "legislature"), .init("Ballots in office", key: "ballots_in_office", alignment: .right),
                .init("Participation", key: "participation", alignment: .right), .init("Loyalty", key: "loyalty", alignment: .right),
                .init("Rebellions", key: "rebellions", alignment: .right),
            ])
            for l in legislatures {
                table.append([NumberFormatting.englishOrdinal(l.legislature), "\(l.ballotsInOffice)", RateText.cell(l.participation, explain: explain),
                              RateText.cell(l.loyalty, explain: explain), "\(l.rebellions)"])
            }
            table.footnote = "The figures below are over every legislature selected."
            document.table(table)
        }

        let proxyShare = participation?.proxyShare ?? Rate(0, of: 0)
        var figures: [ReportDocument.KeyValue] = [
            .init("Ballots held during the mandate", "\(inOffice) (in scope, while in office)"),
            .init("Votes cast", "\(positions.voters): \(positions.for) for, \(positions.against) against, \(positions.abstentions) abstentions"),
            .init("Listed non-voting", "\(nonVoting) (presiding: \(participationRate.excluded(.presiding)), government: \(participationRate.excluded(.governmentMember)), other: \(participationRate.excluded(.otherNonVoting)))"),
            .init("Participation", RateText.cell(participationRate, explain: explain)),
            .init("In person / by proxy", "\(participation?.inPerson ?? 0) / \(participation?.byProxy ?? 0) (proxy share \(RateText.cell(proxyShare, explain: explain)))"),
            .init("Absences", "\(participation?.absences ?? 0)"),
            .init("Loyalty to the group line", (loyalty.map { RateText.cell($0.loyalty, explain: explain) } ?? "–")
                + (otherLoyalty.flatMap { $0.loyalty != loyalty?.loyalty ? " (\(groupLine.other.rawValue) line: \(RateText.cell($0.loyalty, explain: true)))" : nil } ?? "")),
            .init("Rebellions", "\(rebellions.count)"
                + (otherLoyalty.flatMap { $0.rebellions.count != rebellions.count ? " (\(groupLine.other.rawValue) line: \($0.rebellions.count))" : nil } ?? "")),
        ]
        if participation?.seatPeriodsInferred == true { figures.append(.init("Note", "no seat mandate known: in office from the first to the last listed ballot")) }
        if let outside = participation?.listedOutsideSeatPeriods, outside > 0 {
            figures.append(.init("Note", "listed on \(outside) ballot(s) outside the known seat periods (counted as in office)"))
        }
        document.keyValues(figures)

        // Rebellions of several legislatures are named 16:1274: a number alone would name two ballots.
        let naming = BallotNaming(rebellions.compactMap { ballotIndex[$0.uid].map { matrix.ballots[$0] } })
        var rebellionTable = ReportTable(title: "Rebellions (votes against the group's \(groupLine.source.rawValue) line)", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Vote", key: "position"),
            .init("Group", key: "group"), .init("Group line", key: "group_position"), .init("Title", key: "title"),
        ])
        for r in rebellions {
            let reference = ballotIndex[r.uid].map { naming.cell(matrix.ballots[$0]) } ?? "\(r.number)"
            var line = VotePosition(rawValue: r.groupPosition)?.label ?? r.groupPosition
            if explain, let other = otherLines[r.uid], other?.rawValue ?? "" != r.groupPosition {
                line += " (\(groupLine.other.rawValue): \(other?.label ?? "none"))"
            }
            rebellionTable.append([reference, r.date, VotePosition(rawValue: r.position)?.label ?? r.position, r.group, line, r.title])
        }
        if !rebellions.isEmpty { document.table(rebellionTable) }

        let payload = Payload(
            deputyID: id, name: person.fullName, civility: person.civility, birthDate: person.birthDate?.description,
            profession: person.profession,
            seatPeriods: seats.map { ["start": $0.start?.description, "end": $0.end?.description] },
            groups: spans.map { GroupSpan(groupID: $0.group, label: context.groupLabel($0.group), from: $0.from.description, to: $0.to.description, ballots: $0.ballots) },
            scope: analytics.scope.rawValue, withCorrections: analytics.withCorrections, ballotsInOffice: inOffice,
            positions: ["for": positions.for, "against": positions.against, "abstentions": positions.abstentions, "non_voting": positions.nonVoting],
            participation: RateJSON(participationRate), inPerson: participation?.inPerson ?? 0, byProxy: participation?.byProxy ?? 0,
            proxyShare: RateJSON(proxyShare), absences: participation?.absences ?? 0,
            loyalty: RateJSON(loyalty?.loyalty ?? Rate(0, of: 0)), rebellions: rebellions, legislatures: legislatures)
        try output.emit(document, json: payload, title: person.fullName, csv: .payload())
    }
}
