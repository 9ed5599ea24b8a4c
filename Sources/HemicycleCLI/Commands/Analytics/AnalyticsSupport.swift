import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// Options shared by the analytics commands: the scope of per-deputy figures, the corrections
/// variant and the explanations.
struct AnalyticsOptions: ParsableArguments {
    @Option(help: "Ballots of per-deputy figures: all (every ballot but motions of censure) or solemn (solemn ballots only), Datan's two scopes.",
            transform: AnalyticsOptions.parseScope)
    var scope: BallotScope = .allButCensure

    @Flag(help: "Apply the corrections (mises au point) before computing: deputies take the position they said they meant.")
    var withCorrections = false

    @Flag(help: "Print the numerator, denominator and exclusions beside every rate.")
    var explain = false

    static func parseScope(_ text: String) throws -> BallotScope {
        switch text.lowercased() {
        case "all": return .allButCensure
        case "solemn", "sps": return .solemn
        default: throw ValidationError("'\(text)' is not a scope (all, solemn)")
        }
    }
}

/// `--count published|named`: which counts the figures built on ballot and group counts read.
struct CountOption: ParsableArguments {
    /// The two readings of a ballot's counts.
    enum Source: String, ExpressibleByArgument, CaseIterable {
        /// The published *décompte* (the official figures, the default).
        case published
        /// Recounted from the named lists (``HemicycleModel/BallotRecord/recountedFromNames()``):
        /// they differ on the few ballots whose file disagrees with itself.
        case named
    }

    @Option(help: ArgumentHelp("The counts of ballots and groups: published (the official figures) or named (recounted from the lists of names; they differ where a file disagrees with itself).", valueName: "published|named"))
    var count: Source = .published
}

/// `--ballots 771,772,773` or `--ballots 16:1274,773`: a list of ballot references.
struct BallotNumbersOption: ParsableArguments {
    @Option(name: .customLong("ballots"), help: ArgumentHelp("Only these ballots, comma-separated: numbers (in --legislature, else the latest), 16:1274 or uids.", valueName: "ref,ref,…"),
            transform: BallotNumbersOption.parse)
    var references: [BallotReference]?

