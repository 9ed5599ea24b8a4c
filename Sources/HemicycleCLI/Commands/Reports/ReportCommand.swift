import ArgumentParser
import HemicycleReport
import HemicycleStore

extension BallotSection: ExpressibleByArgument {}

/// `hemicycle report N…`: several ballots at once, as chosen sections (any format) or as one
/// self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report a list of ballots: chosen sections in any format, or one self-contained HTML page.",
        discussion: """
            --section picks what to show (repeatable, in order; default: summary): summary (one row per ballot), \
            groups (the table by political group), for, against, abstention, non-voting (the deputies in that \
            position, by group), corrections, source. Outputs name the open-data file without its folder, so \
            they are the same on every machine (notebooks rely on this).

            With --format html, or an --output file ending in .html, the page holds an index table linking to \
            each ballot, then each ballot's page as `hemicycle ballot N --format html` draws it (summary, groups, \
            hemicycle, bars by group, named votes, corrections, sources): no network, no script, inline CSS and \
            SVG, each ballot on a new page when printed.

            Examples:
              hemicycle report 773 --section groups --section against --format markdown
              hemicycle report 773 772 771 --output transports.html
              hemicycle report 773 774 --title "Sûreté dans les transports" --format html > page.html
            """
    )

    @Argument(help: "Ballot numbers (in the latest legislature unless --legislature) or uids.")
    var references: [String]

    @Option(help: "The legislature of the ballot numbers.")
    var legislature: Int?

    @Option(help: "What to show (repeatable): \(BallotSection.allCases.map(\.rawValue).joined(separator: ", ")).")
    var section: [BallotSection] = []

    @Option(help: "The HTML page's title (default: \"N ballots\").")
    var title: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of printing (HTML when it ends in .html).", valueName: "file"))
    var output: String?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var format: OutputOptions

    func validate() throws {
        if references.isEmpty { throw ValidationError("name at least one ballot") }
    }

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openPopulated()
        let reports = try references.map { reference -> BallotReport in
            let stored = try database.ballot(reference, legislature: legislature)
            return BallotReport(record: stored.record, groups: stored.groups, deputies: stored.deputies, source: stored.source)
        }
        if format.format == .html || output?.lowercased().hasSuffix(".html") == true {
            let html = Console.stamped(page: BallotListPage(inputs: reports.map { $0.pageInput(language: language) }, title: title, language: language).html())
            if let output {
                try OutputFile.write(html, to: output)
                Console.status("Wrote \(output) (\(reports.count) ballot\(reports.count == 1 ? "" : "s")).")
            } else {
                Console.output.write(html)
            }
            return
        }
        let sections = section.isEmpty ? [BallotSection.summary] : section
        let document = BallotSectionsDocument.document(reports, sections: sections, language: format.format == .csv ? .english : language)
        let payload = reports.map { BallotSectionsJSON($0, sections: sections) }
        let documentTitle = language == .french ? "Scrutins" : "Ballots"
        guard let output else {
            try format.emit(document, json: payload, title: documentTitle, csv: .payload(), language: language)
            return
        }
        // Render into a buffer, then write the file.
        let sink = Console.output.collectingCopy()
        try Console.$output.withValue(sink) { try format.emit(document, json: payload, title: documentTitle, csv: .payload(), language: language) }
        try OutputFile.write(sink.text, to: output)
        Console.status("Wrote \(output).")
    }
}
