import ArgumentParser
import Foundation
import HemicycleCLI
import HemicycleModel
import HemicycleReport
import HemicycleStore
import HemicycleUpdate

/// `hemicycle update [--source URL|DIR] [--legislature N…] [--legislation] [--dry-run]`
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: CompanionCommand.update.abstract,
        discussion: """
            Fetches each legislature's persons dump (AMO10) and ballots dump (Scrutins.json.zip) from the \
            official open-data repository, with conditional requests (ETag, Last-Modified; else the SHA-256 \
            of what arrives), timeouts and retries. Each download is kept in a temporary file and its zip \
            checked (directory, sizes, CRCs) before anything is imported; then the dumps that changed are \
            imported in one transaction. A failed or interrupted update leaves the database as it was. \
            The summary lists the new ballots, the ballots republished with another record (and what \
            changed), and the persons and groups added or changed; the database keeps a log of updates \
            (see hemicycle status). With --legislation, the dossiers-législatifs and amendments dumps are \
            fetched and imported too, in the same transaction, and the summary counts the dossiers, \
            documents and amendments added or changed. --lang fr writes the summary in French (the JSON keeps \
            its English keys and words).

            Examples:
              hemicycle update
              hemicycle update --dry-run --format json
              hemicycle update --legislation
              hemicycle update --lang fr
              hemicycle update --source /mirror/openData/repository --legislature 16 17
            """
    )

    @Option(help: ArgumentHelp("Where the dumps come from: a repository's base URL (the part before '{legislature}/…') or a folder laid out the same way.", valueName: "url-or-folder"))
    var source: String?

    @Option(parsing: .upToNextOption, help: "Legislatures to update (default: the latest in the database, else 17).")
    var legislature: [Int] = []

    @Flag(help: "Only the ballots dump (not the persons dump).")
    var ballotsOnly = false

    @Flag(help: "Also the legislative files (Dossiers_Legislatifs.json.zip) and amendments (Amendements.json.zip) dumps.")
    var legislation = false

    @Flag(help: "Download and compare, say what would change, write nothing.")
    var dryRun = false

    @Option(help: "Seconds without data from the server before a download is given up.")
    var readTimeout: Double = 60

    @Option(help: "Attempts per dump when a download fails (network, truncation, 5xx).")
    var attempts = 3

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    func validate() throws {
        if let bad = legislature.first(where: { !(1...99).contains($0) }) { throw ValidationError("--legislature \(bad): not a legislature") }
        if attempts < 1 { throw ValidationError("--attempts must be at least 1") }
        if readTimeout <= 0 { throw ValidationError("--read-timeout must be positive") }
    }

    func run() throws {
        let language = try self.language.resolved(for: output)
        let database = try HemicycleDatabase(path: store.resolvedPath)
        var settings = UpdateSettings(
            source: try source.map(DumpSource.init(argument:)) ?? .official,
            legislatures: legislature.isEmpty ? [try database.latestLegislature() ?? 17] : legislature
        )
        if ballotsOnly { settings.kinds = [.ballots] }
        if legislation { settings.kinds += DumpKind.legislation }
        settings.dryRun = dryRun
        settings.readTimeout = readTimeout
        settings.attempts = attempts
        let display = UpdateProgressDisplay(quiet: quiet)
        let updater = Updater(database: database, settings: settings)
        let summary = try BlockingTask.run { try await updater.run(progress: display.show) }
        display.finish()
        let freshness = try database.freshness()
        try output.emit(UpdateSummaryDocument.make(summary, freshness: freshness, language: language),
                        json: UpdateSummaryJSON(update: summary, freshness: freshness), title: language == .french ? "Mise à jour" : "Update",
                        language: language)
    }
}
