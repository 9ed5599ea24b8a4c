/// Numbers written for machines (JSON, and the rates of CSV data cells): one rounding for every
/// output, so that two commands never print the same figure with other digits.
public enum JSONNumber {
    /// Rounded to 6 decimals, so that outputs are stable and readable.
    public static func round(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    /// Rounded, keeping nil.
    public static func round(_ value: Double?) -> Double? { value.map(round) }
}
