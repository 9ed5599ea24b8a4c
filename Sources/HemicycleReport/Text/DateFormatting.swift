import HemicycleModel

/// Dates written out in words, without Foundation locales.
public enum DateFormatting {
    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `11 février 2025` (French, with `1er` for the first of the month) or `11 February 2025`
    /// (English).
    public static func long(_ date: CalendarDate, language: NumberFormatting.Language) -> String {
        let index = min(max(date.month - 1, 0), 11)
        switch language {
        case .french:
            let day = date.day == 1 ? "1er" : String(date.day)
            return "\(day) \(frenchMonths[index]) \(date.year)"
        case .english:
            return "\(date.day) \(englishMonths[index]) \(date.year)"
        }
    }
}
