/// Numbers written the French or the English way, without Foundation locales (whose output
/// differs between platforms and library versions).
///
/// French uses a comma as decimal separator, a narrow no-break space (U+202F) between groups of
/// thousands and before `%`: `12 345`, `12,5 %`. English uses a point and commas, and a space
/// before `%` as the terminal tables always printed it: `12,345`, `12.5 %`.
public enum NumberFormatting {
    /// A language for numbers and sentences.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        case french
        case english
    }

    /// The narrow no-break space (U+202F) French typography puts between groups of digits and
    /// before `%`, `;`, `:`.
    public static let narrowNoBreakSpace = "\u{202F}"

    /// An integer with thousands separators: `12 345` (French), `12,345` (English).
    public static func integer(_ value: Int, language: Language) -> String {
        let digits = String(value.magnitude)
        let separator = language == .french ? narrowNoBreakSpace : ","
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A decimal number rounded half away from zero to `fractionDigits` digits:
    /// `12,5` (French), `12.5` (English). Thousands are grouped as in ``integer(_:language:)``.
    /// Non-finite values are written `–`.
    public static func decimal(_ value: Double, fractionDigits: Int = 1, language: Language) -> String {
        guard value.isFinite else { return "–" }
        let digits = max(0, min(fractionDigits, 9))
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(value) }
        let units = Int(scaled)
        let factor = Int(scale)
        let whole = integer(units / factor, language: language)
        // "-0.0" is not a useful thing to print: a value that rounds to zero has no sign.
        let sign = value < 0 && units != 0 ? "-" : ""
        guard digits > 0 else { return sign + whole }
        var fraction = String(units % factor)
        while fraction.count < digits { fraction = "0" + fraction }
        return sign + whole + (language == .french ? "," : ".") + fraction
    }

    /// A rate in 0…1 written as a percentage, the one percent formatter of every output:
    /// `0.125` → `12,5 %` (French, narrow no-break space) or `12.5 %` (English, a space); an
    /// undefined rate (nil) is `–`.
    public static func percent(_ rate: Double?, fractionDigits: Int = 1, language: Language) -> String {
        guard let rate else { return "–" }
        let number = decimal(rate * 100, fractionDigits: fractionDigits, language: language)
        return number + (language == .french ? narrowNoBreakSpace : " ") + "%"
    }

    /// An English ordinal number: `1st`, `2nd`, `3rd`, `11th`, `17th`, `22nd`, `113th`.
    public static func englishOrdinal(_ n: Int) -> String {
        let suffix: String
        switch (n.magnitude % 10, n.magnitude % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
