import HemicycleModel

/// How many ballots of a legislature are linked to their dossier and amendment, and why the
/// others are not (`hemicycle legislation coverage`), as report blocks and as JSON.
public struct CoverageReport: Sendable {
    /// The counts, as the store computes them.
    public let coverage: LegislationCoverage

    /// The report of `coverage`.
    public init(coverage: LegislationCoverage) { self.coverage = coverage }

    /// `12 of 100 (12.0 %)`, `12 sur 100 (12,0 %)`.
    public static func share(_ part: Int, _ whole: Int, language: NumberFormatting.Language = .english) -> String {
        "\(part) \(language == .french ? "sur" : "of") \(whole) (\(NumberFormatting.percent(whole > 0 ? Double(part) / Double(whole) : nil, language: language)))"
    }

    /// How each link signal is named in reports.
    public static let methodLabels = [
        "vote_ref": "the dossier's vote reference", "sitting": "sitting (one dossier in that sitting)",
        "sitting_title": "sitting + bill title", "title": "bill title alone",
    ]

    /// How each link signal is named in French reports.
    static let frenchMethodLabels = [
        "vote_ref": "la référence de vote du dossier", "sitting": "la séance (un seul dossier dans cette séance)",
        "sitting_title": "la séance et le titre du texte", "title": "le titre du texte seul",
    ]

    /// The reasons the store gives for a ballot left unlinked (``LegislationCoverage``), in French.
    static let frenchReasons = [
        "sitting shared by several dossiers, title names none of them": "séance partagée par plusieurs dossiers, le titre n'en nomme aucun",
        "no sitting reference, title names no dossier": "pas de référence de séance, le titre ne nomme aucun dossier",
        "sitting in no dossier act, title names no dossier": "séance d'aucun acte de dossier, le titre ne nomme aucun dossier",
        "no dossier linked": "aucun dossier lié",
        "the bill's amendments are not in the data": "les amendements du texte ne sont pas dans les données",
    ]

    /// Ballots linked to a dossier, by any signal.
    public var linkedToDossier: Int { coverage.linkedToDossier.values.reduce(0, +) }

    /// The coverage as report blocks in `language` (a heading, counts, the reasons left unlinked).
    public func blocks(language: NumberFormatting.Language = .english) -> [ReportDocument.Block] {
        let c = coverage
        let fr = language == .french
        let reason: (String) -> String = { fr ? Self.frenchReasons[$0] ?? $0 : $0 }
        var document = ReportDocument()
        document.heading(fr ? "Couverture des scrutins de la \(c.legislature)e législature" : "Coverage of the \(c.legislature)th legislature's ballots")
        var pairs: [ReportDocument.KeyValue] = [
            .init(fr ? "Scrutins liés à un dossier" : "Ballots linked to a dossier", Self.share(linkedToDossier, c.ballots, language: language)),
        ]
        for method in ["vote_ref", "sitting", "sitting_title", "title"] where c.linkedToDossier[method] != nil {
            let label = (fr ? Self.frenchMethodLabels : Self.methodLabels)[method] ?? method
            pairs.append(.init("  \(fr ? "par" : "by") \(label)", "\(c.linkedToDossier[method] ?? 0)"))
        }
        pairs.append(.init(fr ? "Scrutins sur des amendements liés à leur(s) amendement(s)" : "Amendment ballots linked to their amendment(s)",
                           Self.share(c.amendmentBallotsLinked, c.amendmentBallots, language: language)))
        pairs.append(.init(fr ? "  sur les textes dont les amendements sont dans les données" : "  on bills whose amendments are in the data",
                           Self.share(c.amendmentBallotsWithDataLinked, c.amendmentBallotsWithData, language: language)))
        document.keyValues(pairs)
        var unlinked = ReportTable(title: fr ? "Ce qui reste non lié, et pourquoi" : "What stays unlinked, and why", columns: [
            .init(fr ? "Lien" : "Link", key: "link"), .init(fr ? "Raison" : "Reason", key: "reason"),
            .init(fr ? "Scrutins" : "Ballots", key: "ballots", alignment: .right),
        ])
        for (why, count) in Self.mostFirst(c.unlinkedByReason) { unlinked.append(["dossier", reason(why), "\(count)"]) }
        for (why, count) in Self.mostFirst(c.amendmentUnlinkedByReason) {
            unlinked.append([fr ? "amendement" : "amendment", reason(why), "\(count)"])
        }
        document.table(unlinked)
        if !c.amendmentUnlinkedWithData.isEmpty {
            document.paragraph(fr ? "Scrutins sur des amendements de textes dont les données existent, non liés\(NumberFormatting.narrowNoBreakSpace):"
                                  : "Amendment ballots of bills with data, unlinked:")
            document.list(c.amendmentUnlinkedWithData)
        }
        return document.blocks
    }

    /// The CSV of `hemicycle legislation coverage`: one row per way ballots are linked or reason
    /// they are not — `legislature`, `link` (`dossier`, `amendment`), `linked` (true/false),
    /// `how` (the signal's key, or the reason), `ballots` and `of` (the ballots it is a share of).
    public var dataTable: ReportTable {
        let c = coverage
        var table = ReportTable(columns: ["legislature", "link", "linked", "how", "ballots", "of"].map { .init($0, key: $0) })
        func row(_ link: String, _ linked: Bool, _ how: String, _ count: Int, _ whole: Int) {
            table.append(["\(c.legislature)", link, linked ? "true" : "false", how, "\(count)", "\(whole)"])
        }
        for method in ["vote_ref", "sitting", "sitting_title", "title"] where c.linkedToDossier[method] != nil {
            row("dossier", true, method, c.linkedToDossier[method] ?? 0, c.ballots)
        }
        for (reason, count) in Self.mostFirst(c.unlinkedByReason) { row("dossier", false, reason, count, c.ballots) }
        row("amendment", true, "amendment", c.amendmentBallotsLinked, c.amendmentBallots)
        for (reason, count) in Self.mostFirst(c.amendmentUnlinkedByReason) {
            row("amendment", false, reason, count, c.amendmentBallots)
        }
        return table
    }

    /// Reasons by count, most ballots first, ties in the order of the reasons (the store's
    /// words, the same in every language): the order of every face, fixed from run to run.
    static func mostFirst(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    /// The JSON of `hemicycle legislation coverage`.
    public struct Payload: Encodable, Sendable {
        let legislature, ballots, ballotsLinkedToDossier, amendmentBallots, amendmentBallotsLinked: Int
        let amendmentBallotsWithData, amendmentBallotsWithDataLinked: Int
        let linkedByMethod, unlinkedByReason, amendmentUnlinkedByReason: [String: Int]
        let amendmentUnlinkedWithData, unlinkedExamples: [String]
    }

    /// The coverage as JSON.
    public var payload: Payload {
        let c = coverage
        return Payload(legislature: c.legislature, ballots: c.ballots, ballotsLinkedToDossier: linkedToDossier, amendmentBallots: c.amendmentBallots,
                       amendmentBallotsLinked: c.amendmentBallotsLinked, amendmentBallotsWithData: c.amendmentBallotsWithData,
                       amendmentBallotsWithDataLinked: c.amendmentBallotsWithDataLinked, linkedByMethod: c.linkedToDossier,
                       unlinkedByReason: c.unlinkedByReason, amendmentUnlinkedByReason: c.amendmentUnlinkedByReason,
                       amendmentUnlinkedWithData: c.amendmentUnlinkedWithData, unlinkedExamples: c.unlinkedExamples)
    }
}
