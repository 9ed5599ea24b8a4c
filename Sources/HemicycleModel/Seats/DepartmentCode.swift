import Foundation

/// Department codes written the same way whatever the source.
///
/// The sources disagree: the Assemblée writes `078`-style codes for some records and `78` for
/// others, `099` for French people abroad (*Français établis hors de France*); the RNE register
/// (Répertoire national des élus) writes `ZZ` for them and `ZX` for Saint-Barthélemy and
/// Saint-Martin; the Interior ministry's election coding drops leading zeros (`1`) and uses letters
/// for overseas (`ZA` = Guadeloupe). Every comparison of departments goes through ``normalized(_:)``.
public enum DepartmentCode {
    /// The code for French people abroad, as INSEE-style tables write it.
    public static let abroad = "ZZ"

    /// The election coding's letters for overseas departments and collectivities, as INSEE codes.
    static let overseasLetters: [String: String] = [
        "ZA": "971", "ZB": "972", "ZC": "973", "ZD": "974", "ZM": "976",
        "ZS": "975", "ZN": "988", "ZP": "987", "ZW": "986", "ZX": "977",
    ]

    /// The canonical form of a department code:
    /// - metropolitan departments on two digits: `1`, `01`, `001` → `01`; `078` → `78`;
    /// - Corsica as `2A`/`2B` (lower case accepted, `02A` too);
    /// - overseas on three digits: `971` … `988`; the election letters map to them (`ZA` → `971`,
    ///   `ZX` → `977`), and `978` (Saint-Martin, which shares 977's constituency) → `977`;
    /// - French people abroad: `099`, `99`, `ZZ` → `ZZ`.
    ///
    /// Anything else is returned trimmed and upper-cased, so that an unknown code never matches
    /// a known one by accident.
    public static func normalized(_ code: String) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        if trimmed == "ZZ" { return abroad }
        if let overseas = overseasLetters[trimmed] { return overseas }
        var digits = Substring(trimmed)
        // Leading zeros carry no meaning beyond the width: strip, then re-pad.
        while digits.count > 1, digits.first == "0" { digits = digits.dropFirst() }
        if digits == "2A" || digits == "2B" { return String(digits) }
        guard let value = Int(digits) else { return trimmed }
        switch value {
        case 1...95: return value < 10 ? "0\(value)" : "\(value)"
        case 99: return abroad
        case 978: return "977"
        case 971...989: return "\(value)"
        default: return trimmed
        }
    }
}