    static func parse(_ text: String) throws -> [BallotReference] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { throw ValidationError("'\(text)' is not a comma-separated list of ballots (e.g. 771,772,773 or 16:1274,773)") }
        do { return try parts.map { try BallotReference(parsing: $0) } } catch { throw ValidationError("\(error)") }
    }

    /// Plain numbers, when every reference is one (then they select within the filter's
    /// legislature, as a `BallotFilter`'s numbers do); nil when a reference names its legislature
    /// or a uid.
    var numbers: [Int]? {
        guard let references else { return nil }
        var numbers: [Int] = []
        for reference in references {
            guard case .number(let number, nil) = reference else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// Narrows `filter` to the ballots named: by number within its legislature, or (when a
    /// reference names a legislature or a uid) by uid across legislatures.
    func apply(to filter: inout BallotFilter, in database: HemicycleDatabase) throws {
        guard let references else { return }
        if let numbers {
            filter.numbers = numbers
        } else {
            filter.uids = try database.ballotUIDs(references, legislature: filter.legislature)
            filter.allLegislatures = true
        }
    }
}

/// The ballots, persons and groups an analytics command works on, loaded once from the store.
struct AnalyticsContext {
    /// The id of the bogus group some ballots of December 2024 publish (recovered on import;
    /// excluded everywhere in case a database still holds it).
    static let bogusGroup = "PO0"

    let snapshot: AnalyticsSnapshot
    /// The votes the figures are computed on: as published, or with corrections applied.
    let matrix: VoteMatrix
    /// Seat periods of every deputy of the legislature, by id.
    let seatPeriods: [String: [SeatPeriod]]
    /// Group ids whose members are not compared with a line: the non-attached (*non-inscrits*,
    /// the body labelled "NI", not a group) and the bogus `PO0`.
    let loyaltyExcluded: Set<String>
    let withCorrections: Bool

    /// Loads the selected ballots. `needsVotes: false` skips the nominative votes (see
    /// ``AnalyticsSnapshot/Votes/countsOnly``); applying corrections, or recounting the counts from
    /// the names (`count: .named`), needs them as records, so they are then read anyway.
    init(database: HemicycleDatabase, filter: BallotFilter, withCorrections: Bool, needsVotes: Bool = true,
         count: CountOption.Source = .published) throws {
        self.withCorrections = withCorrections
        if withCorrections || count == .named {
            snapshot = try database.analyticsSnapshot(filter, votes: .records)
            var records = snapshot.records
            if count == .named { records = records.map { $0.recountedFromNames() } }
            if withCorrections {
                // An absent deputy who corrects is added to the group they were last listed under.
                let correcting = Set(records.flatMap { $0.corrections.map(\.deputyRef) })
                var lastGroup: [String: String] = [:]
                if !correcting.isEmpty {
                    for record in records {
                        for v in record.votes where correcting.contains(v.deputyRef) { lastGroup[v.deputyRef] = v.groupRef }
                    }
                }
                records = records.map { $0.applyingCorrections { lastGroup[$0] } }
            }
            matrix = VoteMatrix(records: records)
        } else {
            snapshot = try database.analyticsSnapshot(filter, votes: needsVotes ? .matrix : .countsOnly)
            matrix = snapshot.matrix ?? VoteMatrix(records: snapshot.records)
            for legislature in snapshot.damagedPackedVotes {
                Console.status("warning: the packed copy of the votes of legislature \(legislature) does not match its checksum; "
                    + "the votes were read from the tables (the figures are right). Run `hemicycle check`.")
            }
        }
        seatPeriods = SeatPeriod.fromMandates(snapshot.seatMandates)
        let nonAttached = snapshot.groups.values.filter { $0.label == "NI" }.map(\.uid)
        loyaltyExcluded = Set(nonAttached + [Self.bogusGroup])
        // Two groups of the ballots may share a short label: the same name in two legislatures
        // (SOC in the 16th and the 17th) get their legislature appended, "SOC (16)"; a group
        // dissolved and re-formed under a new id in one legislature, its id. Rows and columns
        // stay distinct, and two legislatures' groups are never merged.
        let snapshotGroups = snapshot.groups
        func label(_ id: String) -> String { snapshotGroups[id]?.label ?? id }
        func withLegislature(_ id: String) -> String {
            snapshotGroups[id]?.legislature.map { "\(label(id)) (\($0))" } ?? "\(label(id)) (\(id))"
        }
        let counts = Dictionary(matrix.groupIDs.map { (label($0), 1) }, uniquingKeysWith: +)
        let legislatureCounts = Dictionary(matrix.groupIDs.map { (withLegislature($0), 1) }, uniquingKeysWith: +)
        labels = Dictionary(matrix.groupIDs.map { id in
            guard (counts[label(id)] ?? 0) > 1 else { return (id, label(id)) }
            return (id, (legislatureCounts[withLegislature(id)] ?? 0) > 1 ? "\(label(id)) (\(id))" : withLegislature(id))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Short labels of the groups of the ballots, made unique.
    private let labels: [String: String]

    /// The short label of a group ("RN"), else its id.
    func groupLabel(_ id: String) -> String {
        if id.isEmpty { return "?" }
        return labels[id] ?? snapshot.groups[id]?.label ?? id
    }

    /// "Yaël Braun-Pivet", else the id when the person is unknown.
    func name(_ deputyID: String) -> String {
        snapshot.deputies[deputyID]?.fullName ?? deputyID
    }

    /// The group each deputy was listed under on the last ballot that lists them, by matrix index.
    func latestGroups() -> [Int32] {
        var latest = [Int32](repeating: -1, count: matrix.deputyCount)
        for e in matrix.entries { latest[Int(e.deputy)] = e.group }
        return latest
    }

    /// "17th legislature, 3,876 ballots from 2024-07-18 to 2025-06-30"; "16th and 17th
    /// legislatures, …" over several.
    var selectionLine: String {
        let ballots = matrix.ballots
        let ordinals = snapshot.legislatures.map(NumberFormatting.englishOrdinal)
        let leg = ordinals.isEmpty ? "" : ordinals.count == 1 ? "\(ordinals[0]) legislature, "
            : "\(ordinals.dropLast().joined(separator: ", ")) and \(ordinals[ordinals.count - 1]) legislatures, "
        guard let first = ballots.first, let last = ballots.last else { return leg + "no ballot matches" }
        let plural = ballots.count == 1 ? "" : "s"
        let corrected = withCorrections ? "; corrections (mises au point) applied" : ""
        return "\(leg)\(NumberFormatting.integer(ballots.count, language: .english)) ballot\(plural) from \(first.date) to \(last.date)\(corrected)"
    }

    /// Resolves a deputy by id or name (case-, accent- and hyphen-insensitive), among the persons
    /// listed on the ballots or holding a seat in the legislature. Throws, listing the
    /// candidates, when the name is ambiguous.
    func resolveDeputy(_ text: String, in database: HemicycleDatabase) throws -> Deputy {
        let all = try database.deputiesMatching(text)
        let relevant = all.filter { matrix.deputy($0.uid) != nil || seatPeriods[$0.uid] != nil }
        let candidates = relevant.isEmpty ? all : relevant
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespaces)).replacingOccurrences(of: "-", with: " ")
        let exact = candidates.filter {
            $0.uid == text.uppercased() || TextFolding.fold($0.fullName).replacingOccurrences(of: "-", with: " ") == folded
        }
        if exact.count == 1 { return exact[0] }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            throw StoreError.notFound("no deputy matches '\(text)' (give a name, part of a name, or an id such as PA721908)")
        }
        let latest = latestGroups()
        let list = candidates.prefix(20).map { d -> String in
            let group = matrix.deputy(d.uid).flatMap { i -> String? in
                let g = latest[Int(i)]
                return g >= 0 ? groupLabel(matrix.groupIDs[Int(g)]) : nil
            }
            return "  \(d.uid)  \(d.fullName)" + (group.map { " (\($0))" } ?? "")
        }
        let more = candidates.count > 20 ? "\n  … and \(candidates.count - 20) more" : ""
        throw StoreError.notFound("'\(text)' is ambiguous: \(candidates.count) deputies match; give the id or more of the name:\n"
            + list.joined(separator: "\n") + more)
    }
}

/// Rates as text and as JSON.
enum RateText {
    /// `0.853`, or `–` when undefined (indices such as Rice, Attinà, agreement).
    static func index(_ value: Double?, digits: Int = 3) -> String {
        guard let value else { return "–" }
        return NumberFormatting.decimal(value, fractionDigits: digits, language: .english)
    }

    /// The rate as a cell: `87.3 %`; on fewer than 30 trials the Wilson interval and a warning
    /// (`50.0 % [23.7–76.3 %, n<30]`); with `explain`, the counts and exclusions
    /// (`87.3 % = 1,234/1,413; excluded: 12 presiding the sitting`).
    static func cell(_ rate: Rate, explain: Bool) -> String {
        var text = NumberFormatting.percent(rate.value, language: .english)
        if rate.value != nil, rate.isBelowMinimumSample, let interval = rate.wilsonInterval {
            text += " [\(NumberFormatting.decimal(interval.lowerBound * 100, fractionDigits: 1, language: .english))–\(NumberFormatting.percent(interval.upperBound, language: .english)), n<\(Rate.minimumSample)]"
        }
        if explain { text += " = " + fraction(rate) + exclusions(rate) }
        return text
    }

    /// `1,234/1,413`.
    static func fraction(_ rate: Rate) -> String {
        let numerator = rate.numerator.rounded() == rate.numerator
            ? NumberFormatting.integer(Int(rate.numerator), language: .english)
            : NumberFormatting.decimal(rate.numerator, fractionDigits: 1, language: .english)
        return "\(numerator)/\(NumberFormatting.integer(rate.denominator, language: .english))"
    }

    /// `; excluded: 12 presiding the sitting, 3 motion of censure`, or empty.
    static func exclusions(_ rate: Rate) -> String {
        guard !rate.exclusions.isEmpty else { return "" }
        return "; excluded: " + rate.exclusions.map { "\(NumberFormatting.integer($0.count, language: .english)) \($0.reason.label)" }
            .joined(separator: ", ")
    }
}

/// A rate in JSON: always its counts, exclusions, interval and small-sample flag.
struct RateJSON: Encodable {
    let value: Double?
    let numerator: Double
    let denominator: Int
    let exclusions: [String: Int]
    let wilsonLow: Double?
    let wilsonHigh: Double?
    let belowMinimumSample: Bool

    init(_ rate: Rate) {
        value = rate.value.map(JSONNumber.round)
        numerator = rate.numerator
        denominator = rate.denominator
        exclusions = Dictionary(rate.exclusions.map { ($0.reason.rawValue, $0.count) }, uniquingKeysWith: +)
        wilsonLow = rate.wilsonInterval.map { JSONNumber.round($0.lowerBound) }
        wilsonHigh = rate.wilsonInterval.map { JSONNumber.round($0.upperBound) }
        belowMinimumSample = rate.isBelowMinimumSample
    }

    enum CodingKeys: String, CodingKey {
        case value, numerator, denominator, exclusions
        case wilsonLow = "wilson_low", wilsonHigh = "wilson_high", belowMinimumSample = "below_minimum_sample"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Undefined values are written as null, not left out: the keys are stable.
        try container.encode(value, forKey: .value)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(exclusions, forKey: .exclusions)
        try container.encode(wilsonLow, forKey: .wilsonLow)
        try container.encode(wilsonHigh, forKey: .wilsonHigh)
        try container.encode(belowMinimumSample, forKey: .belowMinimumSample)
    }
}

extension AnalyticsContext {
    /// Opens the store (building it from `datasets/` when empty) and loads the ballots that the
    /// filters and `--ballots` select, as every analytics command starts.
    ///
    /// `everyLegislatureByDefault`: without `--legislature` (and without `--ballots`, whose numbers
    /// belong to one legislature), select every legislature instead of the latest — for a career.
    static func load(store: StoreOptions, filters: BallotFilterOptions, numbers: BallotNumbersOption,
                     withCorrections: Bool, needsVotes: Bool = true, count: CountOption.Source = .published,
                     everyLegislatureByDefault: Bool = false) throws -> (HemicycleDatabase, AnalyticsContext) {
        let database = try store.openPopulated()
        var filter = filters.filter
        try numbers.apply(to: &filter, in: database)
        if everyLegislatureByDefault, filters.legislature == nil, numbers.references == nil { filter.allLegislatures = true }
        return (database, try AnalyticsContext(database: database, filter: filter, withCorrections: withCorrections, needsVotes: needsVotes,
                                               count: count))
    }
}
