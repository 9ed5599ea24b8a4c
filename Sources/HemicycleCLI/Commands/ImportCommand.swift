import ArgumentParser
import Foundation
import HemicycleIngest
import HemicycleReport
import HemicycleStore

/// `hemicycle import PATH…`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Assemblée nationale open-data dumps (ballots, persons, bodies, mandates).",
        discussion: """
            Each PATH is a .json.zip as published, a folder of .json files, or one .json file. All paths are \
            imported in one transaction: if one fails, the database is left as it was. Importing the same dump \
            again changes nothing; a newer dump updates what changed. --format json prints the summary as JSON \
            (records, notes, discrepancies, changed). --lang fr writes the tables in French.

            Example:
              hemicycle import datasets/AMO_acteurs_organes_mandats_XVII.json.zip datasets/Scrutins_XVII.json.zip
              hemicycle import datasets/*.zip --format json
              hemicycle import datasets/Scrutins_XVII.json.zip --lang fr
            """
    )

    @Argument(help: "Dumps to import (.zip, folder or .json).")
    var paths: [String]

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    func run() throws {
        let language = try self.language.resolved(for: output)
        let database = try HemicycleDatabase(path: store.resolvedPath)
        var bars = DumpProgressBars()
        let summary = try ImportPipeline(database: database).dumps(paths) { path, done, total in
            if !quiet { bars.update(path: path, done: done, total: total) }
        }
        bars.finish()
        try output.emit(Self.report(summary).document(language: language), json: summary,
                        title: "Import", language: language)
    }

    /// The summary as the import's report.
    static func report(_ summary: ImportSummary) -> ImportReport {
        ImportReport(database: summary.database, records: summary.records, skipped: summary.skippedEntries, notes: summary.readerNotes,
                     discrepancies: summary.discrepancies, changed: summary.changedAnything)
    }
}
