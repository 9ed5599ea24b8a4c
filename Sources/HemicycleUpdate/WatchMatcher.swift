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

    private func stored(_ uids: Set<String>) throws -> [Ballot] {
        guard !uids.isEmpty else { return [] }
        var filter = BallotFilter(allLegislatures: true)
        filter.uids = uids.sorted()
        return try database.ballots(filter)
    }
}
