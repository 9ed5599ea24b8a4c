/// Who held a seat on a day, when the mandates alone do not say.
///
/// The Assemblée's export leaves many seat mandates open: a deputy appointed to the government
/// keeps a mandate without end date while their substitute (*suppléant*) gets one that starts on
/// the election day (in the 17th legislature, 41 seats have two or more open mandates on
/// 2025-02-11). So a seat's holder on a day is taken among the deputies whose mandate covers the
/// day as the one listed on a ballot (voting, or non-voting as a minister or presiding officer)
/// nearest to that day. Ties keep every candidate; callers report when a choice was needed.
public struct SeatOccupancy: Sendable {
    /// The seat mandates used.
    public let mandates: [SeatMandate]
    private let bySeat: [String: [SeatMandate]]
    private let byDeputy: [String: [SeatMandate]]
    private let listed: [String: [CalendarDate]]

    /// Indexes mandates and the days each deputy is listed on a ballot (sorted).
    public init(mandates: [SeatMandate], listedDays: [String: [CalendarDate]]) {
        self.mandates = mandates
        bySeat = Dictionary(grouping: mandates, by: \.constituencyLabel)
        byDeputy = Dictionary(grouping: mandates, by: \.deputyRef)
        listed = listedDays
    }

    /// The distance in days (approximate: a month counts 31) from `day` to the nearest day the
    /// deputy is listed on a ballot; nil if never listed.
    func distance(_ deputy: String, to day: CalendarDate) -> Int? {
        guard let days = listed[deputy], !days.isEmpty else { return nil }
        func ordinal(_ d: CalendarDate) -> Int { (d.year * 12 + d.month) * 31 + d.day }
        let target = ordinal(day)
        return days.map { abs(ordinal($0) - target) }.min()
    }

    /// The holders of a seat (label `59-10`) on a day, or today (open mandates of the latest
    /// legislature, decided at `latestDay`, the last ballot's day), and whether a choice between
    /// several covering mandates had to be made.
    public func holders(seat: String, on day: CalendarDate?, latestDay: CalendarDate?) -> (holders: [SeatMandate], ambiguous: Bool) {
        let ofSeat = bySeat[seat] ?? []
        let candidates: [SeatMandate]
        let reference: CalendarDate?
        if let day {
            candidates = ofSeat.filter { $0.covers(day) }
            reference = day
        } else {
            let latest = ofSeat.compactMap(\.legislature).max()
            candidates = ofSeat.filter { $0.endDate == nil && $0.legislature == latest }
            reference = latestDay
        }
        // One mandate per deputy (a minister back in the Assemblée has two).
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0.deputyRef).inserted }
        guard unique.count > 1, let reference else { return (unique, false) }
        let distances = unique.map { distance($0.deputyRef, to: reference) ?? Int.max }
        let best = distances.min() ?? Int.max
        guard best != Int.max else { return (unique, true) }
        return (zip(unique, distances).filter { $0.1 == best }.map(\.0), true)
    }

    /// Whether the deputy held their seat on that day: a mandate covers it and no other deputy
    /// with a mandate covering it at the same seat was listed nearer to that day.
    public func isInOffice(_ deputy: String, on day: CalendarDate) -> Bool {
        let own = (byDeputy[deputy] ?? []).filter { $0.covers(day) }
        return own.contains { m in holders(seat: m.constituencyLabel, on: day, latestDay: nil).holders.contains { $0.deputyRef == deputy } }
    }
}
