import ArgumentParser
import Foundation
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
            again changes nothing; a newer dump updates what changed.

            Example:
              hemicycle import datasets/AMO_acteurs_organes_mandats_XVII.json.zip datasets/Scrutins_XVII.json.zip
            """
    )

    @Argument(help: "Dumps to import (.zip, folder or .json).")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Flag(name: .shortAndLong, help: "No progress bar.")
    var quiet = false

    func run() throws {
        let database = try HemicycleDatabase(path: store.resolvedPath)
        // Bodies, persons and mandates first (the oldest export first), so that ballots' groups can
        // be resolved in the same run.
        let ordered = paths.sorted { rank($0) < rank($1) }
        let outcome = try Importer(database: database).run(paths: ordered, quiet: quiet)
        let s = outcome.statistics
        var table = ReportTable(title: "Import into \(database.path)", columns: [
            .init("Records", key: "kind"), .init("Read", key: "read", alignment: .right),
            .init("Added", key: "added", alignment: .right), .init("Updated", key: "updated", alignment: .right),
            .init("Unchanged", key: "unchanged", alignment: .right),
        ])
        for (label, c) in [("ballots", s.ballots), ("persons", s.deputies), ("bodies", s.bodies), ("mandates", s.mandates)] where c.read > 0 {
            table.append([label, "\(c.read)", "\(c.added)", "\(c.updated)", "\(c.unchanged)"])
        }
        var document = ReportDocument()
        document.table(table)
        var notes: [String] = []
        for (path, summary) in outcome.summaries {
            for (kind, count) in summary.skippedByKind.sorted(by: { $0.key < $1.key }) {
                notes.append("\(path): \(count) \(kind) entries skipped (not imported by this command)")
            }
            notes += summary.notices.map { "\(path): \($0)" }
            notes += summary.warnings.map { "warning: \($0)" }
        }
        notes += s.unrecoveredBogusGroups.map { "warning: \($0): some groups published as PO0 could not be recovered" }
        if !notes.isEmpty { document.list(notes) }
        let discrepant = outcome.summaries.flatMap(\.summary.discrepancies)
        if !discrepant.isEmpty {
            document.paragraph("\(discrepant.count) ballot\(discrepant.count == 1 ? "" : "s") whose published counts differ from their own named lists, imported with both (the published count is the official figure; hemicycle ballot states the recount):")
            document.list(discrepant.map { ballot in
                "\(ballot.legislature):\(ballot.number) (\(ballot.uid)): " + ballot.discrepancies.map { $0.description() }.joined(separator: "; ")
            })
        }
        if !s.changedAnything { document.paragraph("Nothing changed: the database already held these records.") }
        Console.print(TerminalRenderer(useColor: Console.colorAllowed).render(document))
    }

    private func rank(_ path: String) -> Int {
        ShippedDatasets.importRank(fileName: (path as NSString).lastPathComponent)
    }
}
