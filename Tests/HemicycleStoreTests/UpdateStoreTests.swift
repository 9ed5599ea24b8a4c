import Foundation
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import Testing

/// What `update` and `watch` keep in the store: the saved watches, and the ballots a watch follows.
@Suite("Store: updates and watches")
struct UpdateStoreTests {
    let database: HemicycleDatabase

    init() throws { database = try StoreFixtures.imported("u.sqlite") }

    @Test func watchesAreSavedOnceByNameAndRemoved() throws {
        try database.addWatch(Watch(name: "vsa", kind: .search, value: "vidéosurveillance"))
        try database.addWatch(Watch(name: "dupre", kind: .deputy, value: "PA1"))
        #expect(try database.watches().map(\.name) == ["dupre", "vsa"])
        #expect(throws: StoreError.self) { try database.addWatch(Watch(name: "vsa", kind: .ballots, value: "773")) }
        #expect(try database.watches().first { $0.name == "vsa" }?.value == "vidéosurveillance", "the first one kept")
        #expect(try database.removeWatch(named: "vsa"))
        #expect(try database.removeWatch(named: "vsa") == false)
        #expect(try database.watches().map(\.name) == ["dupre"])
    }

    /// The fixture ballot 99:7 lists PA1 and the group POA (recovered), not PA404.
    @Test func theBallotsAWatchedPersonOrGroupIsListedOn() throws {
        #expect(try database.ballotUIDs(votedBy: "PA1") == ["VTANR5L99V7"])
        #expect(try database.ballotUIDs(votedBy: "PA404").isEmpty)
    }
}
