import ArgumentParser
import Foundation
import HemicycleIngest
import HemicycleReport
import HemicycleStore

/// `hemicycle legislation import|coverage`
struct LegislationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "legislation",
        abstract: "Import amendments, legislative files (dossiers) and documents; link them to ballots.",
        subcommands: [LegislationImportCommand.self, LegislationCoverageCommand.self, LegislationContextCommand.self]
    )
}

/// `hemicycle legislation import [PATH…]`
struct LegislationImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import amendments and dossiers (AN JSON dumps) in one transaction, then link ballots to them.",
        discussion: """
            Each PATH is a .json.zip, a folder of zips or of .json files, or one .json file; default: datasets/law/. \
            A lone .htm, .html or .txt file is a decision of the Conseil constitutionnel as the Council publishes it: \
            its operative articles are read article by article (struck out, in part, upheld with a reservation) with \
            what each article modifies, and the fate line of the ballots on that provision then says what became of it. \
            Everything is imported in one transaction, and importing the same files again changes nothing. \
            Ballots are then linked to dossiers (dossier vote references, sitting references, bill titles) and to \
            amendments (numbers in ballot titles, identical amendments), and the coverage on the latest \
            legislature is printed.

            Example:
              hemicycle legislation import
              hemicycle legislation import datasets/law/Amendements_DLR5L16N49176.json.zip --format json
              hemicycle legislation import 2025878DC.htm
            """
    )

    @Argument(help: "Dumps to import (default: datasets/law/).")
    var paths: [String] = []

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved(for: output)
        let database = try store.openPopulated()
        var paths = self.paths
        if paths.isEmpty {
            guard let folder = LegislationDatasets.locate() else { throw StoreError.notFound("no datasets/law/ folder found: give the dumps to import") }
            paths = [folder.path]
        }
        let summary = try ImportPipeline(database: database).legislation(paths)
        let legislature = try database.latestLegislature() ?? 17
        let report = LegislationImportReport(
            database: database.path, records: summary.records, changed: summary.changedAnything,
            coverage: CoverageReport(coverage: try database.legislationCoverage(legislature: legislature)))
        try output.emit(report.document(language: language), json: report.payload,
                        title: language == .french ? "Import des textes" : "Legislation import", language: language)
    }
}

/// `hemicycle legislation coverage`
struct LegislationCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "How many ballots are linked to a dossier and to their amendments, and why the others are not.",
        discussion: """
            Example:
              hemicycle legislation coverage --legislature 17
            """
    )

    @Option(help: "The legislature (default: the latest).")
    var legislature: Int?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openWithLegislation()
        let leg = try legislature ?? database.latestLegislature() ?? 17
        let report = CoverageReport(coverage: try database.legislationCoverage(legislature: leg))
        try output.emit(ReportDocument(blocks: report.blocks(language: language)), json: report.payload, title: language == .french ? "Couverture" : "Coverage",
                        csv: .data(report.dataTable), language: language)
    }
}

/// `hemicycle legislation context N|UID`: the legislative context of one ballot alone.
struct LegislationContextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "context",
        abstract: "What a ballot was about: the amendment(s) voted, the bill, and the bill's final fate.",
        discussion: """
            The same section is shown by `hemicycle ballot N`.

            Example:
              hemicycle legislation context 773
            """
    )

    @OptionGroup var ballot: BallotReferenceOptions

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openWithLegislation()
        let uid = try ballot.stored(in: database).record.ballot.uid
        guard let context = try database.ballotContext(uid: uid) else {
            throw StoreError.notFound("ballot \(uid) is linked to no dossier or amendment")
        }
        try output.emit(ReportDocument(blocks: context.blocks(language: output.format == .csv ? .english : language)), json: context.payload,
                        title: context.title(language: language), csv: .payload(list: "amendments", uid: "amendment_uid"), language: language)
    }
}
