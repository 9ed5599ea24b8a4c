import Foundation
import HemicycleAnalytics
import HemicycleModel

/// The chosen sections of one or more ballot reports as one document: the summary as one table
/// (a row per ballot), the other sections per ballot under a heading.
public enum BallotSectionsDocument {
    /// The document of `sections` (in the order given) for `reports`.
    public static func document(_ reports: [BallotReport], sections: [BallotSection]) -> ReportDocument {
        var document = ReportDocument()
        let naming = BallotNaming(reports.map(\.ballot))
        for section in sections {
            if section == .summary {
                document.table(summaryTable(reports))
                continue
            }
            for report in reports {
                let number = naming.cell(report.ballot)
                switch section {
                case .summary:
                    break
                case .groups:
                    var table = report.groupTable()
                    table.title = "Ballot n° \(number) — by political group"
                    document.table(table)
                case .for, .against, .abstention, .nonVoting:
                    if let position = section.position { document.table(namesTable(report, position: position, naming: naming)) }
                case .corrections:
                    var table = report.correctionTable()
                    table.title = "Ballot n° \(number) — corrections (mises au point), which do not change the result"
                    if report.corrections.isEmpty { table.footnote = "No correction." }
                    document.table(table)
                case .source:
                    document.heading("Ballot n° \(number) — source", level: 3)
                    document.keyValues(sourcePairs(report))
                }
            }
        }
        return document
    }

    /// One row per ballot with the official figures.
    public static func summaryTable(_ reports: [BallotReport]) -> ReportTable {
        var table = ReportTable(columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Result", key: "result"),
            .init("Voters", key: "voters", alignment: .right), .init("Seats", key: "seats", alignment: .right),
            .init("Turnout", key: "turnout", alignment: .right), .init("For", key: "for", alignment: .right),
            .init("Against", key: "against", alignment: .right), .init("Abst.", key: "abstentions", alignment: .right),
            .init("Non-voting", key: "non_voting", alignment: .right), .init("Required", key: "required", alignment: .right),
            .init("Title", key: "title"),
        ])
        let naming = BallotNaming(reports.map(\.ballot))
        for report in reports {
            let b = report.ballot
            table.append([naming.cell(b), b.date.description, b.result.rawValue, "\(b.voters)", "\(b.seats)", NumberFormatting.percent(BallotTurnout(b).rate.value, language: .english),
                          "\(b.official.for)", "\(b.official.against)", "\(b.official.abstentions)", "\(b.official.nonVoting)",
                          "\(b.required)", b.title])
        }
        return table
    }

    /// The deputies in one position, one row per group (groups in the report's order), names
    /// alphabetical; "(proxy)" marks a vote cast by delegation (*délégation*).
    public static func namesTable(_ report: BallotReport, position: VotePosition, naming: BallotNaming? = nil) -> ReportTable {
        let votes = report.votes.filter { $0.position == position }
        let number = (naming ?? BallotNaming([report.ballot])).cell(report.ballot)
        var table = ReportTable(
            title: "Ballot n° \(number) — \(position.label) (\(votes.count))",
            columns: [.init("Group", key: "group"), .init("Count", key: "count", alignment: .right), .init("Deputies", key: "deputies")])
        var order = report.groups.map(\.abbreviation)
        for vote in votes where !order.contains(vote.groupAbbreviation) { order.append(vote.groupAbbreviation) }
        for group in order {
            let members = votes.filter { $0.groupAbbreviation == group }
            guard !members.isEmpty else { continue }
            let names = members.map { vote -> String in
                var name = vote.name
                if vote.byProxy { name += " (proxy)" }
                if position == .nonVoting, let cause = vote.cause { name += " (\(cause))" }
                return name
            }
            table.append([group, "\(members.count)", names.joined(separator: ", ")])
        }
        if votes.isEmpty { table.footnote = "Nobody." }
        return table
    }

    /// The source as labelled values; the dump by file name only.
    public static func sourcePairs(_ report: BallotReport) -> [ReportDocument.KeyValue] {
        [
            .init("Ballot", report.ballot.uid),
            .init("Open-data file", (report.source.dump as NSString).lastPathComponent),
            .init("Entry", report.source.entry),
            .init("Entry SHA-256", report.source.entrySHA256),
            .init("Official page", report.officialURL),
        ]
    }
}
