/// A five-number summary plus mean of a list of numbers (turnouts, counts…), in their unit.
///
/// Quantiles use linear interpolation between order statistics — Hyndman & Fan (1996) type 7,
/// the default of R, NumPy and spreadsheets: for *n* sorted values x₀…xₙ₋₁ the *p*-quantile is
/// at position h = (n − 1)·p, i.e. x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
public struct Distribution: Hashable, Sendable, Codable {
    /// How many values.
    public var count: Int
    /// The smallest value.
    public var min: Double
    /// First quartile (p = 0.25, type 7).
    public var lowerQuartile: Double
    /// Median (p = 0.5, type 7).
    public var median: Double
    /// Third quartile (p = 0.75, type 7).
    public var upperQuartile: Double
    /// The largest value.
    public var max: Double
    /// Arithmetic mean.
    public var mean: Double

    /// Summarises the values; nil when there are none.
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        count = sorted.count
        min = sorted[0]
        max = sorted[sorted.count - 1]
        lowerQuartile = Distribution.quantile(sorted: sorted, 0.25)
        median = Distribution.quantile(sorted: sorted, 0.5)
        upperQuartile = Distribution.quantile(sorted: sorted, 0.75)
        mean = sorted.reduce(0, +) / Double(sorted.count)
    }

    /// The p-quantile (p in 0…1) of already sorted, non-empty values, Hyndman & Fan type 7.
    public static func quantile(sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "quantile of an empty list")
        let h = Double(sorted.count - 1) * Swift.min(Swift.max(p, 0), 1)
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
