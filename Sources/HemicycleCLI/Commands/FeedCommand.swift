import ArgumentParser
import Foundation
import HemicycleReport
import HemicycleStore
import HemicycleUpdate

/// `hemicycle feed WATCH --output feed.atom`: a watch's ballots as an Atom feed.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write a watch's ballots (newest first) as an Atom feed.",
        discussion: "Example: hemicycle feed jo2030 --output jo2030.atom"
    )

    @Argument(help: "The watch's name (see hemicycle watch list).") var watch: String
    @Option(help: "The file to write (default: standard output).") var output: String?
    @Option(help: "At most this many ballots, newest first.") var limit = 50
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        guard let saved = try database.watches().first(where: { $0.name == watch }) else {
            throw StoreError.notFound("no watch named \(watch) (hemicycle watch list)")
        }
        let ballots = try WatchMatcher(database: database).ballots(for: saved).prefix(limit)
        let updated = try database.freshness().lastUpdateAt.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
        let xml = AtomFeed.make(title: "Hemicycle: \(saved.name) (\(saved.kind.rawValue) \(saved.value))",
                                id: "urn:hemicycle:watch:\(saved.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? saved.name)",
                                updated: updated, ballots: Array(ballots))
        if let output { try OutputFile.write(xml, to: output) } else { Console.output.write(xml) }
    }
}
