import HemicycleAnalytics
import HemicycleModel

/// A campaign scorecard (`hemicycle scorecard`, `/api/scorecard`): every deputy scored against
/// the position wanted on each chosen ballot, ranked within the selection shown, with their
/// group and e-mail; as a table, a mail-merge CSV and JSON.
///
/// Built in two steps a face calls in turn: ``scores(records:wanted:absence:seatPeriods:groups:selection:)``
/// scores and selects the deputies (pure), then ``init(scores:records:wanted:absence:groups:people:)``
/// names them with the persons the store returns for those ids.
public struct ScorecardReport: Sendable {
    /// A deputy's outcome on one scored ballot, in JSON.
    public struct BallotDetail: Encodable, Sendable {
        public let ballot_uid: String
        public let ballot_number: Int
        public let ballot_legislature: Int
        /// The wanted position (`for`, `against`, `abstention`).
        public let wanted: String
        /// The recorded position (`for`…, `absent`, `not_in_office`).
        public let recorded: String
        /// Points earned (0, 0.5 or 1); nil when the ballot is left out for this deputy.
        public let points: Double?
        /// Why the ballot is left out (``HemicycleAnalytics/ExclusionReason``), if it is.
        public let excluded: String?
    }

    /// One deputy of the scorecard, in JSON.
    public struct Row: Encodable, Sendable {
        /// 1 = best within the selection; ties share a rank; nil when no ballot counts.
        public let rank: Int?
        public let deputy_id: String
        public let name: String
        public let group_id: String?
        public let group: String?
        public let email: String?
        /// Points / counted ballots, a rate in 0…1; nil when no ballot counts.
        public let score: Double?
        /// Points (half points with `--absent half`).
        public let numerator: Double
        /// Counted ballots.
        public let denominator: Int
        public let details: [BallotDetail]
    }

    /// The political group of each deputy scored: the one they are listed under on the latest
    /// scored ballot, else their group mandate on that day.
    public struct Groups: Sendable {
        /// Group id by deputy id.
        public private(set) var groupOf: [String: String] = [:]
        /// Group label (abbreviation) by group id.
        public private(set) var names: [String: String] = [:]

        /// The groups of `records` (in date order; later ballots win), labelled from `bodies`
        /// (the groups the ballots name, by id), then `memberships` (group mandates on the latest day) for deputies listed on none.
        public init(records: [BallotRecord], bodies: [String: Body], memberships: [String: GroupMembership]) {
            for (uid, body) in bodies { names[uid] = body.abbreviation ?? body.shortName ?? body.name }
            for r in records {
                for v in r.votes { groupOf[v.deputyRef] = v.groupRef }
            }
            for (deputy, membership) in memberships where groupOf[deputy] == nil {
                groupOf[deputy] = membership.groupRef
                names[membership.groupRef] = membership.abbreviation
            }
        }

        /// The group label of a deputy (`RN`), the group id when its label is unknown.
        public func label(of deputy: String) -> String? { groupOf[deputy].map { names[$0] ?? $0 } }

        /// Whether a deputy belongs to `group`, given as an abbreviation (`RN`) or id (`PO…`), any case.
        public func contains(_ deputy: String, group: String) -> Bool {
            guard let ref = groupOf[deputy] else { return false }
            let wanted = group.lowercased()
            return ref.lowercased() == wanted || names[ref]?.lowercased() == wanted
        }
    }

    /// Which deputies a scorecard shows.
    public struct Selection: Sendable {
        /// Only deputies counted on at least this many ballots.
        public var minBallots: Int?
        /// Only this group (abbreviation or id).
        public var group: String?
        /// Only these deputies (a place's), when set.
        public var deputies: Set<String>?

        /// A selection; nil fields select everyone.
        public init(minBallots: Int? = nil, group: String? = nil, deputies: Set<String>? = nil) {
            (self.minBallots, self.group, self.deputies) = (minBallots, group, deputies)
        }

        /// The deputies who held one of `seats` (labels `59-1`) at some time between the first and
        /// the last scored ballot (`from`…`to`, either open).
        public static func holders(of seats: Set<String>, mandates: [SeatMandate], from first: CalendarDate?, to last: CalendarDate?) -> Set<String> {
            Set(mandates.filter { m in
                seats.contains(m.constituencyLabel)
                    && (last.map { d in m.startDate.map { $0 <= d } ?? true } ?? true)
                    && (first.map { d in m.endDate.map { $0 >= d } ?? true } ?? true)
            }.map(\.deputyRef))
        }
    }

