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

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let database = try store.openPopulated()
        var paths = self.paths
        if paths.isEmpty {
            guard let folder = LegislationDatasets.locate() else { throw StoreError.notFound("no datasets/law/ folder found: give the dumps to import") }
            paths = [folder.path]
        }
        let statistics = try ImportPipeline(database: database).legislation(paths).legislation ?? LegislationImportStatistics()
        let legislature = try database.latestLegislature() ?? 17
        let coverage = try database.legislationCoverage(legislature: legislature)
        var document = ReportDocument()
        var table = ReportTable(title: "Legislation import into \(database.path)", columns: [
            .init("Records", key: "kind"), .init("Read", key: "read", alignment: .right), .init("Added", key: "added", alignment: .right),
            .init("Updated", key: "updated", alignment: .right), .init("Unchanged", key: "unchanged", alignment: .right),
        ])
        for (label, c) in [("dossiers", statistics.dossiers), ("documents", statistics.documents), ("amendments", statistics.amendments),
                           ("decisions of the Conseil constitutionnel", statistics.decisions)] {
            table.append([label, "\(c.read)", "\(c.added)", "\(c.updated)", "\(c.unchanged)"])
        }
        document.table(table)
        var links = ReportTable(title: "Links", columns: [
            .init("Link", key: "link"), .init("Stored", key: "total", alignment: .right),
            .init("Added", key: "added", alignment: .right), .init("Removed", key: "removed", alignment: .right),
        ])
        links.append(["ballot ↔ dossier", "\(statistics.dossierLinks.total)", "\(statistics.dossierLinks.added)", "\(statistics.dossierLinks.removed)"])
        links.append(["ballot ↔ amendment", "\(statistics.amendmentLinks.total)", "\(statistics.amendmentLinks.added)", "\(statistics.amendmentLinks.removed)"])
        document.table(links)
        document.paragraph(statistics.changedAnything ? "Changes committed." : "Nothing changed: the store already held these records.")
        document.blocks += CoverageReport(coverage: coverage).blocks()
        struct Payload: Encodable {
            let dossiers, documents, amendments, decisions: Counts
            let dossierLinks, amendmentLinks: LinkCounts
            let changed: Bool
            let coverage: CoverageReport.Payload
        }
        try output.emit(document, json: Payload(dossiers: Counts(statistics.dossiers), documents: Counts(statistics.documents), amendments: Counts(statistics.amendments), decisions: Counts(statistics.decisions),
                                                dossierLinks: statistics.dossierLinks, amendmentLinks: statistics.amendmentLinks,
                                                changed: statistics.changedAnything, coverage: CoverageReport(coverage: coverage).payload),
                        title: "Legislation import")
    }
}

/// Import counts of one kind of record, for JSON.
struct Counts: Encodable {
    let read, added, updated, unchanged: Int
    init(_ c: ChangeCounts) { (read, added, updated, unchanged) = (c.read, c.added, c.updated, c.unchanged) }
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
