import Foundation
import HemicycleReport
import Testing

/// One rule spells every key of the JSON documents and of the CSV built from a payload.
@Suite("JSON keys: one style, nulls kept")
struct JSONKeyStyleTests {
    @Test("property names become snake case; acronyms and ids are handled", arguments: [
        ("groupID", "group_id"), ("ballotsInOffice", "ballots_in_office"), ("sourceUID", "source_uid"),
        ("nonVoting", "non_voting"), ("wilsonLow", "wilson_low"), ("URLValue", "url_value"), ("p99Latency", "p99_latency"),
        ("for", "for"), ("n_for", "n_for"), ("PA795900", "PA795900"), ("LFI-NFP", "LFI-NFP"), ("", ""),
    ])
    func key(_ name: String, _ expected: String) {
        #expect(JSONKeyStyle.key(name) == expected)
    }

    struct Sample: NullKeepingEncodable {
        let deputyID: String
        let turnoutOfSitting: Double?
        let byGroup: [String: Int]
    }

    @Test("a nil property is written as null, under the styled key; dictionary keys are kept")
    func nullsAndDictionaries() throws {
        let json = try DocumentOutput.json(Sample(deputyID: "PA1", turnoutOfSitting: nil, byGroup: ["EcoS": 1]))
        #expect(json.contains("\"deputy_id\" : \"PA1\""))
        #expect(json.contains("\"turnout_of_sitting\" : null"))
        #expect(json.contains("\"EcoS\" : 1"))
        #expect(!json.contains("deputyID") && !json.contains("turnoutOfSitting"))
    }

    @Test("the CSV of a payload has the same keys as its JSON")
    func csvKeysMatchJSON() throws {
        let table = try CSVDataTable.table(Sample(deputyID: "PA1", turnoutOfSitting: nil, byGroup: ["EcoS": 1]))
        let keys = table.columns.map(\.key)
        #expect(keys.contains("deputy_id"))
        #expect(keys.contains("turnout_of_sitting"))
        #expect(keys.contains { $0.hasSuffix("EcoS") })
    }

    struct Stamped: Encodable { let fetchedAt: Date }

    @Test("an instant is ISO 8601 text, not a count of seconds")
    func datesAreISO8601() throws {
        let json = try DocumentOutput.json(Stamped(fetchedAt: Date(timeIntervalSince1970: 1_782_972_000)))
        #expect(json.contains("\"fetched_at\" : \"2026-07-02T06:00:00Z\""))
    }
}
