import HemicycleAnalytics
import HemicycleModel

/// Everything `hemicycle ballot` shows about one ballot, computed once from the stored record and
/// then rendered in any format. Figures are the official ones; corrections are listed beside them.
public struct BallotReport: Sendable {
    /// One row of the table by political group.
    public struct GroupRow: Sendable, Hashable {
        /// The group's body id (`PO845401`), or `PO0` when it could not be recovered.
        public var id: String
        /// Short label (`RN`), or the id when the group is unknown to the store.
        public var abbreviation: String
        /// Full name, or "unknown group" when missing from the store.
        public var name: String
        /// Colour associated by the Assemblée (`#313567`), if any.
        public var color: String?
        /// Members of the group that day (a count of deputies).
        public var members: Int
        /// The group's published counts.
        public var tally: Tally
        /// The group's line, recounted from its counts (``HemicycleAnalytics/GroupLine``): nil
        /// when none of its members voted. The "Majority" column.
        public var line: VotePosition?
        /// The group's majority position (*positionMajoritaire*) as published, even where no
        /// member voted.
        public var publishedLine: VotePosition?
        /// Members not listed at all on this ballot: members − (for + against + abstentions + non-voting).
        public var absent: Int { max(0, members - tally.voters - tally.nonVoting) }
    }

    /// One named deputy's vote.
    public struct VoteRow: Sendable, Hashable {
        public var deputyID: String
        /// "Yaël Braun-Pivet", or "unknown deputy (PA…)" when missing from the store.
        public var name: String
        /// The Assemblée's sort key, for alphabetical order.
        public var sortKey: String
        public var groupID: String
        public var groupAbbreviation: String
        public var position: VotePosition
        public var byProxy: Bool
        /// Why non-voting, if so (presiding, government…).
        public var cause: String?
        /// The published cause, when it is one this library knows (for its label in French).
        public var causeKind: NonVotingCause? = nil
        /// The position this deputy later said they meant, if they made a correction (*mise au point*).
        public var correctedTo: VotePosition?
    }

    /// One correction (*mise au point*).
    public struct CorrectionRow: Sendable, Hashable {
        public var deputyID: String
        public var name: String
        public var groupAbbreviation: String
        /// The recorded position, or nil when the deputy was not listed (absent).
        public var recorded: VotePosition?
        public var intended: VotePosition
        public var kind: Correction.Kind
    }

    public var ballot: Ballot
    public var groups: [GroupRow]
    public var votes: [VoteRow]
    public var corrections: [CorrectionRow]
    public var source: SourceReference
    /// The published counts that the ballot's own file recounts otherwise (usually none): the
    /// published figures stay the official ones, the recount is stated beside them.
    public var discrepancies: [BallotDiscrepancy]

    /// The official page of the ballot on the Assemblée's site.
    public var officialURL: String { ballot.officialPageURL }

