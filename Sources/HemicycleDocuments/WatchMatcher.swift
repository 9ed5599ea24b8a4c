import HemicycleModel
import HemicycleStore

/// Finds the stored ballots a watch follows: a search through the store's ballot search (the
/// function `ballots --search` calls), an explicit list of ballots, a person's or a group's
/// ballots.
public struct WatchMatcher: Sendable {
    public let database: HemicycleDatabase

    public init(database: HemicycleDatabase) {
        self.database = database
    }

    /// Every stored ballot the watch matches, newest first.
    public func ballots(for watch: Watch) throws -> [Ballot] {
        switch watch.kind {
        case .search:
            return try database.ballots(BallotFilter(search: watch.value, allLegislatures: true))
        case .ballots:
            // A listed ballot not stored yet (announced, or of a legislature not imported) is
            // simply not matched until a dump brings it.
            let uids = Self.references(watch.value).compactMap { try? database.ballotUIDs([$0]).first }
            return try stored(Set(uids))
        case .deputy:
            return try stored(try database.ballotUIDs(votedBy: watch.value))
        case .group:
            return try stored(try database.ballotUIDs(listingGroup: watch.value))
        case .town:
            return try stored(try ballotUIDs(votedFromSeats: Set(watch.value.split(separator: " ").map(String.init))))
        }
    }

    /// For each watch, the ballots among `new` it matches (in their order); watches that match
    /// none are left out.
    public func matches(_ watches: [Watch], among new: [BallotHeadline]) throws -> [WatchMatch] {
        guard !new.isEmpty else { return [] }
        return try watches.compactMap { watch in
            let uids = Set(try ballots(for: watch).map(\.uid))
            let matched = new.filter { uids.contains($0.uid) }
            return matched.isEmpty ? nil : WatchMatch(watch: watch, ballots: matched)
        }
    }

    /// The ballot references of a `ballots` watch (space- or comma-separated; unreadable ones skipped).
    public static func references(_ value: String) -> [BallotReference] {
        value.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { try? BallotReference(parsing: String($0)) }
    }

    /// The ballots on which a deputy voted while holding one of `seats` (by its mandate's dates).
    private func ballotUIDs(votedFromSeats seats: Set<String>) throws -> Set<String> {
        let mandates = Dictionary(grouping: try database.seatMandates().filter { seats.contains($0.constituencyLabel) }, by: \.deputyRef)
        var uids = Set<String>()
        for (deputy, held) in mandates {
            for ballot in try stored(try database.ballotUIDs(votedBy: deputy))
            where held.contains(where: { ($0.startDate.map { $0 <= ballot.date } ?? true) && ($0.endDate.map { ballot.date <= $0 } ?? true) }) {
                uids.insert(ballot.uid)
            }
        }
        return uids
    }

    private func stored(_ uids: Set<String>) throws -> [Ballot] {
        guard !uids.isEmpty else { return [] }
        var filter = BallotFilter(allLegislatures: true)
        filter.uids = uids.sorted()
        return try database.ballots(filter)
    }
}
