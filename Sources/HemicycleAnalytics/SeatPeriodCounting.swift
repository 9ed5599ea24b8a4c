import HemicycleModel

// Counting ballots within seat periods (``HemicycleModel/SeatPeriod``), for participation.

/// A day as a comparable integer, for binary searches over sorted ballot dates.
@inline(__always)
func dayKey(_ date: CalendarDate) -> Int { (date.year * 13 + date.month) * 32 + date.day }

/// How many of the sorted keys fall inside the period.
func count(in sortedKeys: [Int], within period: SeatPeriod) -> Int {
    let lower = period.start.map(dayKey) ?? Int.min
    let upper = period.end.map(dayKey) ?? Int.max
    guard lower <= upper else { return 0 }
    return firstIndex(in: sortedKeys, above: upper) - firstIndex(in: sortedKeys, notBelow: lower)
}

/// The first index whose key is ≥ `value` (sortedKeys.count if none).
func firstIndex(in sortedKeys: [Int], notBelow value: Int) -> Int {
    var low = 0, high = sortedKeys.count
    while low < high {
        let mid = (low + high) / 2
        if sortedKeys[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
}

/// The first index whose key is > `value` (sortedKeys.count if none).
func firstIndex(in sortedKeys: [Int], above value: Int) -> Int {
    value == Int.max ? sortedKeys.count : firstIndex(in: sortedKeys, notBelow: value + 1)
}

/// Merges periods that share a day so that no day is counted twice.
func mergedPeriods(_ periods: [SeatPeriod]) -> [SeatPeriod] {
    let sorted = periods.sorted { ($0.start.map(dayKey) ?? Int.min) < ($1.start.map(dayKey) ?? Int.min) }
    var merged: [SeatPeriod] = []
    for p in sorted {
        if var last = merged.last {
            let lastEnd = last.end.map(dayKey) ?? Int.max
            let start = p.start.map(dayKey) ?? Int.min
            if start <= lastEnd {
                let end = p.end.map(dayKey) ?? Int.max
                if end > lastEnd { last.end = p.end }
                merged[merged.count - 1] = last
                continue
            }
        }
        merged.append(p)
    }
    return merged
}