    /// Builds the report from the stored record and the bodies and persons it names.
    public init(record: BallotRecord, groups bodies: [String: Body], deputies: [String: Deputy], source: SourceReference) {
        ballot = record.ballot
        self.source = source
        discrepancies = record.discrepancies
        func groupLabel(_ id: String) -> String { bodies[id]?.label ?? id }
        discrepancyGroupLabels = Dictionary(record.groups.map { ($0.publishedGroupRef, groupLabel($0.groupRef)) }, uniquingKeysWith: { a, _ in a })
        groups = record.groups.map { g in
            let body = bodies[g.groupRef]
            return GroupRow(
                id: g.groupRef, abbreviation: body?.label ?? g.groupRef, name: body?.name ?? "unknown group",
                color: body?.color, members: g.members, tally: g.tally, line: g.line(.recounted), publishedLine: g.majorityPosition
            )
        }
        var correctionByDeputy: [String: VotePosition] = [:]
        for c in record.corrections { correctionByDeputy[c.deputyRef] = c.intendedPosition }
        let recorded = Dictionary(record.votes.map { ($0.deputyRef, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> (String, String) {
            guard let d = deputies[id] else { return ("unknown deputy (\(id))", "~\(id)") }
            return (d.fullName, TextFolding.fold("\(d.lastName) \(d.firstName)"))
        }
        votes = record.votes.map { v in
            let (displayName, sortKey) = name(v.deputyRef)
            return VoteRow(
                deputyID: v.deputyRef, name: displayName, sortKey: sortKey, groupID: v.groupRef,
                groupAbbreviation: groupLabel(v.groupRef), position: v.position, byProxy: v.byProxy,
                cause: v.cause?.label ?? v.causeCode, causeKind: v.cause, correctedTo: correctionByDeputy[v.deputyRef]
            )
        }
        .sorted { ($0.position, $0.sortKey) < ($1.position, $1.sortKey) }
        corrections = record.corrections.map { c in
            let vote = recorded[c.deputyRef]
            return CorrectionRow(
                deputyID: c.deputyRef, name: name(c.deputyRef).0,
                groupAbbreviation: vote.map { groupLabel($0.groupRef) } ?? "",
                recorded: vote?.position, intended: c.intendedPosition, kind: c.kind
            )
        }
    }

    /// The summary line: "125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions; 2 non-voting; majority required: 62".
    public var summaryLine: String { Self.summaryLine(of: ballot, language: .english) }

    /// The summary line in `language`.
    ///
    /// English: "125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions; 2 non-voting;
    /// majority required: 62 of 123 votes cast" (plain digits, as it always was).
    /// French: "125 votants sur 577 sièges (21,7 %) — 86 pour, 37 contre, 2 abstentions ; 2 non-votants ;
    /// majorité requise : 62 sur 123 suffrages exprimés", with narrow no-break spaces (U+202F)
    /// between groups of thousands and before `%`, `;` and `:` as French typography wants.
    public func summaryLine(language: NumberFormatting.Language) -> String { Self.summaryLine(of: ballot, language: language) }

    /// The summary line of `ballot` in `language`: the one line the terminal, Markdown and HTML
    /// outputs all print (see ``summaryLine(language:)``).
    public static func summaryLine(of ballot: Ballot, language: NumberFormatting.Language) -> String {
        let o = ballot.official
        switch language {
        case .english:
            var line = "\(ballot.voters) voters of \(ballot.seats) seats (\(NumberFormatting.percent(BallotTurnout(ballot).rate.value, language: .english))) — \(o.for) for, \(o.against) against, \(o.abstentions) abstention\(o.abstentions == 1 ? "" : "s")"
            line += "; \(o.nonVoting) non-voting"
            if ballot.required > 0 { line += "; majority required: \(ballot.required) of \(ballot.expressed) votes cast" }
            return line
        case .french:
            let space = NumberFormatting.narrowNoBreakSpace
            let n = { (value: Int) in NumberFormatting.integer(value, language: .french) }
            // French puts 0 and 1 in the singular ("0 abstention", "1 abstention", "2 abstentions").
            let s = { (value: Int) in value > 1 ? "s" : "" }
            let turnout = NumberFormatting.percent(BallotTurnout(ballot).rate.value, language: .french)
            var line = "\(n(ballot.voters)) votant\(s(ballot.voters)) sur \(n(ballot.seats)) siège\(s(ballot.seats)) (\(turnout)) — \(n(o.for)) pour, \(n(o.against)) contre, \(n(o.abstentions)) abstention\(s(o.abstentions))"
            line += "\(space); \(n(o.nonVoting)) non-votant\(s(o.nonVoting))"
            if ballot.required > 0 {
                line += "\(space); majorité requise\(space): \(n(ballot.required)) sur \(n(ballot.expressed)) suffrage\(s(ballot.expressed)) exprimé\(s(ballot.expressed))"
            }
            return line
        }
    }

    /// The groups' labels by the id their entry was published under, for ``discrepancyLine(language:)``.
    private var discrepancyGroupLabels: [String: String]

    /// One line saying where the ballot's file disagrees with itself, or nil when it does not:
    /// "The Assemblée's file disagrees with itself: group LFI-NUPES publishes 3 against but names 2 (−1);
    /// … The figures above are the published ones, the official figures."
    public func discrepancyLine(language: NumberFormatting.Language) -> String? {
        guard !discrepancies.isEmpty else { return nil }
        let fr = language == .french
        let space = NumberFormatting.narrowNoBreakSpace
        let clauses = discrepancies.map { DiscrepancyWording.clause($0, groupLabel: { discrepancyGroupLabels[$0] ?? $0 }, language: language) }
        return fr
            ? "Le fichier de l’Assemblée se contredit\(space): \(clauses.joined(separator: "\(space); ")). Les chiffres ci-dessus sont les chiffres publiés, qui font foi."
            : "The Assemblée’s file disagrees with itself: \(clauses.joined(separator: "; ")). The figures above are the published ones, the official figures."
    }

    /// A count in a table cell: plain digits in English (the table also feeds the CSV output,
    /// which must stay machine-readable), grouped thousands in French (`12 345`).
    static func count(_ value: Int, _ language: NumberFormatting.Language) -> String {
        language == .french ? NumberFormatting.integer(value, language: .french) : "\(value)"
    }

    /// The type in French: the Assemblée's own label (`scrutin public ordinaire`), else the kind.
    static func frenchType(_ ballot: Ballot) -> String {
        if !ballot.typeLabel.isEmpty { return ballot.typeLabel }
        switch ballot.type {
        case .ordinary: return "scrutin public ordinaire"
        case .solemn: return "scrutin public solennel"
        case .censureMotion: return "motion de censure"
        case .other: return ballot.typeCode
        }
    }

    /// A position's label in `language` (`for` / `pour`).
    static func label(_ position: VotePosition, _ language: NumberFormatting.Language) -> String {
        language == .french ? position.frenchLabel : position.label
    }

    /// The report as a document: header, summary, group table, `context` (what was at stake:
    /// the amendment, the bill and its fate, when known), named votes, corrections, sources.
    ///
    /// `language` sets the headings, labels and number formatting; text from the source (titles,
    /// result labels, `context`) is shown as given.
    public func document(context: [ReportDocument.Block] = [], language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        var doc = ReportDocument()
        doc.heading(
            fr ? "Scrutin n° \(ballot.number) (\(ballot.legislature)e législature) — \(ballot.date)"
               : "Ballot n° \(ballot.number) (\(ballot.legislature)th legislature) — \(ballot.date)",
            level: 1)
        doc.paragraph(ballot.title)
        var header: [ReportDocument.KeyValue] = [
            .init("Date", ballot.date.description),
            .init("Type", fr ? Self.frenchType(ballot) : "\(ballot.type.label) (\(ballot.typeLabel))"),
            .init(fr ? "Résultat" : "Result", ballot.resultLabel.isEmpty ? ballot.result.rawValue : ballot.resultLabel),
            .init(fr ? "Règle de majorité" : "Majority rule", ballot.majorityRule),
        ]
        if !ballot.requesters.isEmpty { header.append(.init(fr ? "Demandé par" : "Requested by", ballot.requesters.joined(separator: "; "))) }
        doc.keyValues(header)
        doc.paragraph(summaryLine(language: language))
        if let discrepancy = discrepancyLine(language: language) { doc.paragraph(discrepancy) }
        doc.table(groupTable(language: language))
        if let lines = publishedLineNote(language: language) { doc.paragraph(lines) }
        doc.blocks += context
        doc.heading(fr ? "Députés par position" : "Deputies by position")
        doc.table(voteTable(language: language))
        if !corrections.isEmpty {
            doc.heading(fr ? "Mises au point — elles ne changent pas le résultat officiel"
                           : "Corrections (mises au point) — they do not change the official result")
            doc.table(correctionTable(language: language))
        }
        doc.heading("Source")
        doc.keyValues([
            .init(fr ? "Scrutin" : "Ballot", ballot.uid),
            .init(fr ? "Fichier" : "Dump", "\(source.dump) [\(source.entry)]"),
            .init("SHA-256", source.entrySHA256),
            .init(fr ? "Page officielle" : "Official page", officialURL),
        ])
        return doc
    }

    /// The table by political group, with a total row. Column keys stay English in every language.
    public func groupTable(language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        let n = { (value: Int) in Self.count(value, language) }
        var table = ReportTable(title: fr ? "Par groupe politique" : "By political group", columns: [
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Membres" : "Members", key: "members", alignment: .right),
            .init(fr ? "Pour" : "For", key: "for", alignment: .right), .init(fr ? "Contre" : "Against", key: "against", alignment: .right),
            .init("Abst.", key: "abstentions", alignment: .right), .init(fr ? "Non-votants" : "Non-voting", key: "non_voting", alignment: .right),
            .init(fr ? "Absents" : "Absent", key: "absent", alignment: .right), .init(fr ? "Position majoritaire" : "Majority", key: "majority_position"),
        ])
        for g in groups {
            table.append([g.abbreviation, n(g.members), n(g.tally.for), n(g.tally.against), n(g.tally.abstentions),
                          n(g.tally.nonVoting), n(g.absent), g.line.map { Self.label($0, language) } ?? "—"])
        }
        let o = ballot.official
        table.footnote = fr
            ? "Totaux officiels\(NumberFormatting.narrowNoBreakSpace): \(n(o.for)) pour, \(n(o.against)) contre, \(n(o.abstentions)) abstentions, \(n(o.nonVoting)) non-votants."
            : "Official totals: \(o.for) for, \(o.against) against, \(o.abstentions) abstentions, \(o.nonVoting) non-voting."
        return table
    }

    /// One line naming the groups whose published line (*positionMajoritaire*) differs from the
    /// recount the table shows, or nil when none does: "The Assemblée publishes another line for
    /// EPR (against; 17 for, 2 against, 0 abstentions), SOC (…): the table gives the position most
    /// of each group's voting members took." Groups none of whose members voted (published "for",
    /// no line here) are not listed.
    public func publishedLineNote(language: NumberFormatting.Language) -> String? {
        let fr = language == .french
        let differing = groups.filter { $0.line != nil && $0.publishedLine != $0.line }
        guard !differing.isEmpty else { return nil }
        let n = { (value: Int) in NumberFormatting.integer(value, language: language) }
        let clauses = differing.map { g -> String in
            let published = g.publishedLine.map { Self.label($0, language) } ?? (fr ? "aucune" : "none")
            let t = g.tally
            return fr
                ? "\(g.abbreviation) (\(published)\(NumberFormatting.narrowNoBreakSpace); \(n(t.for)) pour, \(n(t.against)) contre, \(n(t.abstentions)) abstention\(t.abstentions > 1 ? "s" : ""))"
                : "\(g.abbreviation) (\(published); \(t.for) for, \(t.against) against, \(t.abstentions) abstention\(t.abstentions == 1 ? "" : "s"))"
        }
        return fr
            ? "L’Assemblée publie une autre position majoritaire pour \(clauses.joined(separator: ", "))\(NumberFormatting.narrowNoBreakSpace): le tableau donne la position prise par le plus grand nombre des votants de chaque groupe."
            : "The Assemblée publishes another majority position for \(clauses.joined(separator: ", ")): the table gives the position most of each group’s voting members took."
    }

    /// The named votes, by position then name; `proxy` marks a vote cast by delegation.
    public func voteTable(language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        var table = ReportTable(columns: [
            .init("Position", key: "position"), .init(fr ? "Député" : "Deputy", key: "name"), .init(fr ? "Groupe" : "Group", key: "group"),
            .init(fr ? "Délégation" : "Proxy", key: "by_proxy"), .init("Note", key: "note"),
        ])
        for v in votes {
            var note: [String] = []
            if let cause = v.cause { note.append(v.causeKind.map { CauseLabels.label($0, language) } ?? cause) }
            if let corrected = v.correctedTo {
                note.append(fr ? "mise au point\(NumberFormatting.narrowNoBreakSpace): voulait \(corrected.frenchLabel)"
                               : "correction: meant \(corrected.label)")
            }
            table.append([Self.label(v.position, language), v.name, v.groupAbbreviation,
                          v.byProxy ? (fr ? "délégation" : "proxy") : "", note.joined(separator: "; ")])
        }
        return table
    }

    /// The corrections (*mises au point*).
    public func correctionTable(language: NumberFormatting.Language = .english) -> ReportTable {
        let fr = language == .french
        var table = ReportTable(columns: [
            .init(fr ? "Député" : "Deputy", key: "name"), .init(fr ? "Groupe" : "Group", key: "group"),
            .init(fr ? "Enregistré" : "Recorded", key: "recorded"),
            .init(fr ? "Voulu" : "Meant", key: "intended"), .init(fr ? "Nature" : "Kind", key: "kind"),
        ])
        for c in corrections {
            let kind = c.kind == .malfunction ? (fr ? "dysfonctionnement" : "malfunction") : (fr ? "déclaration" : "statement")
            table.append([c.name, c.groupAbbreviation, c.recorded.map { Self.label($0, language) } ?? "absent",
                          Self.label(c.intended, language), kind])
        }
        return table
    }
}
