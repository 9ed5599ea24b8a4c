import ArgumentParser
import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle representatives --town NAME | --insee CODE | --postcode CODE | --department CODE`
struct RepresentativesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "representatives",
        abstract: "The deputies of a town, postcode or department, and how each voted on chosen ballots.",
        discussion: """
            A town split across several constituencies (circonscriptions) gives the deputy of each, marked \
            partial: the registers do not say which streets belong to which. Deputies are today's (open \
            mandates of the latest legislature), or those in office on --date. With --ballot, each deputy's \
            vote: for, against, abstention, non-voting (with the published cause: presiding, government), \
            absent (in office, not listed), or not a deputy then (no seat that day: a ballot of an earlier legislature, say). Contact channels come from the \
            Assemblée's records.

            Examples:
              hemicycle representatives --town Lille --ballot 773
              hemicycle representatives --postcode 59000 --format json
              hemicycle representatives --department 59 --constituency 1 --date 2025-02-11
            """
    )

    @OptionGroup var place: PlaceOptions

    @Option(help: "The day (yyyy-mm-dd); default: today's deputies.", transform: BallotFilterOptions.parseDate)
    var date: CalendarDate?

    @Option(help: "A ballot number or uid whose votes to show (repeatable).")
    var ballot: [String] = []

    @Option(help: "The legislature of the ballot numbers.")
    var legislature: Int?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if place.isEmpty { throw ValidationError("give a place: --town, --insee, --postcode or --department") }
    }

    struct ContactRow: Encodable { let kind: String; let value: String }
    struct VoteRow: Encodable {
        let ballot_uid: String
        let ballot_number: Int
        let position: String
        let label: String
        let cause: String?
        let by_proxy: Bool
    }
    struct DeputyRow: Encodable {
        let department_code: String
        let constituency: Int
        let coverage: String?
        let communes: [String]
        let deputy_id: String?
        let name: String?
        let group: String?
        let start_date: String?
        let end_date: String?
        let contacts: [ContactRow]
        let votes: [VoteRow]
    }
    struct Payload: Encodable {
        let place: String
        let date: String?
        let representatives: [DeputyRow]
    }

    func run() throws {
        let database = try ensureRegisters(store.openPopulated())
        let mandates = try database.seatMandates()
        let seats = try place.seats(in: database, seatMandates: mandates)
        let ballots = try ballot.map { try database.ballot($0, legislature: legislature) }
        let occupancy = SeatOccupancy(mandates: mandates, listedDays: try database.listedDays())
        let latestDay = try database.ballots(BallotFilter(limit: 1)).first?.date
        var lines: [(PlaceSeat, SeatMandate?)] = []
        var ambiguous: [String] = []
        for seat in seats {
            let (holders, wasAmbiguous) = occupancy.holders(seat: seat.label, on: date, latestDay: latestDay)
            if wasAmbiguous { ambiguous.append(seat.label) }
            if holders.isEmpty { lines.append((seat, nil)) } else { lines += holders.map { (seat, $0) } }
        }
        let deputies = try database.deputiesWithContacts(uids: Set(lines.compactMap { $0.1?.deputyRef }))
        let groups = try database.groupMemberships(on: date)

        // Several communes answer to one name (Saint-Denis): then say which commune each seat is for.
        let showCommunes = Set(seats.flatMap(\.communes)).count > 1
        var columns: [ReportTable.Column] = [.init("Seat", key: "seat")]
        if showCommunes { columns.append(.init("Commune", key: "communes")) }
        columns += [
            .init("Coverage", key: "coverage"), .init("Deputy", key: "name"),
            .init("Group", key: "group"), .init("Since", key: "start_date"),
        ]
        let naming = BallotNaming(ballots.map(\.ballot))
        columns += ballots.map { .init(naming.label($0.ballot), key: "ballot_" + naming.keySuffix($0.ballot)) }
        columns += [.init("E-mail", key: "email"), .init("Web and social", key: "web")]
        var table = ReportTable(title: "Deputies for \(place.description)\(date.map { " on \($0)" } ?? "")", columns: columns)
        var rows: [DeputyRow] = []
        for (seat, mandate) in lines {
            let deputy = mandate.flatMap { deputies[$0.deputyRef] }
            let contacts = deputy?.contacts ?? []
            let votes: [VoteRow] = mandate.map { m in
                ballots.map { stored in
                    let vote = stored.record.votes.first { $0.deputyRef == m.deputyRef }
                    let inOffice = vote != nil || occupancy.isInOffice(m.deputyRef, on: stored.ballot.date)
                    let position = recordedPosition(vote, inOffice: inOffice)
                    return VoteRow(ballot_uid: stored.ballot.uid, ballot_number: stored.ballot.number, position: position.key, label: position.label,
                                   cause: vote?.cause?.rawValue ?? vote?.causeCode, by_proxy: vote?.byProxy ?? false)
                }
            } ?? []
            let group = mandate.flatMap { groups[$0.deputyRef]?.abbreviation }
            let email = contacts.filter { ContactKind.of($0) == .email }.map(\.value)
            let web = contacts.filter { [.website, .social].contains(ContactKind.of($0)) }.map(\.value)
            var cells: [String] = [seat.label]
            if showCommunes { cells.append(seat.communes.joined(separator: ", ")) }
            let name: String = deputy?.fullName ?? mandate?.deputyRef ?? "(vacant)"
            cells += [seat.coverage, name, group ?? "", mandate?.startDate?.description ?? ""]
            cells += votes.map(\.label)
            cells += [email.joined(separator: " "), web.joined(separator: " ")]
            table.append(cells)
            rows.append(DeputyRow(department_code: seat.departmentCode, constituency: seat.number, coverage: seat.isPartial.map { $0 ? "partial" : "whole" },
                                  communes: seat.communes, deputy_id: mandate?.deputyRef, name: deputy?.fullName, group: group,
                                  start_date: mandate?.startDate?.description, end_date: mandate?.endDate?.description,
                                  contacts: contacts.map { ContactRow(kind: ContactKind.of($0).rawValue, value: $0.value) }, votes: votes))
        }
        let partial = seats.contains { $0.isPartial == true }
        table.footnote = "\(lines.count) deputies, \(seats.count) constituencies" + (partial ? "; partial: the town is split between constituencies, the registers do not say which part is where" : "")
        var document = ReportDocument()
        document.table(table)
        if !ambiguous.isEmpty {
            document.paragraph("Several open mandates in the Assemblée's records for \(ambiguous.joined(separator: ", ")) (a deputy in government and their substitute, suppléant): the holder shown is the deputy listed on the ballot nearest to \(date?.description ?? latestDay?.description ?? "the day").")
        }
        for stored in ballots {
            document.paragraph("\(naming.label(stored.ballot)) (\(stored.ballot.date)): \(stored.ballot.title) — \(stored.ballot.result.rawValue), \(stored.ballot.official.for) for, \(stored.ballot.official.against) against, \(stored.ballot.official.abstentions) abstentions")
        }
        try output.emit(document, json: Payload(place: place.description, date: date?.description, representatives: rows), title: "Representatives")
    }
}

/// The kind of a contact channel of the Assemblée's records, from its published label
/// (*typeLibelle*: `Mèl`, `Site internet`, `Twitter`, `Adresse officielle`…).
enum ContactKind: String {
    case email, website, social, postal, other

    static func of(_ contact: Contact) -> ContactKind {
        let kind = TextFolding.fold(contact.kind)
        if kind.contains("mel") || kind.contains("mail") { return .email }
        if kind.contains("site") || kind.contains("web") { return .website }
        if ["twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "bluesky", "mastodon", "x "].contains(where: kind.contains) { return .social }
        if kind.contains("adresse") || kind.contains("postal") { return .postal }
        return .other
    }
}