    /// Seat periods as the days of the scored ballots on which each deputy held their seat: the
    /// mandates alone overlap (a minister's stays open beside their substitute's).
    public static func seatPeriods(occupancy: SeatOccupancy, mandates: [SeatMandate], days: Set<CalendarDate>) -> [String: [SeatPeriod]] {
        var periods: [String: [SeatPeriod]] = [:]
        for deputy in Set(mandates.map(\.deputyRef)) {
            periods[deputy] = days.filter { occupancy.isInOffice(deputy, on: $0) }.map { SeatPeriod(start: $0, end: $0) }
        }
        return periods
    }

    /// Scores every deputy (``HemicycleAnalytics/VoteMatrix/scorecard(wanted:absence:seatPeriods:)``)
    /// on `records` (in date order), keeps those `selection` selects and in office on at least one
    /// scored ballot, and ranks them within that selection (ties share a rank).
    public static func scores(records: [BallotRecord], wanted: [String: VotePosition], absence: AbsencePolicy,
                              seatPeriods: [String: [SeatPeriod]], groups: Groups, selection: Selection) -> [DeputyScore] {
        var scores = VoteMatrix(records: records).scorecard(wanted: wanted, absence: absence, seatPeriods: seatPeriods)
        // Deputies out of office on every scored ballot are not part of the scorecard.
        scores.removeAll { $0.details.allSatisfy { $0.exclusion == .notInOffice } }
        if let minBallots = selection.minBallots { scores.removeAll { $0.score.denominator < minBallots } }
        if let group = selection.group { scores = scores.filter { groups.contains($0.deputyID, group: group) } }
        if let deputies = selection.deputies { scores = scores.filter { deputies.contains($0.deputyID) } }
        var previous: Double?
        var previousRank = 0
        for i in scores.indices {
            guard let value = scores[i].score.value else { scores[i].rank = nil; continue }
            let rank = value == previous ? previousRank : i + 1
            scores[i].rank = rank
            previous = value
            previousRank = rank
        }
        return scores
    }

    /// The scored ballots, in date order.
    public let ballots: [Ballot]
    /// The wanted position by ballot uid.
    public let wanted: [String: VotePosition]
    /// How absence counted.
    public let absence: AbsencePolicy
    /// The deputies, ranked; what JSON gives.
    public let rows: [Row]
    /// Each row's contact record (civility, names, seat, group, channels), in the order of
    /// ``rows``; nil when the store has no person for the id.
    public let contacts: [ContactRecord?]

    /// The report of `scores` on `records` (in date order), naming deputies from `people`
    /// (persons with their contacts; a missing one is shown by id) and placing them in `seats`
    /// (each deputy's seat mandate, by deputy id: their latest in the scored legislatures).
    public init(scores: [DeputyScore], records: [BallotRecord], wanted: [String: VotePosition], absence: AbsencePolicy,
                groups: Groups, people: [String: Deputy], seats: [String: SeatMandate] = [:]) {
        ballots = records.map(\.ballot).filter { wanted[$0.uid] != nil }
        self.wanted = wanted
        self.absence = absence
        contacts = scores.map { s in
            people[s.deputyID].map { person in
                ContactRecord(deputy: person, seat: seats[s.deputyID],
                              group: groups.groupOf[s.deputyID].map { GroupMembership(groupRef: $0, abbreviation: groups.names[$0] ?? $0) })
            }
        }
        let numbers = Dictionary(records.map { ($0.ballot.uid, ($0.ballot.number, $0.ballot.legislature)) }, uniquingKeysWith: { a, _ in a })
        rows = scores.map { s in
            let person = people[s.deputyID]
            let details = s.details.map { d in
                BallotDetail(ballot_uid: d.ballotUID, ballot_number: numbers[d.ballotUID]?.0 ?? 0,
                             ballot_legislature: numbers[d.ballotUID]?.1 ?? 0, wanted: d.wanted.rawValue,
                             recorded: d.recorded?.rawValue ?? (d.exclusion == .notInOffice ? "not_in_office" : "absent"),
                             points: d.points, excluded: d.exclusion?.rawValue)
            }
            return Row(rank: s.rank, deputy_id: s.deputyID, name: person?.fullName ?? s.deputyID, group_id: groups.groupOf[s.deputyID],
                       group: groups.label(of: s.deputyID), email: person?.contacts.first { ContactKind.of($0) == .email }?.value,
                       score: s.score.value, numerator: s.score.numerator, denominator: s.score.denominator, details: details)
        }
    }

    /// The JSON of `hemicycle scorecard`: the rows.
    public var payload: [Row] { rows }

    /// How the ballots are named in columns: `773`, or `16:1274` beside another legislature's.
    public var naming: BallotNaming { BallotNaming(ballots) }

    /// Points as written: `1`, `0.5`.
    public static func points(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }

    /// The page title in `language`.
    public static func title(language: NumberFormatting.Language) -> String { language == .french ? "Tableau de notes" : "Scorecard" }

