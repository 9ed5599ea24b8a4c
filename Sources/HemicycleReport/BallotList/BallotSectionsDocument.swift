import Foundation
import HemicycleAnalytics
import HemicycleModel

/// The chosen sections of one or more ballot reports as one document: the summary as one table
/// (a row per ballot), the other sections per ballot under a heading.
public enum BallotSectionsDocument {
    /// The document of `sections` (in the order given) for `reports`, in `language` (keys stay English).
    public static func document(_ reports: [BallotReport], sections: [BallotSection], language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let ballot = fr ? "Scrutin" : "Ballot"
        var document = ReportDocument()
        let naming = BallotNaming(reports.map(\.ballot))
        for section in sections {
            if section == .summary {
                document.table(summaryTable(reports, language: language))
                continue
            }
            for report in reports {
                let number = naming.cell(report.ballot)
                switch section {
                case .summary:
                    break
                case .groups:
                    var table = report.groupTable(language: language)
                    table.title = "\(ballot) n° \(number) — \(fr ? "par groupe politique" : "by political group")"
                    document.table(table)
                case .for, .against, .abstention, .nonVoting:
                    if let position = section.position { document.table(namesTable(report, position: position, naming: naming, language: language)) }
                case .corrections:
                    var table = report.correctionTable(language: language)
                    table.title = fr ? "Scrutin n° \(number) — mises au point, qui ne changent pas le résultat"
                                     : "Ballot n° \(number) — corrections (mises au point), which do not change the result"
                    if report.corrections.isEmpty { table.footnote = fr ? "Aucune mise au point." : "No correction." }
                    document.table(table)
                case .source:
                    document.heading("\(ballot) n° \(number) — source", level: 3)
                    document.keyValues(sourcePairs(report, language: language))
                }
            }
        }
        return document
    }

    /// One row per ballot with the official figures.
    public static func summaryTable(_ reports: [BallotReport], language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        var table = ReportTable(columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init(fr ? "Résultat" : "Result", key: "result"),
            .init(fr ? "Votants" : "Voters", key: "voters", alignment: .right), .init(fr ? "Sièges" : "Seats", key: "seats", alignment: .right),
            .init(fr ? "Participation" : "Turnout", key: "turnout", alignment: .right), .init(fr ? "Pour" : "For", key: "for", alignment: .right),
            .init(fr ? "Contre" : "Against", key: "against", alignment: .right), .init("Abst.", key: "abstentions", alignment: .right),
            .init(fr ? "Non-votants" : "Non-voting", key: "non_voting", alignment: .right), .init(fr ? "Majorité requise" : "Required", key: "required", alignment: .right),
            .init(fr ? "Titre" : "Title", key: "title"),
        ])
        let naming = BallotNaming(reports.map(\.ballot))
        for report in reports {
            let b = report.ballot
            table.append([naming.cell(b), b.date.description, LegislationLabels.result(b.result, language), "\(b.voters)", "\(b.seats)",
                          NumberFormatting.percent(BallotTurnout(b).rate.value, language: language),
                          "\(b.official.for)", "\(b.official.against)", "\(b.official.abstentions)", "\(b.official.nonVoting)",
                          "\(b.required)", b.title])
        }
        return table
    }

    /// The deputies in one position, one row per group (groups in the report's order), names
    /// alphabetical; "(proxy)" marks a vote cast by delegation (*délégation*).
    public static func namesTable(_ report: BallotReport, position: VotePosition, naming: BallotNaming? = nil,
                                  language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        let votes = report.votes.filter { $0.position == position }
        let number = (naming ?? BallotNaming([report.ballot])).cell(report.ballot)
        var table = ReportTable(
            title: "\(fr ? "Scrutin" : "Ballot") n° \(number) — \(fr ? position.frenchLabel : position.label) (\(votes.count))",
            columns: [.init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Nombre" : "Count", key: "count", alignment: .right),
                      .init(fr ? "Députés" : "Deputies", key: "deputies")])
        var order = report.groups.map(\.abbreviation)
        for vote in votes where !order.contains(vote.groupAbbreviation) { order.append(vote.groupAbbreviation) }
        for group in order {
            let members = votes.filter { $0.groupAbbreviation == group }
            guard !members.isEmpty else { continue }
            let names = members.map { vote -> String in
                var name = vote.name
                if vote.byProxy { name += fr ? " (par délégation)" : " (proxy)" }
                if position == .nonVoting, let cause = vote.cause { name += " (\(vote.causeKind.map { CauseLabels.label($0, language) } ?? cause))" }
                return name
            }
            table.append([group, "\(members.count)", names.joined(separator: ", ")])
        }
        if votes.isEmpty { table.footnote = fr ? "Personne." : "Nobody." }
        return table
    }

    /// The source as labelled values; the dump by file name only.
    public static func sourcePairs(_ report: BallotReport, language: NumberFormatting.Language = .english) -> [ReportDocument.KeyValue] {
        let fr = language == .french
        return [
            .init(fr ? "Scrutin" : "Ballot", report.ballot.uid),
            .init(fr ? "Fichier open data" : "Open-data file", (report.source.dump as NSString).lastPathComponent),
            .init(fr ? "Entrée" : "Entry", report.source.entry),
            .init(fr ? "SHA-256 de l’entrée" : "Entry SHA-256", report.source.entrySHA256),
            .init(fr ? "Page officielle" : "Official page", report.officialURL),
        ]
    }
}
