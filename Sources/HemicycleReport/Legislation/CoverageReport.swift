import HemicycleModel

/// How many ballots of a legislature are linked to their dossier and amendment, and why the
/// others are not (`hemicycle legislation coverage`), as report blocks and as JSON.
public struct CoverageReport: Sendable {
    /// The counts, as the store computes them.
    public let coverage: LegislationCoverage

    /// The report of `coverage`.
    public init(coverage: LegislationCoverage) { self.coverage = coverage }

    /// `12 of 100 (12.0 %)`.
    public static func share(_ part: Int, _ whole: Int) -> String {
        "\(part) of \(whole) (\(NumberFormatting.percent(whole > 0 ? Double(part) / Double(whole) : nil, language: .english)))"
    }

    /// How each link signal is named in reports.
    public static let methodLabels = [
        "vote_ref": "the dossier's vote reference", "sitting": "sitting (one dossier in that sitting)",
        "sitting_title": "sitting + bill title", "title": "bill title alone",
    ]

    /// Ballots linked to a dossier, by any signal.
    public var linkedToDossier: Int { coverage.linkedToDossier.values.reduce(0, +) }

    /// The coverage as report blocks (a heading, counts, the reasons left unlinked).
    public func blocks() -> [ReportDocument.Block] {
        let c = coverage
        var document = ReportDocument()
        document.heading("Coverage of the \(c.legislature)th legislature's ballots")
        var pairs: [ReportDocument.KeyValue] = [
            .init("Ballots linked to a dossier", Self.share(linkedToDossier, c.ballots)),
        ]
        for method in ["vote_ref", "sitting", "sitting_title", "title"] where c.linkedToDossier[method] != nil {
            pairs.append(.init("  by \(Self.methodLabels[method] ?? method)", "\(c.linkedToDossier[method] ?? 0)"))
        }
        pairs.append(.init("Amendment ballots linked to their amendment(s)", Self.share(c.amendmentBallotsLinked, c.amendmentBallots)))
        pairs.append(.init("  on bills whose amendments are in the data", Self.share(c.amendmentBallotsWithDataLinked, c.amendmentBallotsWithData)))
        document.keyValues(pairs)
        var unlinked = ReportTable(title: "What stays unlinked, and why", columns: [
            .init("Link", key: "link"), .init("Reason", key: "reason"), .init("Ballots", key: "ballots", alignment: .right),
        ])
        for (reason, count) in c.unlinkedByReason.sorted(by: { $0.value > $1.value }) { unlinked.append(["dossier", reason, "\(count)"]) }
        for (reason, count) in c.amendmentUnlinkedByReason.sorted(by: { $0.value > $1.value }) { unlinked.append(["amendment", reason, "\(count)"]) }
        document.table(unlinked)
        if !c.amendmentUnlinkedWithData.isEmpty {
            document.paragraph("Amendment ballots of bills with data, unlinked:")
            document.list(c.amendmentUnlinkedWithData)
        }
        return document.blocks
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
