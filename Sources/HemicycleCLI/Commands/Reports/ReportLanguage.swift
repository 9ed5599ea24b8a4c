import ArgumentParser
import HemicycleReport

/// `--lang fr|en`: the language of a card or page (French by default).
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
