import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle corrections`: every correction (*mise au point*: a deputy's statement, after the
/// vote, of how they meant to vote) of the selected ballots, and whether applying them would
/// change a ballot's outcome.
struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "Corrections (mises au point) of the ballots, and the results they would change.",
        discussion: """
            Lists every correction of the selected ballots: deputy, group, recorded position (or absent) → \
            intended position, and kind (statement, or reported voting-machine malfunction). Per ballot, the \
            official result and margin beside those with the corrections applied; FLIP marks a ballot whose \
            outcome would change. Margin = votes for − votes for needed for adoption (adopted iff ≥ 0). \
            Corrections never change the official result. See README.md, "Corrections applied".

            Examples:
              hemicycle corrections --from 2025-01-01 --to 2025-03-31
              hemicycle corrections --only-flips
              hemicycle corrections --ballots 771,772 --format csv
            """
    )

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var numbers: BallotNumbersOption

    @Flag(help: "List only the ballots whose outcome would change with the corrections applied.")
    var onlyFlips = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    struct CountsJSON: Encodable {
        let forCount: Int, against: Int, abstentions: Int, nonVoting: Int
        let result: String
        let margin: Int

        enum CodingKeys: String, CodingKey {
            case forCount = "for", against, abstentions, nonVoting = "non_voting", result, margin
        }
    }

    struct CorrectionJSON: Encodable {
        let deputyID: String, deputy: String
        let groupID: String?, group: String?
        /// nil when the deputy is not in the lists (recorded absent).
        let recordedPosition: String?
        let intendedPosition: String
        let voluntary: Bool
        let kind: String

        enum CodingKeys: String, CodingKey {
            case deputyID = "deputy_id", deputy, groupID = "group_id", group, recordedPosition = "recorded_position"
            case intendedPosition = "intended_position", voluntary, kind
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            // Nulls are written, not left out: the keys are stable.
            try c.encode(deputyID, forKey: .deputyID)
            try c.encode(deputy, forKey: .deputy)
            try c.encode(groupID, forKey: .groupID)
            try c.encode(group, forKey: .group)
            try c.encode(recordedPosition, forKey: .recordedPosition)
            try c.encode(intendedPosition, forKey: .intendedPosition)
            try c.encode(voluntary, forKey: .voluntary)
            try c.encode(kind, forKey: .kind)
        }
    }

    struct BallotJSON: Encodable {
        let uid: String, number: Int, date: String, type: String, title: String
        let official: CountsJSON, corrected: CountsJSON
        let flips: Bool
        let corrections: [CorrectionJSON]
    }

    struct Payload: Encodable {
        let ballotsSelected: Int
        let ballotsWithCorrections: Int
        let corrections: Int
        let malfunctions: Int
        let flips: Int
        let ballots: [BallotJSON]

        enum CodingKeys: String, CodingKey {
            case ballotsSelected = "ballots_selected", ballotsWithCorrections = "ballots_with_corrections", corrections
            case malfunctions, flips, ballots
        }
    }

    func run() throws {
        let database = try store.openPopulated()
        var filter = filters.filter
        try numbers.apply(to: &filter, in: database)
        let snapshot = try database.analyticsSnapshot(filter, votes: .records)
        // A deputy who corrects while absent from the lists is put under the group they were
        // last listed under in the selection, as `--with-corrections` does.
        let correcting = Set(snapshot.records.flatMap { $0.corrections.map(\.deputyRef) })
        var lastGroup: [String: String] = [:]
        for record in snapshot.records {
            for v in record.votes where correcting.contains(v.deputyRef) { lastGroup[v.deputyRef] = v.groupRef }
        }
        let all = BallotCorrections.of(snapshot.records) { lastGroup[$0] }
        let shown = onlyFlips ? all.filter(\.flips) : all

        func name(_ id: String) -> String { snapshot.deputies[id]?.fullName ?? id }
        func groupLabel(_ id: String?) -> String? {
            guard let id, !id.isEmpty else { return nil }
            return snapshot.groups[id]?.label ?? id
        }
        func positionText(_ p: VotePosition?) -> String { p.map { $0.rawValue } ?? "absent" }
        func result(_ adopted: Bool) -> String { adopted ? "adopted" : "rejected" }
        func integer(_ n: Int) -> String { NumberFormatting.integer(n, language: .english) }
        func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }

        let correctionCount = all.reduce(0) { $0 + $1.entries.count }
        let malfunctions = all.reduce(0) { $0 + $1.entries.count { $0.correction.kind == .malfunction } }
        let flipCount = all.count(where: \.flips)

        var document = ReportDocument()
        // CSV carries one table: one row per correction, with its ballot's figures beside it.
        if output.format == .csv {
            var flat = ReportTable(title: "Corrections", columns: [
                "deputy_id", "group_id", "ballot_uid", "number", "date", "deputy", "group", "recorded_position", "intended_position", "voluntary", "kind",
                "official_result", "official_margin", "corrected_result", "corrected_margin", "flips",
            ].map { ReportTable.Column($0, key: $0) })
            for b in shown {
                for e in b.entries {
                    flat.append([e.correction.deputyRef, e.groupRef ?? "", b.ballot.uid, "\(b.ballot.number)", b.ballot.date.description, name(e.correction.deputyRef),
                                 groupLabel(e.groupRef) ?? "", positionText(e.recordedPosition), e.correction.intendedPosition.rawValue,
                                 e.correction.voluntary ? "true" : "false", e.correction.kind.rawValue,
                                 result(b.tally.adoptedAsRecorded), "\(b.officialMargin)", result(b.tally.adoptedAsCorrected),
                                 "\(b.correctedMargin)", b.flips ? "true" : "false"])
                }
            }
            document.table(flat)
        } else {
            let range = snapshot.records.first.map { first in " from \(first.ballot.date) to \(snapshot.records.last?.ballot.date ?? first.ballot.date)" } ?? ""
            document.heading("Corrections (mises au point) — \(integer(snapshot.records.count)) ballots\(range)", level: 1)
            document.paragraph("\(integer(correctionCount)) corrections (\(integer(malfunctions)) reported malfunctions) on "
                + "\(integer(all.count)) ballots; \(integer(flipCount)) ballot\(flipCount == 1 ? "" : "s") would change outcome with the corrections applied. "
                + "Margin = votes for − votes for needed for adoption (adopted iff ≥ 0). The official result never changes.")

            var ballotTable = ReportTable(title: "Ballots: official result against corrections applied", columns: [
                .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Corrections", key: "corrections", alignment: .right),
                .init("Official for–against", key: "official_for_against"), .init("Official result", key: "official_result"),
                .init("Margin", key: "official_margin", alignment: .right),
                .init("Corrected for–against", key: "corrected_for_against"), .init("Corrected result", key: "corrected_result"),
                .init("Margin", key: "corrected_margin", alignment: .right), .init("Flip", key: "flips"),
            ])
            for b in shown {
                let t = b.tally
                ballotTable.append(["\(b.ballot.number)", b.ballot.date.description, "\(b.entries.count)",
                                    "\(t.official.for)–\(t.official.against)", result(t.adoptedAsRecorded), signed(b.officialMargin),
                                    "\(t.corrected.for)–\(t.corrected.against)", result(t.adoptedAsCorrected), signed(b.correctedMargin),
                                    b.flips ? "FLIP" : ""])
            }
            if !shown.isEmpty { document.table(ballotTable) }

            var correctionTable = ReportTable(title: "Corrections", columns: [
                .init("N°", key: "number", alignment: .right), .init("Date", key: "date"), .init("Deputy", key: "deputy"),
                .init("Group", key: "group"), .init("Recorded", key: "recorded_position"), .init("Intended", key: "intended_position"),
                .init("Kind", key: "kind"),
            ])
            for b in shown {
                for e in b.entries {
                    correctionTable.append(["\(b.ballot.number)", b.ballot.date.description, name(e.correction.deputyRef),
                                            groupLabel(e.groupRef) ?? "?", positionText(e.recordedPosition),
                                            e.correction.intendedPosition.rawValue + (e.correction.voluntary ? " (voluntary)" : ""),
                                            e.correction.kind.rawValue])
                }
            }
            if !shown.isEmpty { document.table(correctionTable) }
        }

        func counts(_ t: Tally, adopted: Bool, margin: Int) -> CountsJSON {
            CountsJSON(forCount: t.for, against: t.against, abstentions: t.abstentions, nonVoting: t.nonVoting,
                       result: result(adopted), margin: margin)
        }
        let payload = Payload(
            ballotsSelected: snapshot.records.count, ballotsWithCorrections: all.count, corrections: correctionCount,
            malfunctions: malfunctions, flips: flipCount,
            ballots: shown.map { b in
                BallotJSON(uid: b.ballot.uid, number: b.ballot.number, date: b.ballot.date.description, type: b.ballot.type.keyword,
                           title: b.ballot.title,
                           official: counts(b.tally.official, adopted: b.tally.adoptedAsRecorded, margin: b.officialMargin),
                           corrected: counts(b.tally.corrected, adopted: b.tally.adoptedAsCorrected, margin: b.correctedMargin),
                           flips: b.flips,
                           corrections: b.entries.map { e in
                               CorrectionJSON(deputyID: e.correction.deputyRef, deputy: name(e.correction.deputyRef),
                                              groupID: e.groupRef.flatMap { $0.isEmpty ? nil : $0 }, group: groupLabel(e.groupRef),
                                              recordedPosition: e.recordedPosition?.rawValue,
                                              intendedPosition: e.correction.intendedPosition.rawValue,
                                              voluntary: e.correction.voluntary, kind: e.correction.kind.rawValue)
                           })
            })
        try output.emit(document, json: payload, title: "Corrections")
    }
}
