import ArgumentParser
import HemicycleAnalytics
import HemicycleDocuments
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

/// The ballots, persons and groups an analytics command works on, loaded once from the store
/// (the selection itself, which the reports read, is ``HemicycleReport/AnalyticsSelection``).
struct AnalyticsContext {
    /// The id of the bogus group some ballots of December 2024 publish.
    static let bogusGroup = AnalyticsSelection.bogusGroup

    /// The selection as read from the store.
    let loaded: LoadedSelection
    var snapshot: AnalyticsSnapshot { loaded.snapshot }
    /// The ballots, votes, persons and groups the reports are built from.
    var selection: AnalyticsSelection { loaded.selection }
    /// The votes the figures are computed on: as published, or with corrections applied.
    var matrix: VoteMatrix { selection.matrix }
    /// Seat periods of every deputy of the legislature, by id.
    var seatPeriods: [String: [SeatPeriod]] { selection.seatPeriods }
    /// Group ids whose members are not compared with a line (``HemicycleReport/AnalyticsSelection/loyaltyExcluded``).
    var loyaltyExcluded: Set<String> { selection.loyaltyExcluded }
    var withCorrections: Bool { selection.withCorrections }

    /// Loads the selected ballots (``HemicycleDocuments/LoadedSelection``, the loading step the
    /// server shares), warning when a packed copy of the votes was damaged.
    init(database: HemicycleDatabase, filter: BallotFilter, withCorrections: Bool, needsVotes: Bool = true,
         count: CountOption.Source = .published) throws {
        let loaded = try LoadedSelection(database: database, filter: filter, withCorrections: withCorrections, needsVotes: needsVotes,
                                         recountedFromNames: count == .named)
        for legislature in loaded.damagedPackedVotes {
            Console.status("warning: the packed copy of the votes of legislature \(legislature) does not match its checksum; "
                + "the votes were read from the tables (the figures are right). Run `hemicycle check`.")
        }
        self.loaded = loaded
    }

    /// The short label of a group ("RN"), else its id.
    func groupLabel(_ id: String) -> String { selection.groupLabel(id) }

    /// "Yaël Braun-Pivet", else the id when the person is unknown.
    func name(_ deputyID: String) -> String { selection.name(deputyID) }

    /// The group each deputy was listed under on the last ballot that lists them, by matrix index.
    func latestGroups() -> [Int32] { selection.latestGroups() }

    /// "17th legislature, 3,876 ballots from 2024-07-18 to 2025-06-30" (English).
    var selectionLine: String { selection.selectionLine() }

    /// Resolves a deputy by id or name (``HemicycleDocuments/LoadedSelection/deputy(_:in:)``).
    func resolveDeputy(_ text: String, in database: HemicycleDatabase) throws -> Deputy {
        try loaded.deputy(text, in: database)
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
