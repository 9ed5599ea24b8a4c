import ArgumentParser
import Foundation
import HemicycleReport
import HemicycleStore

extension BallotSection: ExpressibleByArgument {}

/// `hemicycle report N…`: several ballots at once, as chosen sections (any format) or as one
/// self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report a list of ballots: chosen sections in any format, or one self-contained HTML page.",
        discussion: """
            --section picks what to show (repeatable, in order; default: summary): summary (one row per ballot), \
            groups (the table by political group), for, against, abstention, non-voting (the deputies in that \
            position, by group), corrections, source. Outputs name the open-data file without its folder, so \
            they are the same on every machine (notebooks rely on this).

            With --format html, or an --output file ending in .html, the page holds an index table linking to \
            each ballot, then each ballot's page as `hemicycle ballot N --format html` draws it (summary, groups, \
            hemicycle, bars by group, named votes, corrections, sources): no network, no script, inline CSS and \
            SVG, each ballot on a new page when printed.

            Examples:
              hemicycle report 773 --section groups --section against --format markdown
              hemicycle report 773 772 771 --output transports.html
              hemicycle report 773 774 --title "Sûreté dans les transports" --format html > page.html
            """
    )

    @Argument(help: "Ballot numbers (in the latest legislature unless --legislature) or uids.")
    var references: [String]

    @Option(help: "The legislature of the ballot numbers.")
    var legislature: Int?

    @Option(help: "What to show (repeatable): \(BallotSection.allCases.map(\.rawValue).joined(separator: ", ")).")
    var section: [BallotSection] = []

    @Option(help: "The HTML page's title (default: \"N ballots\").")
    var title: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of printing (HTML when it ends in .html).", valueName: "file"))
    var output: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var format: OutputOptions

    func validate() throws {
        if references.isEmpty { throw ValidationError("name at least one ballot") }
    }

    /// The JSON of one ballot: the summary figures, and the sections asked for.
    struct BallotJSON: Encodable {
        struct Group: Encodable {
            let abbreviation: String, name: String, members: Int, `for`: Int, against: Int, abstentions: Int, nonVoting: Int, absent: Int
            enum CodingKeys: String, CodingKey { case abbreviation, name, members, `for`, against, abstentions, nonVoting = "non_voting", absent }
        }
        struct Vote: Encodable {
            let name: String, group: String, position: String, byProxy: Bool
            enum CodingKeys: String, CodingKey { case name, group, position, byProxy = "by_proxy" }
        }
        let uid: String, number: Int, date: String, result: String, title: String
        let voters: Int, seats: Int, `for`: Int, against: Int, abstentions: Int, nonVoting: Int, required: Int
        let groups: [Group]?
        let votes: [Vote]?
        let source: [String: String]?
        enum CodingKeys: String, CodingKey {
            case uid, number, date, result, title, voters, seats, `for`, against, abstentions, nonVoting = "non_voting", required, groups, votes, source
        }
    }

    func run() throws {
        let database = try store.openPopulated()
        let reports = try references.map { reference -> BallotReport in
            let stored = try database.ballot(reference, legislature: legislature)
            return BallotReport(record: stored.record, groups: stored.groups, deputies: stored.deputies, source: stored.source)
        }
        if format.format == .html || output?.lowercased().hasSuffix(".html") == true {
            let html = Console.stamped(page: BallotListPage(inputs: reports.map(\.pageInput), title: title).html())
            if let output {
                try OutputFile.write(html, to: output)
                Console.status("Wrote \(output) (\(reports.count) ballot\(reports.count == 1 ? "" : "s")).")
            } else {
                Console.output.write(html)
            }
            return
        }

        let sections = section.isEmpty ? [BallotSection.summary] : section
        let document = BallotSectionsDocument.document(reports, sections: sections)
        let payload = reports.map { Self.json($0, sections: sections) }
        guard let output else {
            try format.emit(document, json: payload, title: "Ballots")
            return
        }
        // Render into a buffer, then write the file.
        let sink = Console.output.collectingCopy()
        try Console.$output.withValue(sink) { try format.emit(document, json: payload, title: "Ballots") }
        try OutputFile.write(sink.text, to: output)
        Console.status("Wrote \(output).")
    }

    static func json(_ report: BallotReport, sections: [BallotSection]) -> BallotJSON {
        let b = report.ballot
        let positions = Set(sections.compactMap { section -> String? in
            switch section {
            case .for: return "for"
            case .against: return "against"
            case .abstention: return "abstention"
            case .nonVoting: return "non_voting"
            default: return nil
            }
        })
        let votes = report.votes.map { Vote(name: $0.name, group: $0.groupAbbreviation, position: Self.key($0.position), byProxy: $0.byProxy) }
            .filter { positions.contains($0.position) }
        return BallotJSON(
            uid: b.uid, number: b.number, date: b.date.description, result: b.result.rawValue, title: b.title,
            voters: b.voters, seats: b.seats, for: b.official.for, against: b.official.against, abstentions: b.official.abstentions,
            nonVoting: b.official.nonVoting, required: b.required,
            groups: sections.contains(.groups) ? report.groups.map {
                .init(abbreviation: $0.abbreviation, name: $0.name, members: $0.members, for: $0.tally.for, against: $0.tally.against,
                      abstentions: $0.tally.abstentions, nonVoting: $0.tally.nonVoting, absent: $0.absent)
            } : nil,
            votes: positions.isEmpty ? nil : votes,
            source: sections.contains(.source) ? [
                "ballot_uid": b.uid, "dump_file": (report.source.dump as NSString).lastPathComponent, "entry": report.source.entry,
                "entry_sha256": report.source.entrySHA256, "official_url": report.officialURL,
            ] : nil)
    }

    private typealias Vote = BallotJSON.Vote

    /// The stable JSON key of a position.
    static func key(_ position: VotePosition) -> String {
        switch position {
        case .for: return "for"
        case .against: return "against"
        case .abstention: return "abstention"
        case .nonVoting: return "non_voting"
        }
    }
}

import HemicycleModel
