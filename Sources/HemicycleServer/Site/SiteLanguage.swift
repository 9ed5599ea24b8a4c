import HemicycleReport

/// The language of a page: `?lang=fr` or `?lang=en`, else the server's default (French unless
/// `serve --lang en`). JSON and CSV never change with it.
public enum SiteLanguage: String, Sendable, CaseIterable {
    case fr, en

    /// The language the report renderers take.
    var language: NumberFormatting.Language { self == .fr ? .french : .english }

    /// The other one, for the switch.
    var other: SiteLanguage { self == .fr ? .en : .fr }

    /// The page's words in this language.
    func t(_ english: String, _ french: String) -> String { self == .fr ? french : english }
}
