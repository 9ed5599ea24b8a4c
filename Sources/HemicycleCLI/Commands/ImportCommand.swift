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
            (records, notes, discrepancies, changed).

            Example:
              hemicycle import datasets/AMO_acteurs_organes_mandats_XVII.json.zip datasets/Scrutins_XVII.json.zip
              hemicycle import datasets/*.zip --format json
            """
    )

    @Argument(help: "Dumps to import (.zip, folder or .json).")
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        var bars = DumpProgressBars()
        let summary = try ImportPipeline(database: database).dumps(paths) { path, done, total in
            if !quiet { bars.update(path: path, done: done, total: total) }
        }
        bars.finish()
        try output.emit(Self.document(summary), json: summary, title: "Import")
    }

    /// The summary as a table of records, the notes, the discrepant ballots.
    static func document(_ summary: ImportSummary) -> ReportDocument {
        var table = ReportTable(title: "Import into \(summary.database)", columns: [
            .init("Records", key: "kind"), .init("Read", key: "read", alignment: .right),
            .init("Added", key: "added", alignment: .right), .init("Updated", key: "updated", alignment: .right),
            .init("Unchanged", key: "unchanged", alignment: .right),
        ])
        for c in summary.records { table.append([c.kind, "\(c.read)", "\(c.added)", "\(c.updated)", "\(c.unchanged)"]) }
        var document = ReportDocument()
        document.table(table)
        if !summary.notes.isEmpty { document.list(summary.notes) }
        let discrepant = summary.discrepancies
        if !discrepant.isEmpty {
            document.paragraph("\(discrepant.count) ballot\(discrepant.count == 1 ? "" : "s") whose published counts differ from their own named lists, imported with both (the published count is the official figure; hemicycle ballot states the recount):")
            document.list(discrepant.map { "\($0.legislature):\($0.number) (\($0.uid)): " + $0.details.joined(separator: "; ") })
        }
        if !summary.changedAnything { document.paragraph("Nothing changed: the database already held these records.") }
        return document
    }
}
