import HemicycleAnalytics
import HemicycleModel

/// The ballots an analytics document is computed over, with the persons and groups that name its
/// rows: what every face (command line, web page) builds once from the store before asking a
/// question of the votes (deputy, deputies, groups, agreement, turnout).
///
/// It holds no rule of the figures (those are ``HemicycleAnalytics``'); it says how groups are
/// labelled (unique short labels across legislatures), which groups are not compared with a line,
/// and what the selection is, in words.
public struct AnalyticsSelection: Sendable {
    /// The id of the bogus group some ballots of December 2024 publish (recovered on import;
    /// excluded everywhere in case a database still holds it).
    public static let bogusGroup = "PO0"

    /// The votes the figures are computed on: as published, or with corrections applied.
    public let matrix: VoteMatrix
    /// Every political group known, by uid.
    public let groups: [String: Body]
    /// Every person known, by uid.
    public let deputies: [String: Deputy]
    /// The legislatures of the selected ballots, ascending.
    public let legislatures: [Int]
    /// Seat periods of every deputy, by id.
    public let seatPeriods: [String: [SeatPeriod]]
    /// Group ids whose members are not compared with a line: the non-attached (*non-inscrits*,
    /// the body labelled "NI", not a group) and the bogus `PO0`.
    public let loyaltyExcluded: Set<String>
    /// Whether the corrections (*mises au point*) were applied to ``matrix``.
    public let withCorrections: Bool
    /// Short labels of the groups of the ballots, made unique.
    private let labels: [String: String]

    /// A selection of `matrix`'s ballots; `seatMandates` are the seat mandates (bodies of type
    /// `ASSEMBLEE`) that give the deputies' seat periods.
    public init(matrix: VoteMatrix, groups: [String: Body], deputies: [String: Deputy], legislatures: [Int],
                seatMandates: [Mandate], withCorrections: Bool) {
        self.matrix = matrix
        self.groups = groups
        self.deputies = deputies
        self.legislatures = legislatures
        self.withCorrections = withCorrections
        seatPeriods = SeatPeriod.fromMandates(seatMandates)
        let nonAttached = groups.values.filter { $0.label == "NI" }.map(\.uid)
        loyaltyExcluded = Set(nonAttached + [Self.bogusGroup])
        // Two groups of the ballots may share a short label: the same name in two legislatures
        // (SOC in the 16th and the 17th) get their legislature appended, "SOC (16)"; a group
        // dissolved and re-formed under a new id in one legislature, its id. Rows and columns
        // stay distinct, and two legislatures' groups are never merged.
        func label(_ id: String) -> String { groups[id]?.label ?? id }
        func withLegislature(_ id: String) -> String {
            groups[id]?.legislature.map { "\(label(id)) (\($0))" } ?? "\(label(id)) (\(id))"
        }
        let counts = Dictionary(matrix.groupIDs.map { (label($0), 1) }, uniquingKeysWith: +)
        let legislatureCounts = Dictionary(matrix.groupIDs.map { (withLegislature($0), 1) }, uniquingKeysWith: +)
        labels = Dictionary(matrix.groupIDs.map { id in
            guard (counts[label(id)] ?? 0) > 1 else { return (id, label(id)) }
            return (id, (legislatureCounts[withLegislature(id)] ?? 0) > 1 ? "\(label(id)) (\(id))" : withLegislature(id))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The short label of a group ("RN"), unique among the ballots' groups; else its id; `?` for
    /// no group.
    public func groupLabel(_ id: String) -> String {
        if id.isEmpty { return "?" }
        return labels[id] ?? groups[id]?.label ?? id
    }

    /// The group's full name ("Ensemble pour la République"), else its id.
    public func groupName(_ id: String) -> String {
        groups[id]?.name ?? id
    }

    /// "Yaël Braun-Pivet", else the id when the person is unknown.
    public func name(_ deputyID: String) -> String {
        deputies[deputyID]?.fullName ?? deputyID
    }

    /// The group each deputy was listed under on the last ballot that lists them, by matrix
    /// index (-1: never listed).
    public func latestGroups() -> [Int32] {
        var latest = [Int32](repeating: -1, count: matrix.deputyCount)
        for e in matrix.entries { latest[Int(e.deputy)] = e.group }
        return latest
    }

    /// "17th legislature, 3,876 ballots from 2024-07-18 to 2025-06-30"; "16th and 17th
    /// legislatures, …" over several; in French "17e législature, 3 876 scrutins du 2024-07-18
    /// au 2025-06-30".
    public func selectionLine(language: NumberFormatting.Language = .english) -> String {
        let ballots = matrix.ballots
        let fr = language == .french
        let ordinals = legislatures.map { fr ? "\($0)e" : NumberFormatting.englishOrdinal($0) }
        let and = fr ? " et " : " and "
        let leg = ordinals.isEmpty ? "" : ordinals.count == 1 ? "\(ordinals[0]) \(fr ? "législature" : "legislature"), "
            : "\(ordinals.dropLast().joined(separator: ", "))\(and)\(ordinals[ordinals.count - 1]) \(fr ? "législatures" : "legislatures"), "
        guard let first = ballots.first, let last = ballots.last else { return leg + (fr ? "aucun scrutin ne correspond" : "no ballot matches") }
        let count = NumberFormatting.integer(ballots.count, language: language)
        if fr {
            let corrected = withCorrections ? "\u{202F}; mises au point appliquées" : ""
            return "\(leg)\(count) scrutin\(ballots.count == 1 ? "" : "s") du \(first.date) au \(last.date)\(corrected)"
        }
        let corrected = withCorrections ? "; corrections (mises au point) applied" : ""
        return "\(leg)\(count) ballot\(ballots.count == 1 ? "" : "s") from \(first.date) to \(last.date)\(corrected)"
    }
}
