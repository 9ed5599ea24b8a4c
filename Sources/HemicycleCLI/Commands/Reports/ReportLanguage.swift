import ArgumentParser
import Foundation
import HemicycleReport

/// `--lang fr|en`: the language of a card, page or report; see ``resolve(_:environment:)`` for the
/// rule when it is not given.
package enum ReportLanguage: String, ExpressibleByArgument, CaseIterable {
    case fr
    case en

    /// The language the renderers take.
    var language: NumberFormatting.Language {
        switch self {
        case .fr: return .french
        case .en: return .english
        }
    }
}

extension ReportLanguage {
    /// The language of every document, by one rule: `option` (`--lang`) when given, else
    /// `$HEMICYCLE_LANG` (`fr` or `en`), else the locale (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`, as POSIX orders them: `fr_FR.UTF-8` → French), else English. An unknown
    /// `$HEMICYCLE_LANG` is an error rather than a silent fallback; a locale in another language
    /// gives English. JSON and CSV never depend on it. The language found is noted on the
    /// command's output, for the documents' "data as of" footer.
    static func resolve(
        _ option: ReportLanguage?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ReportLanguage {
        let language = try rule(option, environment: environment)
        Console.output.note(language: language.language)
        return language
    }

    /// The rule of ``resolve(_:environment:)``.
    private static func rule(_ option: ReportLanguage?, environment: [String: String]) throws -> ReportLanguage {
        if let option { return option }
        if let value = environment["HEMICYCLE_LANG"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
            guard let language = ReportLanguage(rawValue: value.lowercased()) else {
                throw ValidationError("HEMICYCLE_LANG=\(value) is not a language: expected fr or en.")
            }
            return language
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("fr") == true ? .fr : .en
    }
}

/// `--lang fr|en` as an option group, for the commands whose documents have words: the
/// language is ``ReportLanguage/resolve(_:environment:)``'s, the one rule.
package struct LanguageOptions: ParsableArguments {
    @Option(help: "Language of the text and numbers: fr or en (default: $HEMICYCLE_LANG, else the locale's, else en).")
    package var lang: ReportLanguage?

    package init() {}

    /// The language of the readable formats (terminal, Markdown, HTML).
    package func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> NumberFormatting.Language {
        try ReportLanguage.resolve(lang, environment: environment).language
    }

    /// The language of the document `output` writes: English for CSV, which is for machines
    /// (its header and values never change), else ``resolved(environment:)``.
    package func resolved(for output: OutputOptions) throws -> NumberFormatting.Language {
        let language = try resolved()
        return output.format == .csv ? .english : language
    }
}
