import HemicycleAnalytics
import HemicycleModel

/// What could have changed a ballot's result (`hemicycle whatif`): its margin, the absentees who
/// could have flipped it, the full-house projection and the pivotal groups, with the assumptions
/// stated; as a document and as JSON.
public struct WhatIfReport: Sendable {
    /// The assumptions of the projection, printed with it (English, also in JSON).
    public static let assumptions = [
        "figures are the published counts (syntheseVote and each group's decompteVoix); corrections (mises au point) do not change them",
        "deputies who voted keep their votes; deputies listed non-voting stay non-voting",
        "an absent member (not listed at all) who votes takes their group's line: the position most of its voting members took (a tie goes to for, then against)",
        "a group none of whose members voted has no line and keeps its absentees absent",
        "abstentions do not count under the majority of votes cast; a tie rejects",
    ]

    /// The assumptions in French.
    public static let frenchAssumptions = [
        "les chiffres sont les décomptes publiés (syntheseVote et le decompteVoix de chaque groupe)\u{202F}; les mises au point ne les changent pas",
        "les députés qui ont voté gardent leur vote\u{202F}; les non-votants restent non-votants",
        "un membre absent (qui ne figure sur aucune liste) qui vote suit la position de son groupe\u{202F}: celle de la plupart de ses votants (à égalité, pour, puis contre)",
        "un groupe dont aucun membre n’a voté n’a pas de position et ses absents restent absents",
        "les abstentions ne comptent pas à la majorité des suffrages exprimés\u{202F}; l’égalité vaut rejet",
    ]

    /// One group in JSON.
    public struct GroupRow: Encodable, Sendable {
        public let group_id: String
        public let group: String
        public let members: Int
        public let line: String?
        public let absent: Int
        public let needed_to_flip: Int?
        public let absentees_would_flip: Bool
        public let pivotal: Bool
    }

    /// The JSON of `hemicycle whatif`.
    public struct Payload: Encodable, Sendable {
        public let uid: String
        public let number: Int
        public let date: String
        public let title: String
        public let rule: String
        public let required: Int
        public let adopted: Bool
        public let margin: Int
        public let votes_to_flip: Int?
        public let full_house: [String: Int]
        public let full_house_adopts: Bool
        public let full_house_flips: Bool
        public let pivotal_groups: [String]
        public let groups: [GroupRow]
        public let assumptions: [String]
    }

    /// The ballot.
    public let ballot: Ballot
    /// The projection (``HemicycleAnalytics/BallotWhatIf``).
    public let whatIf: BallotWhatIf
    /// The published group counts, in the order of ``BallotWhatIf/groups``.
    public let published: [GroupVote]
    /// Group labels by id, as the ballot report spells them (``HemicycleModel/Body/label``: `EcoS`, `Dem`).
    public let groupLabels: [String: String]

    /// The projection of `record`, its groups named from `groups` (bodies by id).
    public init(record: BallotRecord, groups: [String: Body]) {
        ballot = record.ballot
        whatIf = BallotWhatIf(ballot: record.ballot, groups: record.groups)
        published = record.groups
        groupLabels = groups.mapValues(\.label)
    }

    private func name(_ id: String) -> String { groupLabels[id] ?? id }

    /// Votes needed under the rule (`required`) and the rule in words.
    private func rule(_ language: NumberFormatting.Language) -> (text: String, required: Int) {
        let fr = language == .french
        switch whatIf.rule {
        case .majorityOfExpressed:
            return (fr ? "majorité des suffrages exprimés (pour > contre)" : "majority of votes cast (for > against)", whatIf.rule.requiredFor(ballot.official))
        case .fixedThreshold(let n):
            return (fr ? "seuil fixe\u{202F}: \(n) voix pour" : "fixed threshold: \(n) votes for", n)
        }
    }

    /// The fewest absentees of a group voting its line that flip the result, a count of deputies;
    /// nil when the line cannot flip it (an abstention, or a line on the winning side).
    public static func neededToFlip(line: VotePosition?, whatIf: BallotWhatIf) -> Int? {
        guard let line, let votes = whatIf.votesToFlip else { return nil }
        switch (whatIf.rule, whatIf.adopted, line) {
        case (.majorityOfExpressed, true, .against), (_, false, .for): return votes
        default: return nil
        }
    }

    /// The page title in `language`: "What if — ballot 773" / "Et si — scrutin 773".
    public func title(language: NumberFormatting.Language) -> String {
        language == .french ? "Et si — scrutin \(ballot.number)" : "What if — ballot \(ballot.number)"
    }

