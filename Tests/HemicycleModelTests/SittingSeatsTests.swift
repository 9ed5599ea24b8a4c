import HemicycleModel
import Testing

/// Seats held on a day and turnout over sitting deputies, on hand-built mandates.
@Suite("Sitting seats")
struct SittingSeatsTests {
    func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso: text)) }

    func seat(_ uid: String, _ deputy: String, _ code: String?, _ number: Int?, from start: String?, to end: String?,
              body: String = "ASSEMBLEE") throws -> Mandate {
        Mandate(uid: uid, deputyRef: deputy, legislature: 17, bodyType: body, bodyRefs: ["PO1"],
                startDate: try start.map(day), endDate: try end.map(day),
                election: code == nil && number == nil ? nil : Election(departmentCode: code, constituency: number))
    }

    /// Seat 59-10: a minister (open mandate) and their substitute (open, from March) count once.
    /// Seat 099-1 (written `99` by a later mandate): held until 2025-02-28, vacant in March,
    /// held again from April. Seat 75-1 starts in April. A group mandate is ignored.
    @Test func countsDistinctSeatsCoveringTheDay() throws {
        let seats = SittingSeats(mandates: [
            try seat("PM1", "PA1", "59", 10, from: "2024-07-07", to: nil),
            try seat("PM2", "PA2", "59", 10, from: "2025-03-01", to: nil),
            try seat("PM3", "PA3", "099", 1, from: "2024-07-07", to: "2025-02-28"),
            try seat("PM4", "PA4", "99", 1, from: "2025-04-01", to: nil),
            try seat("PM5", "PA5", "75", 1, from: "2025-04-01", to: nil),
            try seat("PM6", "PA1", nil, nil, from: "2024-07-07", to: nil, body: "GP"),
        ])
        #expect(seats.seatCount == 3)
        #expect(seats.count(on: try day("2024-07-06")) == 0)
        #expect(seats.count(on: try day("2025-02-28")) == 2)  // 59-10, 99-1
        #expect(seats.count(on: try day("2025-03-15")) == 1)  // 99-1 vacant; 59-10 once, not twice
        #expect(seats.count(on: try day("2025-04-01")) == 3)
    }

    /// The seat keys are ``SeatOccupancy``'s: a department code as any source writes it meets its
    /// canonical form (`ZZ` and `099`, `978` and `977`, `ZA` and `971`), so one seat counts once.
    @Test func seatsWrittenDifferentlyCountOnce() throws {
        let seats = SittingSeats(mandates: [
            try seat("PM1", "PA1", "ZZ", 3, from: "2024-07-07", to: nil),
            try seat("PM2", "PA2", "099", 3, from: "2024-07-07", to: nil),
            try seat("PM3", "PA3", "978", 1, from: "2024-07-07", to: nil),
            try seat("PM4", "PA4", "977", 1, from: "2024-07-07", to: nil),
            try seat("PM5", "PA5", "ZA", 2, from: "2024-07-07", to: nil),
            try seat("PM6", "PA6", "971", 2, from: "2024-07-07", to: nil),
        ])
        #expect(seats.seatCount == 3)
        #expect(SeatMandate.label(departmentCode: "059", constituency: 10) == "59-10")
    }
}
