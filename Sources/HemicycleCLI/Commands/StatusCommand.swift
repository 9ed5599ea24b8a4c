import ArgumentParser
import HemicycleReport
import HemicycleStore

/// `hemicycle status`: what the database holds, how fresh it is, and where it came from.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the database holds per legislature, the dumps it came from and when they were fetched."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        let freshness = try database.freshness()
        try output.emit(StoreStatusDocument.make(freshness, databasePath: database.path), json: freshness, title: "Status")
    }
}
