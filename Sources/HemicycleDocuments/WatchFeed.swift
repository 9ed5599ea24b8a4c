import Foundation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// A saved watch's Atom feed, as `hemicycle feed` writes it and `serve` exposes it at
/// `/feeds/{watch}.atom`: one function, so that both give the same bytes.
public enum WatchFeed {
    /// The most ballots a feed lists by default, newest first.
    public static let defaultLimit = 50

    /// The feed of the watch named `name`, at most `limit` ballots, newest first; nil when no
    /// watch has that name. Its `updated` is when the store was last updated, else the date of
    /// its newest ballot (not the time of the request: the same store gives the same feed).
    public static func atom(watch name: String, database: HemicycleDatabase, limit: Int = defaultLimit) throws -> String? {
        guard let saved = try database.watches().first(where: { $0.name == name }) else { return nil }
        let ballots = Array(try WatchMatcher(database: database).ballots(for: saved).prefix(max(1, limit)))
        let newest = ballots.map(\.date).max().flatMap { ISO8601DateFormatter().date(from: "\($0.description)T00:00:00Z") }
        let updated = try database.freshness(includingImportedDumps: false).lastUpdateAt.flatMap { ISO8601DateFormatter().date(from: $0) }
            ?? newest ?? Date(timeIntervalSince1970: 0)
        return AtomFeed.make(title: "Hemicycle: \(saved.name) (\(saved.kind.rawValue) \(saved.value))",
                             id: "urn:hemicycle:watch:\(saved.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? saved.name)",
                             updated: updated, ballots: ballots)
    }
}
