import HemicycleModel

extension BallotReport {
    /// The political groups of the 16th and 17th legislatures from left to right as they sit in the
    /// chamber (by short label, upper-cased; each legislature's groups in their own order, merged).
    /// Groups not listed here (other legislatures, unknown ids) follow, in the Assemblée's order;
    /// non-attached deputies (NI) sit last.
    public static let chamberOrder = [
        "GDR", "GDR - NUPES", "LFI-NFP", "LFI - NUPES", "ECOS", "ECOLO - NUPES", "SOC", "LIOT", "DEM", "RE", "EPR", "HOR",
        "LR", "DR", "UDR", "RN", "NI",
    ]

    /// The input of the HTML page and the share card, in English.
    public var pageInput: BallotPageInput { pageInput(language: .english) }

    /// The input of the HTML page and the share card, its notes in `language`.
    public func pageInput(language: NumberFormatting.Language) -> BallotPageInput {
        func rank(_ label: String) -> Int { Self.chamberOrder.firstIndex(of: label.uppercased()) ?? Self.chamberOrder.count - 1 }
        let ordered = groups.enumerated().sorted { (rank($0.element.abbreviation), $0.offset) < (rank($1.element.abbreviation), $1.offset) }.map(\.element)
        return BallotPageInput(
            ballot: ballot,
            groups: ordered.map {
                .init(label: $0.abbreviation, name: $0.name, color: $0.color, members: $0.members, tally: $0.tally, majorityPosition: $0.line, id: $0.id)
            },
            votes: votes.map {
                .init(deputyName: $0.name, groupLabel: $0.groupAbbreviation, position: $0.position, byProxy: $0.byProxy,
                      correctionNote: $0.correctedTo.map { language == .french ? "mise au point : voulait \($0.frenchLabel)" : "correction: meant \($0.label)" },
                      deputyID: $0.deputyID)
            },
            corrections: corrections.map {
                .init(deputyName: $0.name, groupLabel: $0.groupAbbreviation, recordedPosition: $0.recorded, intendedPosition: $0.intended, kind: $0.kind)
            },
            sources: .init(ballot: ballot, dumpFileName: (source.dump as NSString).lastPathComponent, dumpSHA256: source.dumpSHA256),
            discrepancyNote: discrepancyLine(language: language)
        )
    }
}

import Foundation
