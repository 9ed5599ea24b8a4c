import Foundation
import HemicycleAnalytics
@testable import HemicycleReport
import Testing

/// The payloads that write their own properties (``NullKeepingContainer``, to spare a reflection
/// per row of a long table) must write exactly what their default, reflected encoding writes:
/// every stored property, in order, nulls kept — in the JSON and in the CSV laid flat from it.
@Suite("Payloads written by hand: the same as reflected")
struct NullKeepingContainerTests {
    /// `payload` encoded by reflection (``NullKeepingEncodable/encodeStoredProperties(to:)``).
    struct Reflected<Payload: NullKeepingEncodable>: Encodable {
        let payload: Payload
        func encode(to encoder: any Encoder) throws { try payload.encodeStoredProperties(to: encoder) }
    }

    /// The JSON and the CSV of `payloads`, written by `encode(to:)` and by reflection.
    func expectSameAsReflected<Payload: NullKeepingEncodable>(_ payloads: [Payload]) throws {
        let reflected = payloads.map { Reflected(payload: $0) }
        #expect(try DocumentOutput.json(payloads) == DocumentOutput.json(reflected))
        let table = try CSVDataTable.table(payloads), reflectedTable = try CSVDataTable.table(reflected)
        #expect(table.columns.map(\.key) == reflectedTable.columns.map(\.key))
        #expect(table.rows == reflectedTable.rows)
        #expect(!table.rows.isEmpty)
    }

    static let rates = [
        Rate(3, of: 7, exclusions: [Exclusion(reason: .notInOffice, count: 2), Exclusion(reason: .presiding, count: 1)]),
        Rate(0, of: 0),  // undefined: null value and interval
        Rate(numerator: 41.5, denominator: 120),
    ]

    @Test func rates() throws {
        try expectSameAsReflected(Self.rates.map(RateJSON.init))
    }

    @Test func deputiesRows() throws {
        try expectSameAsReflected([
            DeputiesReport.Row(rank: 1, deputyID: "PA1", name: "Une Députée", groupID: "PO1", group: "EcoS",
                               participation: RateJSON(Self.rates[0]), inPerson: 3, byProxy: 0,
                               loyalty: RateJSON(Self.rates[2]), rebellions: 4, tiedVotes: 1),
            DeputiesReport.Row(rank: 2, deputyID: "PA2", name: "Un Député", groupID: nil, group: nil,
                               participation: RateJSON(Self.rates[1]), inPerson: 0, byProxy: 0,
                               loyalty: RateJSON(Self.rates[1]), rebellions: 0, tiedVotes: 0),
        ])
    }
}
