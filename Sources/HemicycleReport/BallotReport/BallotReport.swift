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
        /// The group's majority position as published.
        public var majorityPosition: VotePosition?
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

    /// The official page of the ballot on the Assemblée's site.
    public var officialURL: String {
        "https://www.assemblee-nationale.fr/dyn/\(ballot.legislature)/scrutins/\(ballot.number)"
    }

    /// Builds the report from the stored record and the bodies and persons it names.
    public init(record: BallotRecord, groups bodies: [String: Body], deputies: [String: Deputy], source: SourceReference) {
        ballot = record.ballot
        self.source = source
        func groupLabel(_ id: String) -> String { bodies[id]?.label ?? id }
        groups = record.groups.map { g in
            let body = bodies[g.groupRef]
            return GroupRow(
                id: g.groupRef, abbreviation: body?.label ?? g.groupRef, name: body?.name ?? "unknown group",
                color: body?.color, members: g.members, tally: g.tally, majorityPosition: g.majorityPosition
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
                cause: v.cause?.label ?? v.causeCode, correctedTo: correctionByDeputy[v.deputyRef]
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
    public var summaryLine: String {
        let o = ballot.official
        var line = "\(ballot.voters) voters of \(ballot.seats) seats (\(Self.percent(ballot.turnout))) — \(o.for) for, \(o.against) against, \(o.abstentions) abstention\(o.abstentions == 1 ? "" : "s")"
        line += "; \(o.nonVoting) non-voting"
        if ballot.required > 0 { line += "; majority required: \(ballot.required) of \(ballot.expressed) votes cast" }
        return line
    }

    /// A rate in 0…1 as a percentage with one decimal ("21.7 %").
    static func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10) %"
    }

    /// The report as a document: header, summary, group table, `context` (what was at stake:
    /// the amendment, the bill and its fate, when known), named votes, corrections, sources.
    public func document(context: [ReportDocument.Block] = []) -> ReportDocument {
        var doc = ReportDocument()
        doc.heading("Ballot n° \(ballot.number) (\(ballot.legislature)th legislature) — \(ballot.date)", level: 1)
        doc.paragraph(ballot.title)
        var header: [ReportDocument.KeyValue] = [
            .init("Date", ballot.date.description),
            .init("Type", "\(ballot.type.label) (\(ballot.typeLabel))"),
            .init("Result", ballot.resultLabel.isEmpty ? ballot.result.rawValue : ballot.resultLabel),
            .init("Majority rule", ballot.majorityRule),
        ]
        if let requestedBy = ballot.requestedBy { header.append(.init("Requested by", requestedBy)) }
        doc.keyValues(header)
        doc.paragraph(summaryLine)
        doc.table(groupTable())
        doc.blocks += context
        doc.heading("Deputies by position")
        doc.table(voteTable())
        if !corrections.isEmpty {
            doc.heading("Corrections (mises au point) — they do not change the official result")
            doc.table(correctionTable())
        }
        doc.heading("Source")
        doc.keyValues([
            .init("Ballot", ballot.uid),
            .init("Dump", "\(source.dump) [\(source.entry)]"),
            .init("SHA-256", source.entrySHA256),
            .init("Official page", officialURL),
        ])
        return doc
    }

    /// The table by political group, with a total row.
    public func groupTable() -> ReportTable {
        var table = ReportTable(title: "By political group", columns: [
            .init("Group", key: "group"), .init("Members", key: "members", alignment: .right),
            .init("For", key: "for", alignment: .right), .init("Against", key: "against", alignment: .right),
            .init("Abst.", key: "abstentions", alignment: .right), .init("Non-voting", key: "non_voting", alignment: .right),
            .init("Absent", key: "absent", alignment: .right), .init("Majority", key: "majority_position"),
        ])
        for g in groups {
            table.append([g.abbreviation, "\(g.members)", "\(g.tally.for)", "\(g.tally.against)", "\(g.tally.abstentions)",
                          "\(g.tally.nonVoting)", "\(g.absent)", g.majorityPosition?.label ?? ""])
        }
        let o = ballot.official
        table.footnote = "Official totals: \(o.for) for, \(o.against) against, \(o.abstentions) abstentions, \(o.nonVoting) non-voting."
        return table
    }

    /// The named votes, by position then name; `proxy` marks a vote cast by delegation.
    public func voteTable() -> ReportTable {
        var table = ReportTable(columns: [
            .init("Position", key: "position"), .init("Deputy", key: "name"), .init("Group", key: "group"),
            .init("Proxy", key: "by_proxy"), .init("Note", key: "note"),
        ])
        for v in votes {
            var note: [String] = []
            if let cause = v.cause { note.append(cause) }
            if let corrected = v.correctedTo { note.append("correction: meant \(corrected.label)") }
            table.append([v.position.label, v.name, v.groupAbbreviation, v.byProxy ? "proxy" : "", note.joined(separator: "; ")])
        }
        return table
    }

    /// The corrections (*mises au point*).
    public func correctionTable() -> ReportTable {
        var table = ReportTable(columns: [
            .init("Deputy", key: "name"), .init("Group", key: "group"), .init("Recorded", key: "recorded"),
            .init("Meant", key: "intended"), .init("Kind", key: "kind"),
        ])
        for c in corrections {
            table.append([c.name, c.groupAbbreviation, c.recorded?.label ?? "absent", c.intended.label,
                          c.kind == .malfunction ? "malfunction" : "statement"])
        }
        return table
    }
}
