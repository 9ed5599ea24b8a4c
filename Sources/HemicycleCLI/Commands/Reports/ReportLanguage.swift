import ArgumentParser
import Foundation
import HemicycleReport

/// `--lang fr|en`: the language of a card, page or report (each command picks its default: French
/// for cards, English for `ballot`).
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
    /// The language a command uses: `option` when given, else `$HEMICYCLE_LANG` (`fr` or `en`),
    /// else `fallback`. An unknown `$HEMICYCLE_LANG` is an error rather than a silent fallback.
    static func resolve(
        _ option: ReportLanguage?, default fallback: ReportLanguage,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ReportLanguage {
        if let option { return option }
        guard let value = environment["HEMICYCLE_LANG"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return fallback
        }
        guard let language = ReportLanguage(rawValue: value.lowercased()) else {
            throw ValidationError("HEMICYCLE_LANG=\(value) is not a language: expected fr or en.")
        }
        return language
    }
}
