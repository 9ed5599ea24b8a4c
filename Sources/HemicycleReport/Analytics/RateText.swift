import HemicycleAnalytics

/// Rates and indices as the cells of a document, in English or French.
public enum RateText {
    /// `0.853` (`0,853` in French), or `–` when undefined (indices such as Rice, Attinà, agreement).
    public static func index(_ value: Double?, digits: Int = 3, language: NumberFormatting.Language = .english) -> String {
        guard let value else { return "–" }
        return NumberFormatting.decimal(value, fractionDigits: digits, language: language)
    }

    /// The rate as a cell: `87.3 %`; on fewer than 30 trials the Wilson interval and a warning
    /// (`50.0 % [23.7–76.3 %, n<30]`); with `explain`, the counts and exclusions
    /// (`87.3 % = 1,234/1,413; excluded: 12 presiding the sitting`).
    public static func cell(_ rate: Rate, explain: Bool, language: NumberFormatting.Language = .english) -> String {
        var text = NumberFormatting.percent(rate.value, language: language)
        if rate.value != nil, rate.isBelowMinimumSample, let interval = rate.wilsonInterval {
            text += " [\(NumberFormatting.decimal(interval.lowerBound * 100, fractionDigits: 1, language: language))–\(NumberFormatting.percent(interval.upperBound, language: language)), n<\(Rate.minimumSample)]"
        }
        if explain { text += " = " + fraction(rate, language: language) + exclusions(rate, language: language) }
        return text
    }

    /// `1,234/1,413` (`1 234/1 413` in French).
    public static func fraction(_ rate: Rate, language: NumberFormatting.Language = .english) -> String {
        let numerator = rate.numerator.rounded() == rate.numerator
            ? NumberFormatting.integer(Int(rate.numerator), language: language)
            : NumberFormatting.decimal(rate.numerator, fractionDigits: 1, language: language)
        return "\(numerator)/\(NumberFormatting.integer(rate.denominator, language: language))"
    }

    /// `; excluded: 12 presiding the sitting, 3 motion of censure` (`; exclus : …` in French), or empty.
    public static func exclusions(_ rate: Rate, language: NumberFormatting.Language = .english) -> String {
        guard !rate.exclusions.isEmpty else { return "" }
        let items = rate.exclusions.map { "\(NumberFormatting.integer($0.count, language: language)) \($0.reason.label(language: language))" }
            .joined(separator: ", ")
        return (language == .french ? "\u{202F}; exclus\(NumberFormatting.narrowNoBreakSpace): " : "; excluded: ") + items
    }
}

extension ExclusionReason {
    /// A short explanation in `language` (``label`` in English).
    public func label(language: NumberFormatting.Language) -> String {
        guard language == .french else { return label }
        switch self {
        case .notInOffice: return "hors mandat"
        case .presiding: return "présidence de séance"
        case .governmentMember: return "membre du gouvernement"
        case .otherNonVoting: return "non-votant (autre cause)"
        case .censureMotion: return "motion de censure"
        case .outOfScope: return "hors périmètre"
        case .noGroupMajority: return "groupe sans position"
        case .excludedGroup: return "groupe exclu"
        case .absent: return "absent"
        }
    }
}

extension BallotScope {
    /// The scope in words: `all ballots but motions of censure`, `solemn ballots`; in French
    /// `tous les scrutins sauf les motions de censure`, `scrutins solennels`.
    public func words(language: NumberFormatting.Language = .english) -> String {
        switch (self, language) {
        case (.solemn, .english): return "solemn ballots"
        case (.solemn, .french): return "scrutins solennels"
        case (_, .english): return "all ballots but motions of censure"
        case (_, .french): return "tous les scrutins sauf les motions de censure"
        }
    }
}

extension GroupLineSource {
    /// `recounted`, `published`; in French `recomptée`, `publiée` (the line, *la position*).
    public func words(language: NumberFormatting.Language = .english) -> String {
        guard language == .french else { return rawValue }
        switch self {
        case .recounted: return "recomptée"
        case .published: return "publiée"
        }
    }

    /// The other line, which `--explain` shows where it differs.
    public var other: GroupLineSource { self == .recounted ? .published : .recounted }
}
