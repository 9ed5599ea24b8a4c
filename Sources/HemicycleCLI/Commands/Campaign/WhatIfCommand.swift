import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle whatif N`
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "How close a ballot was: its margin, what each group's absentees could have changed, the full-house projection, the pivotal groups.",
        discussion: """
            Computed from the published counts, under the ballot's adoption rule (majority of votes cast, or a \
            fixed threshold for a motion of censure). Assumptions, printed with the result: deputies who voted \
            keep their votes; deputies listed non-voting stay non-voting; an absent member "follows the line" by \
            taking their group's line (the position most of its voting members took, README.md "Methods"); a group \
            none of whose members voted keeps its absentees absent.

            Examples:
              hemicycle whatif 773
              hemicycle whatif VTANR5L17V519 --format json
            """
    )

    @OptionGroup var ballot: BallotReferenceOptions

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    static let assumptions = [
        "figures are the published counts (syntheseVote and each group's decompteVoix); corrections (mises au point) do not change them",
        "deputies who voted keep their votes; deputies listed non-voting stay non-voting",
        "an absent member (not listed at all) who votes takes their group's line: the position most of its voting members took (a tie goes to for, then against)",
        "a group none of whose members voted has no line and keeps its absentees absent",
        "abstentions do not count under the majority of votes cast; a tie rejects",
    ]

    struct GroupRow: Encodable {
        let group_id: String
        let group: String
        let members: Int
        let line: String?
        let absent: Int
        let needed_to_flip: Int?
        let absentees_would_flip: Bool
        let pivotal: Bool
    }
    struct Payload: Encodable {
        let uid: String
        let number: Int
        let date: String
        let title: String
        let rule: String
        let required: Int
        let adopted: Bool
        let margin: Int
        let votes_to_flip: Int?
        let full_house: [String: Int]
        let full_house_adopts: Bool
        let full_house_flips: Bool
        let pivotal_groups: [String]
        let groups: [GroupRow]
        let assumptions: [String]
    }

    /// The fewest absentees of a group voting its line that flip the result, a count of deputies;
    /// nil when the line cannot flip it (an abstention, or a line on the winning side).
    static func neededToFlip(line: VotePosition?, whatIf: BallotWhatIf) -> Int? {
        guard let line, let votes = whatIf.votesToFlip else { return nil }
        switch (whatIf.rule, whatIf.adopted, line) {
        case (.majorityOfExpressed, true, .against), (_, false, .for): return votes
        default: return nil
        }
    }

    func run() throws {
        let database = try store.openPopulated()
        let stored = try ballot.stored(in: database)
        let ballot = stored.ballot
        let whatIf = BallotWhatIf(ballot: ballot, groups: stored.record.groups)
        let ruleText: String, required: Int
        switch whatIf.rule {
        case .majorityOfExpressed:
            ruleText = "majority of votes cast (for > against)"
            required = whatIf.rule.requiredFor(ballot.official)
        case .fixedThreshold(let n):
            ruleText = "fixed threshold: \(n) votes for"
            required = n
        }
        let name: (String) -> String = { stored.groups[$0]?.abbreviation ?? stored.groups[$0]?.name ?? $0 }
        var document = ReportDocument()
        document.heading("What if — ballot n° \(ballot.number) (\(ballot.date))", level: 1)
        document.paragraph(ballot.title)
        let full = whatIf.fullHouse
        document.keyValues([
            .init("Result", "\(whatIf.adopted ? "adopted" : "rejected"): \(ballot.official.for) for, \(ballot.official.against) against, \(ballot.official.abstentions) abstentions"),
            .init("Rule", ruleText),
            .init("Margin", whatIf.rule == .majorityOfExpressed ? "\(whatIf.margin) (for − against)" : "\(whatIf.margin) (for − \(required) required)"),
            .init("Votes to flip", whatIf.votesToFlip.map { "\($0) more \(whatIf.adopted ? "against" : "for")" } ?? "none can (votes against do not count under a fixed threshold)"),
            .init("Full house", "\(full.for) for, \(full.against) against, \(full.abstentions) abstentions → \(whatIf.fullHouseAdopts ? "adopted" : "rejected")\(whatIf.fullHouseFlips ? " (the result flips)" : " (the result holds)")"),
            .init("Pivotal groups", whatIf.pivotalGroups.isEmpty ? "none (no single group's votes decided it)" : whatIf.pivotalGroups.map(name).joined(separator: ", ")),
        ])
        var table = ReportTable(title: "By group", columns: [
            .init("Group", key: "group"), .init("Members", key: "members", alignment: .right), .init("Line", key: "line"),
            .init("Absent", key: "absent", alignment: .right), .init("Needed to flip", key: "needed_to_flip", alignment: .right),
            .init("Absentees flip", key: "absentees_would_flip"), .init("Pivotal", key: "pivotal"),
        ])
        var rows: [GroupRow] = []
        for (g, published) in zip(whatIf.groups, stored.record.groups) {
            let needed = Self.neededToFlip(line: g.line, whatIf: whatIf)
            table.append([name(g.groupID), "\(published.members)", g.line?.label ?? "—", "\(g.absent)", needed.map(String.init) ?? "—",
                          g.absenteesWouldFlip ? "yes" : "no", g.pivotal ? "yes" : "no"])
            rows.append(GroupRow(group_id: g.groupID, group: name(g.groupID), members: published.members, line: g.line?.rawValue, absent: g.absent,
                                 needed_to_flip: needed, absentees_would_flip: g.absenteesWouldFlip, pivotal: g.pivotal))
        }
        document.table(table)
        document.heading("Assumptions", level: 2)
        document.list(Self.assumptions)
        try output.emit(document, json: Payload(
            uid: ballot.uid, number: ballot.number, date: ballot.date.description, title: ballot.title, rule: ruleText, required: required,
            adopted: whatIf.adopted, margin: whatIf.margin, votes_to_flip: whatIf.votesToFlip,
            full_house: ["for": full.for, "against": full.against, "abstentions": full.abstentions], full_house_adopts: whatIf.fullHouseAdopts,
            full_house_flips: whatIf.fullHouseFlips, pivotal_groups: whatIf.pivotalGroups.map(name), groups: rows, assumptions: Self.assumptions
        ), title: "What if — ballot \(ballot.number)")
    }
}
