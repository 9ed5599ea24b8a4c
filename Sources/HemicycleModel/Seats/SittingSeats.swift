/// How many seats of the Assemblée were held on a day, from the seat mandates (bodies of type
/// `ASSEMBLEE`): the denominator of turnout over sitting deputies.
///
/// Method: a seat is a constituency (*circonscription*: department code, normalized by
/// ``DepartmentCode/normalized(_:)``, and number, as published in the mandate's election), keyed
/// as ``SeatMandate/label(departmentCode:constituency:)`` like ``SeatOccupancy``'s seats; it counts as held on a day when at least one of its
/// mandates covers that day (start ≤ day ≤ end, an open end covering every later day). Counting
/// seats rather than mandates keeps a deputy appointed to the government and their substitute
/// (*suppléant*), both with open mandates, from being counted twice. A mandate without a
/// constituency counts as a seat of its own.
///
/// Limits: the figure is only as good as the mandates' end dates. The Assemblée's export leaves
/// many seat mandates open (in the shipped 17th-legislature file every one is), so a seat left
/// vacant by a death or a resignation still counts as held until a new mandate replaces it, and
/// the count only falls below the house size before the first mandate of a seat starts. It
/// never says whether the holder could vote (members of the government cannot). *Who* held a seat
/// on a day, when several open mandates cover it, is ``SeatOccupancy``'s question; this type only
/// counts the seats held.
public struct SittingSeats: Sendable {
    /// The coverage periods of each seat (key: `department-constituency`).
    private let periods: [String: [SeatPeriod]]

    /// Indexes the seat mandates; mandates of other bodies are ignored.
    public init(mandates: [Mandate]) {
        var periods: [String: [SeatPeriod]] = [:]
        for m in mandates where m.bodyType == "ASSEMBLEE" {
            let key: String
            if let code = m.election?.departmentCode, let number = m.election?.constituency {
                key = SeatMandate.label(departmentCode: code, constituency: number)
            } else {
                key = "mandate:" + m.uid
            }
            periods[key, default: []].append(SeatPeriod(start: m.startDate, end: m.endDate))
        }
        self.periods = periods
    }

    /// The number of distinct seats in the mandates, a count of seats.
    public var seatCount: Int { periods.count }

    /// The number of seats held on that day, a count of deputies (0 with no mandate).
    public func count(on day: CalendarDate) -> Int {
        periods.values.count { $0.contains { $0.contains(day) } }
    }
}