    /// The absence policy in words.
    private func absenceLabel(_ language: NumberFormatting.Language) -> String {
        guard language == .french else { return absence.rawValue }
        switch absence {
        case .ignore: return "ignorées"
        case .against: return "comptées contre"
        case .half: return "comptées pour moitié"
        }
    }

    /// The scorecard as a document in `language`: the ranked table, then one line per ballot
    /// (the CSV is ``mailMergeTable()``).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let naming = self.naming
        var document = ReportDocument()
        document.table(table(language: language))
        let colon = fr ? "\(NumberFormatting.narrowNoBreakSpace): " : ": "
        document.list(ballots.map { b in
            let position = wanted[b.uid].map { fr ? $0.frenchLabel : $0.label } ?? ""
            return "\(naming.label(b)) (\(b.date)), \(fr ? "position attendue" + colon : "wanted ")\(position)\(colon)\(b.title)"
        })
        return document
    }

    /// The ranked table in `language` (keys stay English).
    public func table(language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        let naming = self.naming
        let colon = fr ? "\(NumberFormatting.narrowNoBreakSpace): " : ": "
        let title = fr
            ? "Tableau de notes\(colon)\(ballots.count) scrutin\(ballots.count > 1 ? "s" : ""), absences\(colon)\(absenceLabel(language))"
            : "Scorecard: \(ballots.count) ballot\(ballots.count == 1 ? "" : "s"), absence: \(absence.rawValue)"
        var table = ReportTable(title: title, columns: [
            .init(fr ? "Rang" : "Rank", key: "rank", alignment: .right), .init(fr ? "Député" : "Deputy", key: "name"),
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Note" : "Score", key: "score", alignment: .right),
            .init("Points", key: "numerator", alignment: .right), .init(fr ? "Sur" : "Of", key: "denominator", alignment: .right),
            .init(fr ? "Courriel" : "E-mail", key: "email"),
        ] + ballots.map { b in
            let position = wanted[b.uid].map { fr ? $0.frenchLabel : $0.label } ?? ""
            return .init("\(naming.label(b)) (\(position))", key: "ballot_" + naming.keySuffix(b))
        } + [
            .init(fr ? "Identifiant" : "Deputy id", key: "deputy_id"),
        ])
        for r in rows {
            table.append(["\(r.rank.map(String.init) ?? "—")", r.name, r.group ?? "",
                          NumberFormatting.percent(r.score, language: language), Self.points(r.numerator), "\(r.denominator)", r.email ?? ""]
                         + r.details.map { d in
                             // Readable words in the table; the JSON and CSV keep the keys.
                             let recorded = recordedLabel(d.recorded, language: language)
                             return d.points.map { "\(recorded) (\(Self.points($0)))" } ?? "\(recorded) (\(fr ? "exclu" : "excluded"))"
                         }
                         + [r.deputy_id])
        }
        table.footnote = fr
            ? "\(rows.count) député\(rows.count > 1 ? "s" : "")\(NumberFormatting.narrowNoBreakSpace); note = points / scrutins comptés\(NumberFormatting.narrowNoBreakSpace); absences\(colon)\(absenceLabel(language))"
            : "\(rows.count) deputies; score = points / counted ballots; absence policy: \(absence.rawValue)"
        return table
    }

    /// The CSV for mail-merge: the contact list's identity columns (``ContactColumns``: the same
    /// as `export contacts` and `representatives`), rank, score as a rate in 0…1, points and
    /// counted ballots, per ballot the recorded position and the points earned, then the contact
    /// columns — one value per cell.
    public func mailMergeTable() -> ReportTable {
        let naming = self.naming
        let columns = ContactColumns(records: contacts.compactMap { $0 })
        let identity = ContactColumns.identityKeys
        var keys = identity + ["rank", "score", "numerator", "denominator"]
        for n in ballots.map(naming.keySuffix) { keys += ["ballot_\(n)", "points_\(n)"] }
        keys += columns.contactKeys
        var table = ReportTable(columns: keys.map { .init($0, key: $0) })
        for (r, record) in zip(rows, contacts) {
            var cells = columns.cells(record)
            if record == nil {
                // No person in the store: the scorecard's own id and group still identify the row.
                cells[0] = r.deputy_id
                if let i = identity.firstIndex(of: "group_id") { cells[i] = r.group_id ?? "" }
                if let i = identity.firstIndex(of: "group") { cells[i] = r.group ?? "" }
            }
            var fields = Array(cells[..<identity.count])
            fields += [r.rank.map(String.init) ?? "", r.score.map { String(JSONNumber.round($0)) } ?? "", Self.points(r.numerator), "\(r.denominator)"]
            for d in r.details { fields += [d.recorded, d.points.map(Self.points) ?? ""] }
            table.append(fields + Array(cells[identity.count...]))
        }
        return table
    }
}
