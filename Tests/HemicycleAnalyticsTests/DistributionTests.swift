import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Distribution and turnout")
struct DistributionTests {
    /// Type 7 on 1, 2, 3, 4: h = 3p, so Q1 at h = 0.75 → 1.75, median 2.5, Q3 at 2.25 → 3.25.
    @Test func quartilesInterpolateLinearly() throws {
        let d = try #require(Distribution([4, 1, 3, 2]))
        #expect(d.count == 4)
        #expect(d.min == 1 && d.max == 4)
        #expect(d.lowerQuartile == 1.75)
        #expect(d.median == 2.5)
        #expect(d.upperQuartile == 3.25)
        #expect(d.mean == 2.5)
    }

    @Test func oddCountMedianIsTheMiddleValue() throws {
        let d = try #require(Distribution([10, 0, 5]))
        #expect(d.median == 5)
        #expect(d.lowerQuartile == 2.5)
    }

    @Test func singleValueAndEmpty() throws {
        let d = try #require(Distribution([7]))
        #expect(d.min == 7 && d.lowerQuartile == 7 && d.median == 7 && d.upperQuartile == 7 && d.max == 7)
        #expect(Distribution([]) == nil)
    }

    /// Three ballots on 100 seats: 60 and 20 voters in January (SPO, adopted / rejected), 40 in
    /// February (SPS, adopted).
    @Test func turnoutSummaryGroupsAndThresholds() throws {
        let ballots = [
            Fixture.record(1, date: "2025-01-10", votes: Fixture.many(60, "a", "G", .for), seats: 100).ballot,
            Fixture.record(2, date: "2025-01-20", votes: Fixture.many(20, "a", "G", .against), seats: 100).ballot,
            Fixture.record(3, date: "2025-02-03", type: .solemn, votes: Fixture.many(40, "a", "G", .for), seats: 100).ballot,
        ]
        let summary = TurnoutSummary(ballots: ballots, lowTurnoutThreshold: 50, lowestAdoptedCount: 5)
        #expect(summary.ballots.map(\.voters) == [60, 20, 40])
        #expect(summary.ballots[0].rate.value == 0.6)
        let overall = try #require(summary.overall)
        #expect(overall.median == 0.4)
        #expect(abs(overall.mean - 0.4) < 1e-12)
        #expect(summary.byMonth["2025-01"]?.count == 2)
        #expect(summary.byMonth["2025-01"]?.mean == 0.4)
        #expect(summary.byMonth["2025-02"]?.median == 0.4)
        #expect(summary.byType[.solemn]?.count == 1)
        #expect(summary.byType[.ordinary]?.max == 0.6)
        #expect(summary.byResult[.rejected]?.max == 0.2)
        // Fewer than 50 voters: ballots 2 (20) and 3 (40).
        #expect(summary.lowTurnoutBallots.numerator == 2)
        #expect(summary.lowTurnoutBallots.denominator == 3)
        // Adopted ballots, fewest voters first: 3 (40) then 1 (60).
        #expect(summary.lowestTurnoutAdopted.map(\.number) == [3, 1])
    }

    @Test func zeroVoterBallotHasZeroTurnout() {
        let ballot = Fixture.record(1, votes: []).ballot
        let summary = TurnoutSummary(ballots: [ballot], lowTurnoutThreshold: 1)
        #expect(summary.ballots[0].rate.value == 0)
        #expect(summary.lowTurnoutBallots.value == 1)
        #expect(summary.lowestTurnoutAdopted.isEmpty)  // 0 for, 0 against: rejected
    }
}
