import HemicycleAnalytics

/// A rate in JSON: always its counts, exclusions, interval and small-sample flag.
public struct RateJSON: NullKeepingEncodable, Sendable {
    /// numerator / denominator, in 0…1, rounded (``JSONNumber/round(_:)``); null when undefined.
    public let value: Double?
    /// The count of favourable trials (half votes possible in scorecards).
    public let numerator: Double
    /// The count of trials.
    public let denominator: Int
    /// Trials left out of the rate, by ``HemicycleAnalytics/ExclusionReason`` raw value.
    public let exclusions: [String: Int]
    /// The 95 % Wilson interval's bounds, in 0…1; null when undefined.
    public let wilsonLow: Double?
    public let wilsonHigh: Double?
    /// Fewer trials than ``HemicycleAnalytics/Rate/minimumSample``.
    public let belowMinimumSample: Bool

    /// The JSON of `rate`.
    public init(_ rate: Rate) {
        value = rate.value.map(JSONNumber.round)
        numerator = rate.numerator
        denominator = rate.denominator
        exclusions = Dictionary(rate.exclusions.map { ($0.reason.rawValue, $0.count) }, uniquingKeysWith: +)
        wilsonLow = rate.wilsonInterval.map { JSONNumber.round($0.lowerBound) }
        wilsonHigh = rate.wilsonInterval.map { JSONNumber.round($0.upperBound) }
        belowMinimumSample = rate.isBelowMinimumSample
    }

    /// The properties in declaration order, as ``NullKeepingEncodable/encodeStoredProperties(to:)``
    /// writes them, without reflecting on every rate of a table (tested against it).
    public func encode(to encoder: any Encoder) throws {
        var container = NullKeepingContainer(encoder)
        try container.encode(value, "value")
        try container.encode(numerator, "numerator")
        try container.encode(denominator, "denominator")
        try container.encode(exclusions, "exclusions")
        try container.encode(wilsonLow, "wilsonLow")
        try container.encode(wilsonHigh, "wilsonHigh")
        try container.encode(belowMinimumSample, "belowMinimumSample")
    }
}
