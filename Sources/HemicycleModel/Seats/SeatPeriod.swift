/// A period during which a deputy held a seat in the Assemblée, both ends included.
///
/// A missing start means "since before any ballot"; a missing end, "still sitting".
public struct SeatPeriod: Hashable, Sendable, Codable {
    /// First day in office, or nil if unknown / before the data.
    public var start: CalendarDate?
    /// Last day in office, or nil if still in office.
    public var end: CalendarDate?

    /// A period from `start` to `end`, both included; nil for an open end.
    public init(start: CalendarDate?, end: CalendarDate?) {
        self.start = start
        self.end = end
    }

    /// A closed range of days.
    public init(_ range: ClosedRange<CalendarDate>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// Whether the deputy held the seat on that day.
    public func contains(_ day: CalendarDate) -> Bool {
        if let start, day < start { return false }
        if let end, day > end { return false }
        return true
    }

    /// The seat periods of each deputy, from their mandates: every mandate in a body of type
    /// `ASSEMBLEE` (a seat), keyed by deputy id. Other mandates (groups, committees) are ignored.
    public static func fromMandates(_ mandates: [Mandate]) -> [String: [SeatPeriod]] {
        var result: [String: [SeatPeriod]] = [:]
        for m in mandates where m.bodyType == "ASSEMBLEE" {
            result[m.deputyRef, default: []].append(SeatPeriod(start: m.startDate, end: m.endDate))
        }
        return result
    }
}
