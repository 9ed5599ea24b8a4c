import Foundation
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import Testing

/// The people queries — persons, seat mandates, the days each is listed on a ballot — on the
/// fixture dumps, whose values are read here by hand from `Fixtures/an/`.
@Suite("Store: people")
struct PeopleQueryTests {
    let database: HemicycleDatabase

    init() throws { database = try StoreFixtures.imported("p.sqlite") }

    @Test func personsAreFoundByNameWhateverTheAccentsOrByUid() throws {
        #expect(try database.deputiesMatching("elise dupre").map(\.uid) == ["PA1"])
        #expect(try database.deputiesMatching("PA1").map(\.lastName) == ["Dupré"])
        #expect(try database.deputiesMatching("nobody of that name").isEmpty)
    }

    /// `mandat-seat.json`: PM1, PA1's seat in Yvelines (`78`), constituency `05`, from 2024-07-07, open.
    @Test func seatMandatesCarryTheirConstituency() throws {
        let seats = try database.seatMandates()
        #expect(seats.map(\.uid) == ["PM1"])
        let seat = try #require(seats.first)
        #expect(seat.deputyRef == "PA1" && seat.legislature == 99)
        #expect(seat.constituencyLabel == "78-5")
        #expect(seat.startDate == CalendarDate(iso: "2024-07-07") && seat.endDate == nil)
    }

    /// `scrutin-quirks.json` (2025-02-11) lists PA1: the one day PA1 is listed, in office that day.
    @Test func listedDaysAndOccupancy() throws {
        let day = try #require(CalendarDate(iso: "2025-02-11"))
        #expect(try database.listedDays()["PA1"] == [day])
        #expect(try database.seatOccupancy().isInOffice("PA1", on: day))
        #expect(try database.seatOccupancy().isInOffice("PA1", on: try #require(CalendarDate(iso: "2024-07-06"))) == false)
    }
}
