import ArgumentParser
import Foundation
import HemicycleLegislation
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle amendment N [--dossier ID] [--apply-to FILE]`
struct AmendmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendment",
        abstract: "What an amendment does: its text, authors, fate, ballots and its operations on the law.",
        discussion: """
            The operative text (dispositif) is parsed into operations — replace words or dates, insert, delete, \
            rewrite a sentence, alinéa or article, add an article — each with its target (law or code, article, \
            part I/II…, sentence or alinéa). With --apply-to, the operations are applied to the text of a file \
            (the targeted article, one alinéa a line): the result is printed, and an operation that does not fit \
            the text is reported as not applicable, never applied approximately.

            Examples:
              hemicycle amendment 237
              hemicycle amendment 237 --dossier DLR5L16N49176 --format json
              hemicycle amendment 237 --apply-to article10.txt
            """
    )

    @Argument(help: "The amendment number (237) or its uid.")
    var reference: String

    @Option(help: "The dossier uid, when the number exists in several dossiers.")
    var dossier: String?

    @Option(name: .customLong("apply-to"), help: ArgumentHelp("Apply the operations to this text file and print the result.", valueName: "file"))
    var applyTo: String?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openWithLegislation()
        let stored = try FollowedProvision.amendment(reference, dossier: dossier, in: database)
        var applied: AmendmentApplicationReport?
        if let applyTo {
            guard let data = FileManager.default.contents(atPath: applyTo), let text = String(data: data, encoding: .utf8) else {
                throw StoreError.notFound("cannot read \(applyTo) as UTF-8 text")
            }
            applied = AmendmentApplicationReport.apply(AmendmentReport.parse(stored.amendment).operations, to: text)
        }
        let followed = try FollowedProvision(stored, in: database)
        let report = AmendmentReport(stored: stored, application: applied, outcome: followed.outcome, provision: followed.ruling, path: followed.path)
        try output.emit(report.document(language: output.format == .csv ? .english : language), json: report.payload,
                        title: report.title(language: language), csv: .payload(uid: "amendment_uid"), language: language)
    }
}
