import HemicycleModel
import Testing
@testable import HemicycleAnalytics

/// Turnout over the seats held on each ballot's day, on hand-built mandates.
@Suite("Turnout over sitting deputies")
struct SittingTurnoutTests {
    func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }

    func seat(_ uid: String, _ deputy: String, _ code: String?, _ number: Int?, from start: String?, to end: String?,
              body: String = "ASSEMBLEE") throws -> Mandate {
        Mandate(uid: uid, deputyRef: deputy, legislature: 17, bodyType: body, bodyRefs: ["PO1"],
                startDate: try start.map(day), endDate: try end.map(day),
                election: code == nil && number == nil ? nil : Election(departmentCode: code, constituency: number))
    }

    /// 30 voters over 2 seats held, beside 30 / 577 seats.
    @Test func turnoutOverSittingDeputies() throws {
        let seats = SittingSeats(mandates: [
            try seat("PM1", "PA1", "59", 10, from: "2024-07-07", to: nil),
            try seat("PM3", "PA3", "01", 1, from: "2024-07-07", to: "2025-02-28"),
        ])
        func ballot(_ uid: String, _ date: String, voters: Int) throws -> Ballot {
            Ballot(uid: uid, number: 1, legislature: 17, date: try day(date), type: .ordinary, typeCode: "SPO", typeLabel: "",
                   majorityRule: "", result: .adopted, resultLabel: "", title: "t",
                   official: Tally(for: voters), voters: voters, expressed: voters, required: voters / 2 + 1)
        }
        let summary = SittingTurnoutSummary(ballots: [try ballot("A", "2025-02-01", voters: 2), try ballot("B", "2025-03-01", voters: 1)],
                                            seats: seats)
        #expect(summary.entries.map(\.sitting) == [2, 1])
        #expect(summary.entries.map(\.rate.value) == [1.0, 1.0])
        #expect(summary.sittingRange == 1...2)
        #expect(summary.overall?.count == 2)
    }
}
