import ArgumentParser
import HemicycleReport
import HemicycleStore

/// `hemicycle ballot N|UID`
struct BallotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ballot",
        abstract: "Report one public ballot (scrutin): totals, table by political group, and every deputy's vote.",
        discussion: """
            The figures are the official ones (syntheseVote). Corrections (mises au point) are listed beside \
            them and never change them. A deputy's group is the group the ballot lists them under. When the \
            legislative files are imported, a "Context" section tells what was voted: the amendment, the bill \
            and its fate.

            --lang fr writes the summary line, headings, table headers and positions in French, \
            with French number formatting (21,7 %); without --lang, $HEMICYCLE_LANG, else the locale (LANG=fr_FR.UTF-8), else English. JSON \
            keys and values stay English, and CSV stays machine-readable (English values, plain digits).

            Examples:
              hemicycle ballot 773
              hemicycle ballot 773 --lang fr
              hemicycle ballot VTANR5L17V773 --format json
              hemicycle ballot 773 --format html > ballot-773.html
            """
    )

    @OptionGroup var ballot: BallotReferenceOptions

    @Option(help: "Language of the text and numbers: fr or en (default: $HEMICYCLE_LANG, else the locale's, else en).")
    var lang: ReportLanguage?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try ReportLanguage.resolve(lang).language
        let database = try store.openPopulated()
        let stored = try ballot.stored(in: database)
        let report = BallotReport(record: stored.record, groups: stored.groups, deputies: stored.deputies, source: stored.source)
        if output.format == .html {
            Console.print(Console.stamped(page: BallotReportPage.html(for: report, language: language)))
            return
        }
        let context = try database.ballotContext(uid: stored.ballot.uid)
        try output.emit(
            // CSV is for machines: English values and plain digits whatever the language.
            report.document(context: context?.blocks(language: output.format == .csv ? .english : language) ?? [],
                            language: output.format == .csv ? .english : language),
            json: BallotJSON(report: report.jsonPayload, context: context?.payload),
            title: "Ballot \(report.ballot.number)",
            csv: .payload(list: "votes")
        )
    }
}
