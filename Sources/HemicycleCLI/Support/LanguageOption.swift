import ArgumentParser
import HemicycleReport

/// `--lang fr|en`: the language of a command's document (terminal, Markdown, HTML); JSON and CSV
/// never change with it.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of the text and numbers: fr or en (default: $HEMICYCLE_LANG, else the locale's, else en).")
    var lang: ReportLanguage?

    /// The language by the one rule (``ReportLanguage/resolve(_:environment:)``).
    func resolved() throws -> NumberFormatting.Language {
        try ReportLanguage.resolve(lang).language
    }

    /// The language of the document `output` writes: English for CSV, which is for machines
    /// (its header and values never change), else ``resolved()``.
    func resolved(for output: OutputOptions) throws -> NumberFormatting.Language {
        let language = try resolved()
        return output.format == .csv ? .english : language
    }
}
