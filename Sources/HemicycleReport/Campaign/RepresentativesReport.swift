import HemicycleModel

/// The deputies of a place and how each voted on chosen ballots (`hemicycle representatives`,
/// the "my town" page, `/api/representatives`): one row per seat holder, with their contacts.
public struct RepresentativesReport: Sendable {
    /// One contact channel in JSON.
    public struct ContactRow: Encodable, Sendable { public let kind: String; public let value: String }
    /// A deputy's recorded position on one ballot, in JSON.
    public struct VoteRow: Encodable, Sendable {
        public let ballot_uid: String
        public let ballot_number: Int
        /// The stable key (``recordedPosition(_:inOffice:)``).
        public let position: String
        public let label: String
        public let cause: String?
        public let by_proxy: Bool
    }
    /// One seat and its holder (nil fields for a vacant seat), in JSON.
    public struct DeputyRow: Encodable, Sendable {
        public let department_code: String
        public let constituency: Int
        public let coverage: String?
        public let communes: [String]
        public let deputy_id: String?
        public let name: String?
        public let group: String?
        public let start_date: String?
        public let end_date: String?
        public let contacts: [ContactRow]
        public let votes: [VoteRow]
    }
    /// The JSON of `hemicycle representatives`.
    public struct Payload: Encodable, Sendable {
        public let place: String
        public let date: String?
        public let representatives: [DeputyRow]
    }

    /// The place in words (`postcode 59000`).
    public let place: String
    /// The day asked; nil for today.
    public let date: CalendarDate?
    /// The ballots whose votes are shown, in the order asked.
    public let ballots: [BallotRecord]
    /// One line per seat holder (a seat with several holders gives several lines; a vacant seat one line, nil).
    public let lines: [(seat: PlaceSeat, mandate: SeatMandate?)]
    /// The seats where a choice between several open mandates had to be made.
    public let ambiguousSeats: [String]
    /// The rows, as JSON gives them.
    public let rows: [DeputyRow]
    private let data: PlaceRepresentatives

    /// Builds the report: the holder(s) of each seat on `date` (or today), and each holder's
    /// recorded position on each ballot (absent when in office and not listed, not a deputy then otherwise).
    public init(place: String, date: CalendarDate?, data: PlaceRepresentatives, ballots: [BallotRecord]) {
        self.place = place
        self.date = date
        self.data = data
        self.ballots = ballots
        var lines: [(seat: PlaceSeat, mandate: SeatMandate?)] = []
        var ambiguous: [String] = []
        for seat in data.seats {
            let (holders, wasAmbiguous) = data.occupancy.holders(seat: seat.label, on: date, latestDay: data.latestDay)
            if wasAmbiguous { ambiguous.append(seat.label) }
            if holders.isEmpty { lines.append((seat, nil)) } else { lines += holders.map { (seat, $0) } }
        }
        self.lines = lines
        ambiguousSeats = ambiguous
        rows = lines.map { seat, mandate in
            let deputy = mandate.flatMap { data.deputies[$0.deputyRef] }
            let votes: [VoteRow] = mandate.map { m in
                ballots.map { record in
                    let vote = record.votes.first { $0.deputyRef == m.deputyRef }
                    let inOffice = vote != nil || data.occupancy.isInOffice(m.deputyRef, on: record.ballot.date)
                    let position = recordedPosition(vote, inOffice: inOffice)
                    return VoteRow(ballot_uid: record.ballot.uid, ballot_number: record.ballot.number, position: position.key, label: position.label,
                                   cause: vote?.cause?.rawValue ?? vote?.causeCode, by_proxy: vote?.byProxy ?? false)
                }
            } ?? []
            return DeputyRow(department_code: seat.departmentCode, constituency: seat.number, coverage: seat.isPartial.map { $0 ? "partial" : "whole" },
                             communes: seat.communes, deputy_id: mandate?.deputyRef, name: deputy?.fullName,
                             group: mandate.flatMap { data.groups[$0.deputyRef]?.abbreviation },
                             start_date: mandate?.startDate?.description, end_date: mandate?.endDate?.description,
                             contacts: (deputy?.contacts ?? []).map { ContactRow(kind: ContactKind.of($0).rawValue, value: $0.value) }, votes: votes)
        }
    }

    /// How the ballots are named in columns: `773`, or `16:1274` beside another legislature's.
    public var naming: BallotNaming { BallotNaming(ballots.map(\.ballot)) }

    /// The JSON of `hemicycle representatives`.
    public var payload: Payload { Payload(place: place, date: date?.description, representatives: rows) }

    /// The page title in `language`.
    public static func title(language: NumberFormatting.Language) -> String { language == .french ? "Députés" : "Representatives" }

