import HemicycleAnalytics
import HemicycleModel

extension TurnoutReport {
    /// The distributions, the low-turnout count and the lowest adopted ballots, in `language`
    /// (column keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let s = fr ? NumberFormatting.narrowNoBreakSpace : ""
        func cell(_ rate: Rate) -> String { RateText.cell(rate, explain: explain, language: language) }
        var document = ReportDocument()
        let selectionLine = selection.selectionLine(language: language)
        if fr {
            document.heading("Participation aux scrutins — \(selectionLine)", level: 1)
            document.paragraph("Participation = votants (pour + contre + abstentions, \(recounted ? "recomptés sur les listes nominatives" : "tels que publiés")) / sièges (577). Quantiles\(s): Hyndman et Fan, type 7.")
        } else {
            document.heading("Turnout — \(selectionLine)", level: 1)
            document.paragraph("Turnout = voters (for + against + abstentions, \(recounted ? "recounted from the named lists" : "as published")) / seats (577). Quantiles: Hyndman & Fan type 7.")
        }
        func distributionTable(_ title: String, ofSitting: Bool) -> ReportTable {
            var table = ReportTable(title: title, columns: [
                .init(fr ? "Par" : "By", key: "dimension"), .init(fr ? "Valeur" : "Value", key: "value"),
                .init(fr ? "Scrutins" : "Ballots", key: "ballots", alignment: .right),
                .init("Min", key: "min", alignment: .right), .init("Q1", key: "lower_quartile", alignment: .right),
                .init(fr ? "Médiane" : "Median", key: "median", alignment: .right), .init(fr ? "Moyenne" : "Mean", key: "mean", alignment: .right),
                .init("Q3", key: "upper_quartile", alignment: .right), .init("Max", key: "max", alignment: .right),
            ])
            for row in distributionRows(ofSitting: ofSitting, language: language) {
                let d = row.distribution
                table.append([row.dimension, row.value, "\(d.count)"]
                    + [d.min, d.lowerQuartile, d.median, d.mean, d.upperQuartile, d.max].map { NumberFormatting.percent($0, language: language) })
            }
            return table
        }
        document.table(distributionTable(fr ? "Distribution de la participation sur les scrutins" : "Distribution of turnout over ballots", ofSitting: false))

        let range = sitting.sittingRange.map { r in r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound) \(fr ? "à" : "to") \(r.upperBound)" } ?? "–"
        let sittingTable = distributionTable(fr ? "Participation des députés en fonction (sièges pourvus ce jour-là\(s): \(range))"
                                                : "Turnout over sitting deputies (seats held that day: \(range))", ofSitting: true)
        if !sittingTable.rows.isEmpty { document.table(sittingTable) }
        if explain { document.paragraph(fr ? Self.frenchSittingMethod : Self.sittingMethod) }

        let share = summary.lowTurnoutBallots
        let below = summary.lowTurnoutThreshold
        let count = NumberFormatting.integer(Int(share.numerator), language: language)
        let total = NumberFormatting.integer(share.denominator, language: language)
        document.paragraph(fr ? "Scrutins de moins de \(below) votants\(s): \(count) sur \(total) (\(cell(share)))."
                              : "Ballots with fewer than \(below) voters: \(count) of \(total) (\(cell(share))).")

        var lowestTable = ReportTable(title: fr ? "Scrutins adoptés à la plus faible participation" : "Adopted ballots with the lowest turnout", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Type", key: "type"),
            .init(fr ? "Votants" : "Voters", key: "voters", alignment: .right), .init(fr ? "Participation" : "Turnout", key: "turnout", alignment: .right),
            .init(fr ? "Des sièges pourvus" : "Of sitting", key: "turnout_of_sitting", alignment: .right), .init(fr ? "Titre" : "Title", key: "title"),
        ])
        for t in summary.lowestTurnoutAdopted {
            let ofSitting = sittingByBallot[t.ballotUID].map { cell($0.rate) } ?? "–"
            lowestTable.append(["\(t.number)", t.date.description, Self.typeWord(t.type, language: language), "\(t.voters)", cell(t.rate),
                                ofSitting, titles[t.ballotUID] ?? ""])
        }
        if !summary.lowestTurnoutAdopted.isEmpty { document.table(lowestTable) }
        return document
    }
}
