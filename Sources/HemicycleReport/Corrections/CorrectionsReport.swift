import HemicycleAnalytics
import HemicycleModel

/// Every correction (*mise au point*: a deputy's statement, after the vote, of how they meant to
/// vote) of a selection of ballots, and whether applying them would change a ballot's outcome
/// (`hemicycle corrections`). The official result never changes.
public struct CorrectionsReport: Sendable {
    /// The ballots selected.
    public let ballotsSelected: Int
    /// The first and last days of the selection.
    public let firstDay: CalendarDate?
    public let lastDay: CalendarDate?
    /// Every ballot of the selection with corrections (``HemicycleAnalytics/BallotCorrections``).
    public let all: [BallotCorrections]
    /// The ballots shown: ``all``, or only those whose outcome would change.
    public let shown: [BallotCorrections]
    private let deputies: [String: Deputy]
    private let groups: [String: Body]

    /// The corrections of `records` (with their votes); `onlyFlips` shows only the ballots whose
    /// outcome the corrections would change.
    public init(records: [BallotRecord], deputies: [String: Deputy], groups: [String: Body], onlyFlips: Bool) {
        self.deputies = deputies
        self.groups = groups
        ballotsSelected = records.count
        firstDay = records.first?.ballot.date
        lastDay = records.last?.ballot.date
        // A deputy who corrects while absent from the lists is put under the group they were
        // last listed under in the selection, as `--with-corrections` does.
        let correcting = Set(records.flatMap { $0.corrections.map(\.deputyRef) })
        var lastGroup: [String: String] = [:]
        for record in records {
            for v in record.votes where correcting.contains(v.deputyRef) { lastGroup[v.deputyRef] = v.groupRef }
        }
        all = BallotCorrections.of(records) { lastGroup[$0] }
        shown = onlyFlips ? all.filter(\.flips) : all
    }

    /// The corrections of every ballot with corrections.
    public var correctionCount: Int { all.reduce(0) { $0 + $1.entries.count } }
    /// Those reported as a voting-machine malfunction.
    public var malfunctions: Int { all.reduce(0) { $0 + $1.entries.count { $0.correction.kind == .malfunction } } }
    /// The ballots whose outcome would change.
    public var flipCount: Int { all.count(where: \.flips) }

    func name(_ id: String) -> String { deputies[id]?.fullName ?? id }
    func groupLabel(_ id: String?) -> String? {
        guard let id, !id.isEmpty else { return nil }
        return groups[id]?.label ?? id
    }
    static func result(_ adopted: Bool, language: NumberFormatting.Language) -> String {
        language == .french ? (adopted ? "adopté" : "rejeté") : (adopted ? "adopted" : "rejected")
    }

    /// CSV's one table, which is data: one row per correction, with its ballot's figures beside it
    /// (ids first, English values).
    public var dataTable: ReportTable {
        var flat = ReportTable(title: "Corrections", columns: [
            "deputy_id", "group_id", "ballot_uid", "number", "date", "deputy", "group", "recorded_position", "intended_position", "voluntary", "kind",
            "official_result", "official_margin", "corrected_result", "corrected_margin", "flips",
        ].map { ReportTable.Column($0, key: $0) })
        func result(_ adopted: Bool) -> String { Self.result(adopted, language: .english) }
        for b in shown {
            for e in b.entries {
                flat.append([e.correction.deputyRef, e.groupRef ?? "", b.ballot.uid, "\(b.ballot.number)", b.ballot.date.description, name(e.correction.deputyRef),
                             groupLabel(e.groupRef) ?? "", e.recordedPosition?.rawValue ?? "absent", e.correction.intendedPosition.rawValue,
                             e.correction.voluntary ? "true" : "false", e.correction.kind.rawValue,
                             result(b.tally.adoptedAsRecorded), "\(b.officialMargin)", result(b.tally.adoptedAsCorrected),
                             "\(b.correctedMargin)", b.flips ? "true" : "false"])
            }
        }
        return flat
    }

