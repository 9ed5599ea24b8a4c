import HemicycleAnalytics
import HemicycleModel

extension DeputyReport {
    /// The deputy's record as a document, in `language` (column keys stay English): identity,
    /// groups over time, figures by legislature (over several), the figures, the rebellions.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let s = fr ? NumberFormatting.narrowNoBreakSpace : ""
        var document = ReportDocument()
        document.heading("\(person.fullName) (\(person.uid))", level: 1)
        document.paragraph(selection.selectionLine(language: language)
            + (fr ? "\u{202F}; périmètre\(s): \(scope.words(language: language))." : "; scope: \(scope.words()).")
        )
        document.keyValues(identity(language: language))

        var groupsTable = ReportTable(title: fr ? "Groupes successifs (tels que les scrutins les inscrivent)" : "Groups over time (as listed on the ballots)", columns: [
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Du" : "From", key: "from"), .init(fr ? "Au" : "To", key: "to"),
            .init(fr ? "Scrutins" : "Ballots", key: "ballots", alignment: .right),
        ])
        for span in spans { groupsTable.append([selection.groupLabel(span.group), span.from.description, span.to.description, "\(span.ballots)"]) }
        if !spans.isEmpty { document.table(groupsTable) }

        if legislatures.count > 1 {
            var table = ReportTable(title: fr ? "Par législature" : "By legislature", columns: [
                .init(fr ? "Législature" : "Legislature", key: "legislature"),
                .init(fr ? "Scrutins en mandat" : "Ballots in office", key: "ballots_in_office", alignment: .right),
                .init("Participation", key: "participation", alignment: .right), .init(fr ? "Loyauté" : "Loyalty", key: "loyalty", alignment: .right),
                .init(fr ? "Votes dissidents" : "Rebellions", key: "rebellions", alignment: .right),
            ])
            for l in legislatures {
                table.append([fr ? "\(l.legislature)e" : NumberFormatting.englishOrdinal(l.legislature), "\(l.ballotsInOffice)",
                              RateText.cell(l.participation, explain: explain, language: language),
                              RateText.cell(l.loyalty, explain: explain, language: language), "\(l.rebellions)"])
            }
            table.footnote = fr ? "Les chiffres ci-dessous portent sur toutes les législatures sélectionnées." : "The figures below are over every legislature selected."
            document.table(table)
        }
        document.keyValues(figures(language: language))
        if !rebellions.isEmpty { document.table(rebellionTable(language: language)) }
        return document
    }

    /// Civility, birth, profession, seat periods and latest group.
    private func identity(language: NumberFormatting.Language) -> [ReportDocument.KeyValue] {
        let fr = language == .french
        var identity: [ReportDocument.KeyValue] = []
        if let civility = person.civility { identity.append(.init(fr ? "Civilité" : "Civility", civility)) }
        if let birth = person.birthDate { identity.append(.init(fr ? "Naissance" : "Born", birth.description + (person.birthPlace.map { ", \($0)" } ?? ""))) }
        if let profession = person.profession, !profession.isEmpty { identity.append(.init("Profession", profession)) }
        let periods = seats.map { period -> String in
            guard fr else { return "\(period.start?.description ?? "…") to \(period.end?.description ?? "today")" }
            switch (period.start, period.end) {
            case (let start?, let end?): return "du \(start) au \(end)"
            case (let start?, nil): return "depuis le \(start)"
            case (nil, let end?): return "jusqu’au \(end)"
            case (nil, nil): return "…"
            }
        }
        identity.append(.init(fr ? "Siège" : "Seat", seats.isEmpty
            ? (fr ? "aucun mandat connu (période tirée des scrutins)" : "no seat mandate known (period taken from the ballots)")
            : periods.joined(separator: fr ? "\u{202F}; " : "; ")))
        if let latest = spans.last {
            identity.append(.init(fr ? "Groupe (dernier scrutin)" : "Group (latest ballot)", "\(selection.groupLabel(latest.group)) — \(selection.groupName(latest.group))"))
        }
        return identity
    }

    /// The figures over the whole selection.
    private func figures(language: NumberFormatting.Language) -> [ReportDocument.KeyValue] {
        let fr = language == .french
        let s = fr ? NumberFormatting.narrowNoBreakSpace : ""
        let positions = participation?.positions ?? Tally()
        let rate = participationRate
        func cell(_ rate: Rate, explain: Bool) -> String { RateText.cell(rate, explain: explain, language: language) }
        let otherLine = fr ? "position \(groupLine.other.words(language: language))" : "\(groupLine.other.rawValue) line"
        let loyaltyOther = otherLoyalty.flatMap { $0.loyalty != loyalty?.loyalty ? " (\(otherLine)\(s): \(cell($0.loyalty, explain: true)))" : nil } ?? ""
        let rebellionsOther = otherLoyalty.flatMap { $0.rebellions.count != rebellions.count ? " (\(otherLine)\(s): \($0.rebellions.count))" : nil } ?? ""
        let loyaltyCell = (loyalty.map { cell($0.loyalty, explain: explain) } ?? "–") + loyaltyOther
        let nonVoting = Self.listedNonVoting(rate)
        let inPerson = participation?.inPerson ?? 0, byProxy = participation?.byProxy ?? 0, absences = participation?.absences ?? 0
        var figures: [ReportDocument.KeyValue]
        if fr {
            figures = [
                .init("Scrutins pendant le mandat", "\(ballotsInOffice) (dans le périmètre, en mandat)"),
                .init("Votes exprimés", "\(positions.voters)\(s): \(positions.for) pour, \(positions.against) contre, \(positions.abstentions) abstentions"),
                .init("Inscrit non-votant", "\(nonVoting) (présidence de séance\(s): \(rate.excluded(.presiding)), gouvernement\(s): \(rate.excluded(.governmentMember)), autre\(s): \(rate.excluded(.otherNonVoting)))"),
                .init("Participation", cell(rate, explain: explain)),
                .init("En personne / par délégation", "\(inPerson) / \(byProxy) (part des délégations \(cell(proxyShare, explain: explain)))"),
                .init("Absences", "\(absences)"),
                .init("Loyauté à la position du groupe", loyaltyCell),
                .init("Votes dissidents", "\(rebellions.count)" + rebellionsOther),
            ]
        } else {
            figures = [
                .init("Ballots held during the mandate", "\(ballotsInOffice) (in scope, while in office)"),
                .init("Votes cast", "\(positions.voters): \(positions.for) for, \(positions.against) against, \(positions.abstentions) abstentions"),
                .init("Listed non-voting", "\(nonVoting) (presiding: \(rate.excluded(.presiding)), government: \(rate.excluded(.governmentMember)), other: \(rate.excluded(.otherNonVoting)))"),
                .init("Participation", cell(rate, explain: explain)),
                .init("In person / by proxy", "\(inPerson) / \(byProxy) (proxy share \(cell(proxyShare, explain: explain)))"),
                .init("Absences", "\(absences)"),
                .init("Loyalty to the group line", loyaltyCell),
                .init("Rebellions", "\(rebellions.count)" + rebellionsOther),
            ]
        }
        if let tied = loyalty?.tiedVotes, tied > 0 {
            // Loyalty's denominator holds them and its numerator does not: say why the two rows
            // above do not add up.
            figures.append(fr ? .init("Votes où le groupe était partagé à égalité", "\(tied) (comptés dans la loyauté sans la suivre\(s); pas des votes dissidents)")
                : .init("Votes where the group was tied", "\(tied) (compared for loyalty without following it; not rebellions)"))
        }
        let note = fr ? "Remarque" : "Note"
        if participation?.seatPeriodsInferred == true {
            figures.append(.init(note, fr ? "aucun mandat connu\u{202F}: en mandat du premier au dernier scrutin où le nom figure"
                : "no seat mandate known: in office from the first to the last listed ballot"))
        }
        if let outside = participation?.listedOutsideSeatPeriods, outside > 0 {
            figures.append(.init(note, fr ? "inscrit à \(outside) scrutin(s) hors des périodes de mandat connues (comptés en mandat)"
                : "listed on \(outside) ballot(s) outside the known seat periods (counted as in office)"))
        }
        return figures
    }

    /// The rebellions, one row each; ballots of several legislatures are named 16:1274 (a number
    /// alone would name two ballots).
    private func rebellionTable(language: NumberFormatting.Language) -> ReportTable {
        let fr = language == .french
        func label(_ position: VotePosition?) -> String? { position.map { fr ? $0.frenchLabel : $0.label } }
        let naming = BallotNaming(rebellionBallots)
        var table = ReportTable(title: fr ? "Votes dissidents (contre la position \(groupLine.words(language: language)) du groupe)"
                                    : "Rebellions (votes against the group's \(groupLine.rawValue) line)", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Vote", key: "position"),
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Position du groupe" : "Group line", key: "group_position"),
            .init(fr ? "Titre" : "Title", key: "title"),
        ])
        for (r, ballot) in zip(rebellions, rebellionBallots) {
            var line = label(VotePosition(rawValue: r.groupPosition)) ?? r.groupPosition
            if explain, let other = otherLines[r.uid], other?.rawValue ?? "" != r.groupPosition {
                line += " (\(fr ? groupLine.other.words(language: language) : groupLine.other.rawValue)\(fr ? NumberFormatting.narrowNoBreakSpace : ""): \(label(other) ?? (fr ? "aucune" : "none")))"
            }
            table.append([naming.cell(ballot), r.date, label(VotePosition(rawValue: r.position)) ?? r.position, r.group, line, r.title])
        }
        return table
    }
}