    /// The projection as a document in `language` (keys stay English).
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let (ruleText, required) = rule(language)
        let o = ballot.official
        let result = { (adopted: Bool) in fr ? (adopted ? "adopté" : "rejeté") : (adopted ? "adopted" : "rejected") }
        let colon = fr ? "\u{202F}: " : ": "
        let full = whatIf.fullHouse
        var document = ReportDocument()
        document.heading(fr ? "Et si — scrutin n° \(ballot.number) (\(ballot.date))" : "What if — ballot n° \(ballot.number) (\(ballot.date))", level: 1)
        document.paragraph(ballot.title)
        let flip = whatIf.votesToFlip.map { fr ? "\($0) voix \(whatIf.adopted ? "contre" : "pour") de plus" : "\($0) more \(whatIf.adopted ? "against" : "for")" }
            ?? (fr ? "aucun nombre (les voix contre ne comptent pas sous un seuil fixe)" : "none can (votes against do not count under a fixed threshold)")
        let margin = whatIf.rule == .majorityOfExpressed
            ? (fr ? "\(whatIf.margin) (pour − contre)" : "\(whatIf.margin) (for − against)")
            : (fr ? "\(whatIf.margin) (pour − \(required) requises)" : "\(whatIf.margin) (for − \(required) required)")
        let holds = whatIf.fullHouseFlips ? (fr ? " (le résultat s’inverse)" : " (the result flips)") : (fr ? " (le résultat tient)" : " (the result holds)")
        document.keyValues([
            .init(fr ? "Résultat" : "Result", fr ? "\(result(whatIf.adopted))\(colon)\(o.for) pour, \(o.against) contre, \(o.abstentions) abstentions"
                                               : "\(result(whatIf.adopted)): \(o.for) for, \(o.against) against, \(o.abstentions) abstentions"),
            .init(fr ? "Règle" : "Rule", ruleText),
            .init(fr ? "Écart" : "Margin", margin),
            .init(fr ? "Voix pour inverser" : "Votes to flip", flip),
            .init(fr ? "Hémicycle plein" : "Full house", fr
                ? "\(full.for) pour, \(full.against) contre, \(full.abstentions) abstentions → \(result(whatIf.fullHouseAdopts))\(holds)"
                : "\(full.for) for, \(full.against) against, \(full.abstentions) abstentions → \(result(whatIf.fullHouseAdopts))\(holds)"),
            .init(fr ? "Groupes décisifs" : "Pivotal groups", whatIf.pivotalGroups.isEmpty
                ? (fr ? "aucun (les voix d’aucun groupe seul n’ont décidé)" : "none (no single group's votes decided it)")
                : whatIf.pivotalGroups.map(name).joined(separator: ", ")),
        ])
        var table = ReportTable(title: fr ? "Par groupe" : "By group", columns: [
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Membres" : "Members", key: "members", alignment: .right),
            .init(fr ? "Position" : "Line", key: "line"), .init(fr ? "Absents" : "Absent", key: "absent", alignment: .right),
            .init(fr ? "Voix pour inverser" : "Needed to flip", key: "needed_to_flip", alignment: .right),
            .init(fr ? "Les absents inversent" : "Absentees flip", key: "absentees_would_flip"), .init(fr ? "Décisif" : "Pivotal", key: "pivotal"),
        ])
        let yes = fr ? "oui" : "yes", no = fr ? "non" : "no"
        for (g, published) in zip(whatIf.groups, published) {
            let needed = Self.neededToFlip(line: g.line, whatIf: whatIf)
            table.append([name(g.groupID), "\(published.members)", g.line.map { fr ? $0.frenchLabel : $0.label } ?? "—", "\(g.absent)",
                          needed.map(String.init) ?? "—", g.absenteesWouldFlip ? yes : no, g.pivotal ? yes : no])
        }
        document.table(table)
        document.heading(fr ? "Hypothèses" : "Assumptions", level: 2)
        document.list(fr ? Self.frenchAssumptions : Self.assumptions)
        return document
    }

    /// The projection as JSON (language-independent).
    public var payload: Payload {
        let (ruleText, required) = rule(.english)
        let full = whatIf.fullHouse
        let rows = zip(whatIf.groups, published).map { g, published in
            GroupRow(group_id: g.groupID, group: name(g.groupID), members: published.members, line: g.line?.rawValue, absent: g.absent,
                     needed_to_flip: Self.neededToFlip(line: g.line, whatIf: whatIf), absentees_would_flip: g.absenteesWouldFlip, pivotal: g.pivotal)
        }
        return Payload(
            uid: ballot.uid, number: ballot.number, date: ballot.date.description, title: ballot.title, rule: ruleText, required: required,
            adopted: whatIf.adopted, margin: whatIf.margin, votes_to_flip: whatIf.votesToFlip,
            full_house: ["for": full.for, "against": full.against, "abstentions": full.abstentions], full_house_adopts: whatIf.fullHouseAdopts,
            full_house_flips: whatIf.fullHouseFlips, pivotal_groups: whatIf.pivotalGroups.map(name), groups: rows, assumptions: Self.assumptions)
    }
}