    /// The summary, the ballots (official against corrected) and the corrections, in `language`.
    public func document(language: NumberFormatting.Language = .english) -> ReportDocument {
        let fr = language == .french
        let s = fr ? NumberFormatting.narrowNoBreakSpace : ""
        func integer(_ n: Int) -> String { NumberFormatting.integer(n, language: language) }
        func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }
        func result(_ adopted: Bool) -> String { Self.result(adopted, language: language) }
        func position(_ p: VotePosition?) -> String { p.map { fr ? $0.frenchLabel : $0.rawValue } ?? "absent" }
        func kind(_ k: Correction.Kind) -> String {
            guard fr else { return k.rawValue }
            switch k {
            case .statement: return "déclaration"
            case .malfunction: return "dysfonctionnement"
            }
        }
        var document = ReportDocument()
        let range = firstDay.map { first in fr ? " du \(first) au \(lastDay ?? first)" : " from \(first) to \(lastDay ?? first)" } ?? ""
        let plural = flipCount == 1 ? "" : "s"
        if fr {
            document.heading("Mises au point — \(integer(ballotsSelected)) scrutins\(range)", level: 1)
            document.paragraph("\(integer(correctionCount)) mises au point (\(integer(malfunctions)) dysfonctionnements signalés) sur "
                + "\(integer(all.count)) scrutins\(s); \(integer(flipCount)) scrutin\(plural) changerai\(flipCount == 1 ? "t" : "ent") d’issue avec les mises au point appliquées. "
                + "Marge = voix pour − voix pour nécessaires à l’adoption (adopté si ≥ 0). Le résultat officiel ne change jamais.")
        } else {
            document.heading("Corrections (mises au point) — \(integer(ballotsSelected)) ballots\(range)", level: 1)
            document.paragraph("\(integer(correctionCount)) corrections (\(integer(malfunctions)) reported malfunctions) on "
                + "\(integer(all.count)) ballots; \(integer(flipCount)) ballot\(plural) would change outcome with the corrections applied. "
                + "Margin = votes for − votes for needed for adoption (adopted iff ≥ 0). The official result never changes.")
        }

        var ballotTable = ReportTable(title: fr ? "Scrutins\(s): résultat officiel et mises au point appliquées" : "Ballots: official result against corrections applied", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"),
            .init(fr ? "Mises au point" : "Corrections", key: "corrections", alignment: .right),
            .init(fr ? "Officiel pour–contre" : "Official for–against", key: "official_for_against"),
            .init(fr ? "Résultat officiel" : "Official result", key: "official_result"),
            .init(fr ? "Marge" : "Margin", key: "official_margin", alignment: .right),
            .init(fr ? "Corrigé pour–contre" : "Corrected for–against", key: "corrected_for_against"),
            .init(fr ? "Résultat corrigé" : "Corrected result", key: "corrected_result"),
            .init(fr ? "Marge" : "Margin", key: "corrected_margin", alignment: .right), .init(fr ? "Inversion" : "Flip", key: "flips"),
        ])
        for b in shown {
            let t = b.tally
            ballotTable.append(["\(b.ballot.number)", b.ballot.date.description, "\(b.entries.count)",
                                "\(t.official.for)–\(t.official.against)", result(t.adoptedAsRecorded), signed(b.officialMargin),
                                "\(t.corrected.for)–\(t.corrected.against)", result(t.adoptedAsCorrected), signed(b.correctedMargin),
                                b.flips ? (fr ? "INVERSÉ" : "FLIP") : ""])
        }
        if !shown.isEmpty { document.table(ballotTable) }

        var correctionTable = ReportTable(title: fr ? "Mises au point" : "Corrections", columns: [
            .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init(fr ? "Député" : "Deputy", key: "deputy"),
            .init(fr ? "Groupe" : "Group", key: "group"), .init(fr ? "Enregistré" : "Recorded", key: "recorded_position"),
            .init(fr ? "Voulu" : "Intended", key: "intended_position"), .init(fr ? "Nature" : "Kind", key: "kind"),
        ])
        for b in shown {
            for e in b.entries {
                correctionTable.append(["\(b.ballot.number)", b.ballot.date.description, name(e.correction.deputyRef),
                                        groupLabel(e.groupRef) ?? "?", position(e.recordedPosition),
                                        position(e.correction.intendedPosition) + (e.correction.voluntary ? (fr ? " (volontaire)" : " (voluntary)") : ""),
                                        kind(e.correction.kind)])
            }
        }
        if !shown.isEmpty { document.table(correctionTable) }
        return document
    }
}
