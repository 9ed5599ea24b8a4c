import Foundation
import HemicycleModel

/// The JSON of one ballot in `hemicycle report`: the summary figures, and the sections asked for
/// (groups, the deputies of the positions chosen, the source), with stable snake_case keys.
public struct BallotSectionsJSON: Encodable, Sendable {
    /// One group's published counts.
    public struct Group: Encodable, Sendable {
        let abbreviation: String, name: String, members: Int, `for`: Int, against: Int, abstentions: Int, nonVoting: Int, absent: Int
    }
    /// One named vote.
    public struct Vote: Encodable, Sendable {
        let name: String, group: String, position: String, byProxy: Bool
    }
    let uid: String, number: Int, date: String, result: String, title: String
    let voters: Int, seats: Int, `for`: Int, against: Int, abstentions: Int, nonVoting: Int, required: Int
    let groups: [Group]?
    let votes: [Vote]?
    let source: [String: String]?

    /// The JSON of `report` with `sections`: groups with `.groups`, the votes of each position
    /// section, the source with `.source`.
    public init(_ report: BallotReport, sections: [BallotSection]) {
        let b = report.ballot
        let positions = Set(sections.compactMap { $0.position?.rawValue })
        let votes = report.votes.map { Vote(name: $0.name, group: $0.groupAbbreviation, position: $0.position.rawValue, byProxy: $0.byProxy) }
            .filter { positions.contains($0.position) }
        (uid, number, date, result, title) = (b.uid, b.number, b.date.description, b.result.rawValue, b.title)
        (voters, seats, `for`, against, abstentions, nonVoting, required) =
            (b.voters, b.seats, b.official.for, b.official.against, b.official.abstentions, b.official.nonVoting, b.required)
        groups = sections.contains(.groups) ? report.groups.map {
            Group(abbreviation: $0.abbreviation, name: $0.name, members: $0.members, for: $0.tally.for, against: $0.tally.against,
                  abstentions: $0.tally.abstentions, nonVoting: $0.tally.nonVoting, absent: $0.absent)
        } : nil
        self.votes = positions.isEmpty ? nil : votes
        source = sections.contains(.source) ? [
            "ballot_uid": b.uid, "dump_file": (report.source.dump as NSString).lastPathComponent, "entry": report.source.entry,
            "entry_sha256": report.source.entrySHA256, "official_url": report.officialURL,
        ] : nil
    }
}
