import ArgumentParser
import Foundation
import HemicycleStore
import HemicycleDocuments

/// `hemicycle feed WATCH --output feed.atom`: a watch's ballots as an Atom feed.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write a watch's ballots (newest first) as an Atom feed.",
        discussion: "Example: hemicycle feed jo2030 --output jo2030.atom"
    )

    @Argument(help: "The watch's name (see hemicycle watch list).") var watch: String
    @Option(help: "The file to write (default: standard output).") var output: String?
    @Option(help: "At most this many ballots, newest first.") var limit = WatchFeed.defaultLimit
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        guard let xml = try WatchFeed.atom(watch: watch, database: database, limit: limit) else {
            throw StoreError.notFound("no watch named \(watch) (hemicycle watch list)")
        }
        if let output { try OutputFile.write(xml, to: output) } else { Console.output.write(xml) }
    }
}
