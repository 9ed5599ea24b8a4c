import ArgumentParser
import Foundation
import HemicycleReport

/// `hemicycle card N`: a share card (SVG, and PNG through `rsvg-convert`) for one ballot.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Write a share card of one ballot: a sentence with the key figures, the hemicycle, the date and the source.",
        discussion: """
            The figures come from the database (the ballot's official totals), never typed. In French with --lang fr \
            ("86 député·es sur 577 ont voté pour ; 125 ont pris part au vote."), HEMICYCLE_LANG=fr or a French \
            locale (LANG=fr_FR.UTF-8), else in English. The card \
            is a 1200×675 SVG; --png also writes a PNG next to it with rsvg-convert (Debian: librsvg2-bin).

            Without --output the SVG is printed. With --output, the files are written and a summary is printed \
            in the chosen --format.

            Examples:
              hemicycle card 773 > card-773.svg
              hemicycle card 773 --lang en --subject "extending algorithmic video-surveillance to 2027" --output card-773.svg --png
              hemicycle card 773 --title "VSA : prolongée jusqu'en 2027" --output vsa.svg
            """
    )

    @OptionGroup var ballot: BallotReferenceOptions

    @Option(help: "Language of the card: fr or en (default: $HEMICYCLE_LANG, else the locale's, else en).")
    var lang: ReportLanguage?

    @Option(help: "The title shown (default: the ballot's title).")
    var title: String?

    @Option(help: "What was voted for, after \"voted for\" / \"ont voté pour\".")
    var subject: String?

    @Option(help: "The whole key sentence, replacing the generated one.")
    var sentence: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the SVG to this file.", valueName: "file.svg"))
    var output: String?

    @Flag(help: "Also write a PNG (same name, .png) with rsvg-convert.")
    var png = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var format: OutputOptions

    func validate() throws {
        if png, output == nil { throw ValidationError("--png needs --output FILE.svg (the PNG is written beside it)") }
    }

    func run() throws {
        let lang = try ReportLanguage.resolve(self.lang)
        let database = try store.openPopulated()
        let input = try BallotPageLoader.input(ballot, database: database)
        let fate = try database.ballotContext(uid: input.ballot.uid)?.fateLine
        var card = ShareCard(input: input, language: lang.language, title: title, subject: subject, sentence: sentence, fate: fate)
        card.freshness = Console.output.currentStamp.freshness
        let svg = card.svg()
        guard let output else {
            Console.output.write(svg)
            return
        }
        try OutputFile.write(svg, to: output)
        var pngPath: String?
        if png {
            let path = (output.hasSuffix(".svg") ? String(output.dropLast(4)) : output) + ".png"
            do {
                try PNGRasteriser.png(svgPath: output, pngPath: path, width: Int(ShareCard.width), height: Int(ShareCard.height))
            } catch let failure as PNGRasteriser.Failure {
                // A usage matter (exit 64), as before: the SVG is there, the PNG needs the tool.
                if case .missingTool = failure { throw ValidationError("the SVG was written to \(output), but no PNG: \(failure)") }
                throw ValidationError("\(failure)")
            }
            pngPath = path
        }

        let summary = ShareCardSummary(card: card, input: input, svg: output, png: pngPath)
        try format.emit(summary.document(), json: summary, title: "Share card", language: lang.language)
    }


}
