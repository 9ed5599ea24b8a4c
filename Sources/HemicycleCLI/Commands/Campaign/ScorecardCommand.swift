import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle scorecard --ballot 773:against …`
struct ScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract: "Score deputies against a position chosen per ballot (a campaign scorecard), ranked.",
        discussion: """
            Each deputy earns 1 point per ballot where they took the wanted position, 0 for another position \
            (abstention included), and for absence what --absent says: ignore (the ballot is left out for \
            them, the default), against (0 points) or half (½ point). Always left out: ballots on which the \
            deputy did not hold a seat, and those on which they are listed non-voting for a published cause \
            (presiding the sitting, member of the government). The score is points / counted ballots.

            The CSV output has one row per deputy and one column per ballot, for mail-merge (with the e-mail \
            address from the Assemblée's records).

            Examples:
              hemicycle scorecard --ballot 773:against
              hemicycle scorecard --ballot 16:1274:against --ballot 773:against --ballot 4813:against
              hemicycle scorecard --ballot 16:1274:against --ballot 773:against --ballot 4813:against --min-ballots 2
              hemicycle scorecard --search "sûreté dans les transports" --position against --absent half --format csv > score.csv
              hemicycle scorecard --ballot 773:against --town Lille
              hemicycle scorecard --ballot 773:against --group RN --department 59
            """
    )

    @Option(help: ArgumentHelp("A ballot and the wanted position, BALLOT:for|against|abstention, where BALLOT is 773, 16:1274 or a uid (repeatable).", valueName: "ballot:position"))
    var ballot: [String] = []

    @Option(help: "Also score every ballot whose title contains this text (case- and accent-insensitive)…")
    var search: String?

    @Option(help: "…with this wanted position (for, against, abstention).")
    var position: String?

    @Option(help: "How absence counts: ignore, against or half.")
    var absent: AbsencePolicy = .ignore

    @Option(help: "Only deputies of this political group (abbreviation such as RN, or id PO…).")
    var group: String?

    @Option(help: ArgumentHelp("Only deputies counted on at least this many of the ballots (with --absent ignore: who took part in several).", valueName: "n"))
    var minBallots: Int?

    @Option(help: "The legislature of the ballot numbers and of --search (default: the latest).")
    var legislature: Int?

    @OptionGroup var place: PlaceOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if ballot.isEmpty && search == nil { throw ValidationError("choose ballots: --ballot N:position (repeatable) or --search TEXT --position P") }
        if search != nil && position == nil { throw ValidationError("--search needs --position (for, against or abstention)") }
        if let minBallots, minBallots < 1 { throw ValidationError("--min-ballots must be at least 1") }
        if let position { _ = try Self.parsePosition(position) }
        for spec in ballot { _ = try Self.parseSpec(spec) }
    }

    static func parsePosition(_ text: String) throws -> VotePosition {
        switch text.lowercased() {
        case "for", "pour": return .for
        case "against", "contre": return .against
        case "abstention", "abstain": return .abstention
        default: throw ValidationError("'\(text)' is not a wanted position (for, against, abstention)")
        }
    }

    /// `773:against`, `16:1274:for`, `VTANR5L16V1274:against`: a ballot reference, then the wanted
    /// position after the last colon.
    static func parseSpec(_ spec: String) throws -> (reference: BallotReference, position: VotePosition) {
        guard let colon = spec.lastIndex(of: ":"), colon != spec.startIndex else {
            throw ValidationError("'\(spec)' is not BALLOT:position (e.g. 773:against, 16:1274:against)")
        }
        let reference: BallotReference
        do { reference = try BallotReference(parsing: String(spec[..<colon])) } catch { throw ValidationError(error.description) }
        return (reference, try parsePosition(String(spec[spec.index(after: colon)...])))
    }

    struct BallotDetail: Encodable {
        let ballot_uid: String
        let ballot_number: Int
        let ballot_legislature: Int
        let wanted: String
        let recorded: String
        let points: Double?
        let excluded: String?
    }
    struct Row: Encodable {
        let rank: Int?
        let deputy_id: String
        let name: String
        let group_id: String?
        let group: String?
        let email: String?
        let score: Double?
        let numerator: Double
        let denominator: Int
        let details: [BallotDetail]
    }

    func run() throws {
        let database = try store.openPopulated()
        var wanted: [String: VotePosition] = [:]
        var uids: [String] = []
        for spec in ballot {
            let (reference, position) = try Self.parseSpec(spec)
            let uid = try database.ballot(reference, legislature: legislature).ballot.uid
            if wanted[uid] == nil { uids.append(uid) }
            wanted[uid] = position
        }
        if let search, let position {
            let wantedPosition = try Self.parsePosition(position)
            let found = try database.ballots(BallotFilter(search: search, legislature: legislature, newestFirst: false))
            if found.isEmpty { throw ValidationError("no ballot title contains \"\(search)\"") }
            for b in found where wanted[b.uid] == nil {
                uids.append(b.uid)
                wanted[b.uid] = wantedPosition
            }
        }
        var records = try database.storedBallots(uids: uids)
        records.sort { ($0.ballot.date, $0.ballot.number) < ($1.ballot.date, $1.ballot.number) }
        let matrix = VoteMatrix(records: records.map(\.record))
        let legislatures = Set(records.map(\.ballot.legislature))
        let mandates = try database.seatMandates().filter { $0.legislature.map(legislatures.contains) ?? false }
        // Seat periods as the days of the scored ballots on which each deputy held their seat: the
        // mandates alone overlap (a minister's stays open beside their substitute's).
        let occupancy = SeatOccupancy(mandates: mandates, listedDays: try database.listedDays(legislatures: legislatures))
        let days = Set(records.map(\.ballot.date))
        var periods: [String: [SeatPeriod]] = [:]
        for deputy in Set(mandates.map(\.deputyRef)) {
            periods[deputy] = days.filter { occupancy.isInOffice(deputy, on: $0) }.map { SeatPeriod(start: $0, end: $0) }
        }
        var scores = matrix.scorecard(wanted: wanted, absence: absent, seatPeriods: periods)
        // Deputies out of office on every scored ballot are not part of the scorecard.
        scores.removeAll { $0.details.allSatisfy { $0.exclusion == .notInOffice } }
        if let minBallots { scores.removeAll { $0.score.denominator < minBallots } }

        // Groups: the one a deputy is listed under on the latest scored ballot, else their group
        // mandate on that day.
        let lastDay = records.last?.ballot.date
        var groupOf: [String: String] = [:]
        var groupNames: [String: String] = [:]
        for r in records {
            for g in r.groups.values { groupNames[g.uid] = g.abbreviation ?? g.shortName ?? g.name }
            for v in r.record.votes { groupOf[v.deputyRef] = v.groupRef }
        }
        for (deputy, membership) in try database.groupMemberships(on: lastDay) where groupOf[deputy] == nil {
            groupOf[deputy] = membership.groupRef
            groupNames[membership.groupRef] = membership.abbreviation
        }
        if let group {
            let wantedGroup = group.lowercased()
            scores = scores.filter { s in
                guard let ref = groupOf[s.deputyID] else { return false }
                return ref.lowercased() == wantedGroup || groupNames[ref]?.lowercased() == wantedGroup
            }
        }
        if !place.isEmpty {
            try ensureRegisters(database)
            let seats = try database.seats(of: place.query, seatMandates: mandates)
            let keys = Set(seats.map(\.label))
            let first = records.first?.ballot.date, last = records.last?.ballot.date
            let deputies = Set(mandates.filter { m in
                keys.contains(m.constituencyLabel)
                    && (last.map { d in m.startDate.map { $0 <= d } ?? true } ?? true)
                    && (first.map { d in m.endDate.map { $0 >= d } ?? true } ?? true)
            }.map(\.deputyRef))
            scores = scores.filter { deputies.contains($0.deputyID) }
        }
        // Ranks within the selection shown.
        var previous: Double?
        var previousRank = 0
        for i in scores.indices {
            guard let value = scores[i].score.value else { scores[i].rank = nil; continue }
            let rank = value == previous ? previousRank : i + 1
            scores[i].rank = rank
            previous = value
            previousRank = rank
        }

        let people = try database.deputiesWithContacts(uids: Set(scores.map(\.deputyID)))
        let numbers = Dictionary(uniqueKeysWithValues: records.map { ($0.ballot.uid, ($0.ballot.number, $0.ballot.legislature)) })
        let scored = records.filter { wanted[$0.ballot.uid] != nil }
        let naming = BallotNaming(scored.map(\.ballot))
        var table = ReportTable(title: "Scorecard: \(scored.count) ballot\(scored.count == 1 ? "" : "s"), absence: \(absent.rawValue)", columns: [
            .init("Rank", key: "rank", alignment: .right), .init("Deputy", key: "name"), .init("Group", key: "group"),
            .init("Score", key: "score", alignment: .right), .init("Points", key: "numerator", alignment: .right),
            .init("Of", key: "denominator", alignment: .right), .init("E-mail", key: "email"),
        ] + scored.map { .init("\(naming.label($0.ballot)) (\(wanted[$0.ballot.uid]?.label ?? ""))", key: "ballot_" + naming.keySuffix($0.ballot)) } + [
            .init("Deputy id", key: "deputy_id"),
        ])
        var rows: [Row] = []
        for s in scores {
            let person = people[s.deputyID]
            let name = person?.fullName ?? s.deputyID
            let email = person?.contacts.first { ContactKind.of($0) == .email }?.value
            let groupLabel = groupOf[s.deputyID].map { groupNames[$0] ?? $0 }
            let details = s.details.map { d in
                BallotDetail(ballot_uid: d.ballotUID, ballot_number: numbers[d.ballotUID]?.0 ?? 0,
                             ballot_legislature: numbers[d.ballotUID]?.1 ?? 0, wanted: d.wanted.rawValue,
                             recorded: d.recorded?.rawValue ?? (d.exclusion == .notInOffice ? "not_in_office" : "absent"),
                             points: d.points, excluded: d.exclusion?.rawValue)
            }
            let numerator = s.score.numerator
            table.append(["\(s.rank.map(String.init) ?? "—")", name, groupLabel ?? "",
                          NumberFormatting.percent(s.score.value, language: .english), Self.points(numerator), "\(s.score.denominator)", email ?? ""]
                         + details.map { d in
                             // Readable words in the table; the JSON and CSV keep the keys.
                             let recorded = recordedLabel(d.recorded)
                             return d.points.map { "\(recorded) (\(Self.points($0)))" } ?? "\(recorded) (excluded)"
                         }
                         + [s.deputyID])
            rows.append(Row(rank: s.rank, deputy_id: s.deputyID, name: name, group_id: groupOf[s.deputyID], group: groupLabel, email: email, score: s.score.value,
                            numerator: numerator, denominator: s.score.denominator, details: details))
        }
        table.footnote = "\(scores.count) deputies; score = points / counted ballots; absence policy: \(absent.rawValue)"
        var document = ReportDocument()
        if output.format == .csv {
            // For mail-merge: plain values, one row per deputy, one column per ballot.
            document.table(Self.mailMergeTable(rows, ballotKeys: scored.map { naming.keySuffix($0.ballot) }))
        } else {
            document.table(table)
        }
        document.list(scored.map { "\(naming.label($0.ballot)) (\($0.ballot.date)), wanted \(wanted[$0.ballot.uid]?.label ?? ""): \($0.ballot.title)" })
        try output.emit(document, json: rows, title: "Scorecard")
    }

    /// The CSV for mail-merge: ids, rank, name, group, e-mail, score as a rate in 0…1, points and
    /// counted ballots, then per ballot the recorded position and the points earned.
    static func mailMergeTable(_ rows: [Row], ballotKeys: [String]) -> ReportTable {
        var columns: [ReportTable.Column] = [
            .init("deputy_id", key: "deputy_id"), .init("group_id", key: "group_id"), .init("rank", key: "rank"), .init("name", key: "name"),
            .init("group", key: "group"),
            .init("email", key: "email"), .init("score", key: "score"), .init("numerator", key: "numerator"), .init("denominator", key: "denominator"),
        ]
        for n in ballotKeys { columns += [.init("ballot_\(n)", key: "ballot_\(n)"), .init("points_\(n)", key: "points_\(n)")] }
        var table = ReportTable(columns: columns)
        for r in rows {
            var fields = [r.deputy_id, r.group_id ?? "", r.rank.map(String.init) ?? "", r.name, r.group ?? "", r.email ?? "",
                          r.score.map { String(JSONNumber.round($0)) } ?? "", points(r.numerator), "\(r.denominator)"]
            for d in r.details { fields += [d.recorded, d.points.map(points) ?? ""] }
            table.append(fields)
        }
        return table
    }

    static func points(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}

extension AbsencePolicy: ExpressibleByArgument {}
