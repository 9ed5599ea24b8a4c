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
    @OptionGroup var language: LanguageOptions
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

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openPopulated()
        let wanted = try wantedPositions(database)
        var records = try database.storedBallots(uids: wanted.uids)
        records.sort { ($0.ballot.date, $0.ballot.number) < ($1.ballot.date, $1.ballot.number) }
        let ballots = records.map(\.record)
        let legislatures = Set(records.map(\.ballot.legislature))
        let mandates = try database.seatMandates().filter { $0.legislature.map(legislatures.contains) ?? false }
        let occupancy = SeatOccupancy(mandates: mandates, listedDays: try database.listedDays(legislatures: legislatures))
        let groups = ScorecardReport.Groups(records: ballots, bodies: records.reduce(into: [:]) { $0.merge($1.groups) { a, _ in a } },
                                            memberships: try database.groupMemberships(on: records.last?.ballot.date))
        var selection = ScorecardReport.Selection(minBallots: minBallots, group: group)
        if !place.isEmpty {
            try ensureRegisters(database)
            let seats = Set(try database.seats(of: place.query, seatMandates: mandates).map(\.label))
            selection.deputies = ScorecardReport.Selection.holders(of: seats, mandates: mandates, from: records.first?.ballot.date, to: records.last?.ballot.date)
        }
        let scores = ScorecardReport.scores(
            records: ballots, wanted: wanted.positions, absence: absent,
            seatPeriods: ScorecardReport.seatPeriods(occupancy: occupancy, mandates: mandates, days: Set(records.map(\.ballot.date))),
            groups: groups, selection: selection)
        let people = try database.deputiesWithContacts(uids: Set(scores.map(\.deputyID)))
        // Each deputy's seat for the contact columns: their latest mandate in the scored legislatures.
        let seats = ContactRecord.latestSeats(mandates)
        let report = ScorecardReport(scores: scores, records: ballots, wanted: wanted.positions, absence: absent, groups: groups, people: people, seats: seats)
        // For mail-merge, the CSV is plain values: one row per deputy, the contact columns, one column per ballot.
        try output.emit(report.document(language: language), json: report.payload, title: ScorecardReport.title(language: language),
                        csv: output.format == .csv ? .data(report.mailMergeTable()) : .payload(), language: language)
    }

    /// The ballots chosen (`--ballot`, then those `--search` finds), in the order given, and the
    /// position wanted on each.
    private func wantedPositions(_ database: HemicycleDatabase) throws -> (uids: [String], positions: [String: VotePosition]) {
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
        return (uids, wanted)
    }
}

extension AbsencePolicy: ExpressibleByArgument {}
