import HemicycleAnalytics
import HemicycleModel
import Testing

/// A deputy's career over two legislatures: one person (`PA…`, for life), two legislatures' groups
/// (other ids), figures per legislature and overall.
@Suite("Careers across legislatures")
struct CareerTests {
    typealias V = Fixture.V

    /// PA1 sits in both legislatures, in group G16 then G17; PA2 only in the 16th, PA3 only in the 17th.
    let sixteenth = [
        Fixture.record(1, date: "2023-03-22", votes: [V(deputy: "PA1", group: "G16", position: .for), V(deputy: "PA2", group: "G16", position: .for)], legislature: 16),
        Fixture.record(2, date: "2023-03-23", votes: [V(deputy: "PA1", group: "G16", position: .against), V(deputy: "PA2", group: "G16", position: .for),
                                                      V(deputy: "PA4", group: "G16", position: .for)], legislature: 16),
    ]
    let seventeenth = [
        Fixture.record(1, date: "2025-02-11", votes: [V(deputy: "PA3", group: "G17", position: .against), V(deputy: "PA1", group: "G17", position: .against)]),
        Fixture.record(2, date: "2025-02-12", votes: [V(deputy: "PA3", group: "G17", position: .for)]),
    ]

    @Test func concatenatedLegislaturesEqualOneMatrixOfAllTheRecords() {
        let concatenated = VoteMatrix(concatenating: [VoteMatrix(records: sixteenth), VoteMatrix(records: seventeenth)])
        #expect(concatenated == VoteMatrix(records: sixteenth + seventeenth), "index for index")
        #expect(concatenated.legislatures == [16, 17])
        #expect(concatenated.deputyIDs.filter { $0 == "PA1" }.count == 1, "one person, one index across legislatures")
        #expect(Set(concatenated.groupIDs) == ["G16", "G17"], "two legislatures' groups never merge")
    }

    @Test func aLegislatureSelectedFromACareerGivesThatLegislaturesFigures() {
        let career = VoteMatrix(records: sixteenth + seventeenth)
        let periods: [String: [SeatPeriod]] = [
            "PA1": [SeatPeriod(start: Fixture.day("2022-06-22"), end: nil)],
            "PA2": [SeatPeriod(start: Fixture.day("2022-06-22"), end: Fixture.day("2024-06-09"))],
            "PA3": [SeatPeriod(start: Fixture.day("2024-07-18"), end: nil)],
            "PA4": [SeatPeriod(start: Fixture.day("2022-06-22"), end: Fixture.day("2024-06-09"))],
        ]
        func participation(_ matrix: VoteMatrix, _ id: String) -> Rate? {
            matrix.participation(seatPeriods: periods).first { $0.deputyID == id }?.participation
        }
        let only16 = career.selecting { $0.legislature == 16 }
        #expect(only16.ballots.map(\.uid) == ["VTANR5L16V1", "VTANR5L16V2"])
        #expect(only16.deputyIDs == career.deputyIDs, "indices are kept")
        #expect(participation(only16, "PA1") == participation(VoteMatrix(records: sixteenth), "PA1"))
        // PA1: 2 of 2 in the 16th, 1 of 2 in the 17th, 3 of 4 overall.
        #expect(participation(only16, "PA1")?.numerator == 2 && participation(only16, "PA1")?.denominator == 2)
        let only17 = career.selecting { $0.legislature == 17 }
        #expect(participation(only17, "PA1")?.numerator == 1 && participation(only17, "PA1")?.denominator == 2)
        #expect(participation(career, "PA1")?.numerator == 3 && participation(career, "PA1")?.denominator == 4)
        // PA2 held no seat in the 17th: those ballots are left out, not absences.
        #expect(participation(career, "PA2")?.denominator == 2)
        // Loyalty in the 16th: PA1 voted against G16's line (for) on ballot 2.
        let loyalty = only16.loyalty().first { $0.deputyID == "PA1" }
        #expect(loyalty?.rebellions == ["VTANR5L16V2"])
    }
}