    /// The table of seats and deputies, the note on ambiguous seats, and a line per ballot, in
    /// `language` (column keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let seats = data.seats
        // Several communes answer to one name (Saint-Denis): then say which commune each seat is for.
        let showCommunes = Set(seats.flatMap(\.communes)).count > 1
        var columns: [ReportTable.Column] = [.init(fr ? "Circonscription" : "Seat", key: "seat")]
        if showCommunes { columns.append(.init("Commune", key: "communes")) }
        columns += [
            .init(fr ? "Couverture" : "Coverage", key: "coverage"), .init(fr ? "Député" : "Deputy", key: "name"),
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Depuis" : "Since", key: "start_date"),
        ]
        let naming = self.naming
        columns += ballots.map { .init(naming.label($0.ballot), key: "ballot_" + naming.keySuffix($0.ballot)) }
        columns += [.init(fr ? "Courriel" : "E-mail", key: "email"), .init(fr ? "Site et réseaux" : "Web and social", key: "web")]
        let title = fr ? "Députés — \(PlaceWords.french(place))\(date.map { " le \($0)" } ?? "")" : "Deputies for \(place)\(date.map { " on \($0)" } ?? "")"
        var table = ReportTable(title: title, columns: columns)
        for ((seat, mandate), row) in zip(lines, rows) {
            let contacts = mandate.flatMap { data.deputies[$0.deputyRef] }?.contacts ?? []
            // The official address first: a reader writes to it, not to a party or personal one.
            let email = contacts.filter { ContactKind.of($0) == .email }.map(\.value).sorted { ContactField.isAssembleeAddress($0) && !ContactField.isAssembleeAddress($1) }
            let web = contacts.filter { [.website, .social].contains(ContactKind.of($0)) }.map(\.value)
            var cells: [String] = [seat.label]
            if showCommunes { cells.append(seat.communes.joined(separator: ", ")) }
            let coverage = fr ? (seat.isPartial.map { $0 ? "partielle" : "entière" } ?? "") : seat.coverage
            cells += [coverage, row.name ?? mandate?.deputyRef ?? (fr ? "(vacant)" : "(vacant)"), row.group ?? "", mandate?.startDate?.description ?? ""]
            cells += row.votes.map { fr ? Self.frenchLabel($0) : $0.label }
            cells += [email.joined(separator: " "), web.joined(separator: " ")]
            table.append(cells)
        }
        let partial = seats.contains { $0.isPartial == true }
        table.footnote = fr
            ? "\(lines.count) député(s), \(seats.count) circonscription(s)" + (partial ? " ; partielle : la commune est partagée entre circonscriptions, les registres ne disent pas quelle partie est où" : "")
            : "\(lines.count) deputies, \(seats.count) constituencies" + (partial ? "; partial: the town is split between constituencies, the registers do not say which part is where" : "")
        var document = ReportDocument()
        document.table(table)
        if !ambiguousSeats.isEmpty, fr {
            document.paragraph("Plusieurs mandats ouverts dans les données de l’Assemblée pour \(ambiguousSeats.joined(separator: ", ")) (un député au gouvernement et son suppléant) : le titulaire montré est le député inscrit au scrutin le plus proche du \(date?.description ?? data.latestDay?.description ?? "jour").")
        } else if !ambiguousSeats.isEmpty {
            document.paragraph("Several open mandates in the Assemblée's records for \(ambiguousSeats.joined(separator: ", ")) (a deputy in government and their substitute, suppléant): the holder shown is the deputy listed on the ballot nearest to \(date?.description ?? data.latestDay?.description ?? "the day").")
        }
        for record in ballots {
            let ballot = record.ballot
            if fr {
                let result = ballot.result == .adopted ? "adopté" : "rejeté"
                document.paragraph("\(naming.label(ballot)) (\(ballot.date)) : \(ballot.title) — \(result), \(ballot.official.for) pour, \(ballot.official.against) contre, \(ballot.official.abstentions) abstentions")
                continue
            }
            document.paragraph("\(naming.label(ballot)) (\(ballot.date)): \(ballot.title) — \(ballot.result.rawValue), \(ballot.official.for) for, \(ballot.official.against) against, \(ballot.official.abstentions) abstentions")
        }
        return document
    }

    /// The table `--format csv` writes: one row per seat holder (a vacant seat: its seat, other
    /// cells empty), the contact list's identity columns (``ContactColumns``), `coverage`,
    /// `start_date`, one column per ballot (the position's stable key), then the contact
    /// columns — one value per cell.
    public func csvTable() -> ReportTable {
        let records: [ContactRecord?] = lines.map { _, mandate in
            mandate.flatMap { m in data.deputies[m.deputyRef].map { ContactRecord(deputy: $0, seat: m, group: data.groups[m.deputyRef]) } }
        }
        let contacts = ContactColumns(records: records.compactMap { $0 })
        let identity = ContactColumns.identityKeys
        let naming = self.naming
        let keys = identity + ["coverage", "start_date"] + ballots.map { "ballot_" + naming.keySuffix($0.ballot) } + contacts.contactKeys
        var table = ReportTable(title: "Deputies for \(place)", columns: keys.map { .init($0, key: $0) })
        for (((seat, mandate), row), record) in zip(zip(lines, rows), records) {
            var cells = contacts.cells(record)
            if record == nil { cells[identity.firstIndex(of: "seat") ?? 0] = seat.label }
            let contactCells = Array(cells[identity.count...])
            table.append(Array(cells[..<identity.count]) + [seat.isPartial.map { $0 ? "partial" : "whole" } ?? "", mandate?.startDate?.description ?? ""]
                         + row.votes.map(\.position) + Array(repeating: "", count: ballots.count - row.votes.count) + contactCells)
        }
        return table
    }

    /// A recorded position in French: `pour`, `contre`, `abstention`, `non-votant`, `absent`,
    /// `pas député à cette date`, with `(par délégation)`.
    static func frenchLabel(_ vote: VoteRow) -> String {
        var label: String
        switch vote.position {
        case "absent": label = "absent"
        case "not_in_office": label = "pas député à cette date"
        default: label = VotePosition(rawValue: vote.position)?.frenchLabel ?? vote.position
        }
        if vote.position == VotePosition.nonVoting.rawValue, let cause = vote.cause {
            label += " (\(NonVotingCause(rawValue: cause).map { CauseLabels.label($0, .french) } ?? cause))"
        }
        if vote.by_proxy { label += " (par délégation)" }
        return label
    }
}
