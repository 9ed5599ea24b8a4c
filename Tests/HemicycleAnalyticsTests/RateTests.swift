import Testing
@testable import HemicycleAnalytics

@Suite("Rate")
struct RateTests {
    @Test func exclusionCounterKeepsEveryReasonApart() {
        var counter = ExclusionCounter()
        for (n, reason) in ExclusionReason.allCases.enumerated() { counter.add(reason, n + 1) }
        #expect(counter.exclusions.map(\.reason) == ExclusionReason.allCases)
        #expect(counter.exclusions.map(\.count) == Array(1...ExclusionReason.allCases.count))
        #expect(ExclusionReason.allCases.allSatisfy { counter[$0] == (ExclusionReason.allCases.firstIndex(of: $0) ?? -1) + 1 })
    }

    @Test func valueIsTheProportion() {
        #expect(Rate(3, of: 4).value == 0.75)
        #expect(Rate(0, of: 5).value == 0)
        #expect(Rate(5, of: 5).value == 1)
    }

    @Test func zeroDenominatorHasNoValueAndNoInterval() {
        let rate = Rate(0, of: 0)
        #expect(rate.value == nil)
        #expect(rate.wilsonInterval == nil)
        #expect(rate.isBelowMinimumSample)
    }

    @Test func minimumSampleIsThirty() {
        #expect(Rate(1, of: 29).isBelowMinimumSample)
        #expect(!Rate(1, of: 30).isBelowMinimumSample)
    }

    /// 0 successes out of 10: center = (z²/20)/(1 + z²/10) = 0.13877, half-width the same,
    /// so the interval is 0…0.2775 (the textbook value).
    @Test func wilsonIntervalOfZeroOutOfTen() throws {
        let interval = try #require(Rate(0, of: 10).wilsonInterval)
        #expect(interval.lowerBound == 0)
        #expect(abs(interval.upperBound - 0.2775) < 0.0005)
    }

    /// 5 out of 10: symmetric around 0.5, 0.2366…0.7634.
    @Test func wilsonIntervalOfHalf() throws {
        let interval = try #require(Rate(5, of: 10).wilsonInterval)
        #expect(abs(interval.lowerBound - 0.2366) < 0.0005)
        #expect(abs(interval.upperBound - 0.7634) < 0.0005)
    }

    @Test func wilsonIntervalContainsTheValueAndStaysInUnitRange() throws {
        for n in [1, 2, 7, 30, 577] {
            for k in [0, n / 3, n / 2, n] {
                let rate = Rate(k, of: n)
                let interval = try #require(rate.wilsonInterval)
                let value = try #require(rate.value)
                #expect(interval.lowerBound >= 0 && interval.upperBound <= 1)
                #expect(interval.contains(value))
            }
        }
    }

    @Test func zeroCountExclusionsAreDropped() {
        let rate = Rate(1, of: 2, exclusions: [
            Exclusion(reason: .presiding, count: 3), Exclusion(reason: .notInOffice, count: 0),
        ])
        #expect(rate.exclusions == [Exclusion(reason: .presiding, count: 3)])
        #expect(rate.excluded(.presiding) == 3)
        #expect(rate.excluded(.notInOffice) == 0)
        #expect(rate.excludedCount == 3)
    }
}
