/// The JSON of `hemicycle ballot`: the report's payload, plus `context` when the ballot is linked
/// to legislation.
public struct BallotJSON<Context: Encodable & Sendable>: Encodable, Sendable {
    public let report: BallotReport.JSONPayload
    public let context: Context?

    /// The report's payload with the ballot's legislative context, if any.
    public init(report: BallotReport.JSONPayload, context: Context?) {
        self.report = report
        self.context = context
    }

    private struct ContextKey: CodingKey {
        var stringValue: String { "context" }
        var intValue: Int? { nil }
        init() {}
        init?(stringValue: String) { return nil }
        init?(intValue: Int) { return nil }
    }

    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: ContextKey.self)
        try container.encodeIfPresent(context, forKey: ContextKey())
    }
}
