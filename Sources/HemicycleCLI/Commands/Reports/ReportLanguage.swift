import ArgumentParser
import Foundation
import HemicycleReport

/// `--lang fr|en`: the language of a card, page or report; see ``resolve(_:environment:)`` for the
/// rule when it is not given.
enum ReportLanguage: String, ExpressibleByArgument, CaseIterable {
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
    /// gives English. JSON and CSV never depend on it.
    static func resolve(
        _ option: ReportLanguage?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ReportLanguage {
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
struct LanguageOptions: ParsableArguments {
    @Option(help: "Language of the text and numbers: fr or en (default: $HEMICYCLE_LANG, else the locale's, else en).")
    var lang: ReportLanguage?

    /// The language of the readable formats (terminal, Markdown, HTML).
    func resolved() throws -> NumberFormatting.Language { try ReportLanguage.resolve(lang).language }
}
