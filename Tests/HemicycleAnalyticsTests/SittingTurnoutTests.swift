import HemicycleModel
import Testing
@testable import HemicycleAnalytics

/// Turnout over the seats held on each ballot's day, on hand-built mandates.
@Suite("Turnout over sitting deputies")
struct SittingTurnoutTests {
    /// 30 voters over 2 seats held, beside 30 / 577 seats.
    @Test func turnoutOverSittingDeputies() throws {
        func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }
        // Seat 59-10 open; seat 01-1 held until 2025-02-28.
        let seats = SittingSeats(mandates: try [("PM1", "59", 10, nil), ("PM3", "01", 1, "2025-02-28")].map { uid, code, number, end in
            Mandate(uid: uid, deputyRef: "PA" + uid.dropFirst(2), legislature: 17, bodyType: "ASSEMBLEE", bodyRefs: ["PO1"],
                    startDate: try day("2024-07-07"), endDate: try end.map(day), election: Election(departmentCode: code, constituency: number))
        })
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
