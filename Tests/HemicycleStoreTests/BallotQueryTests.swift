import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The ballot queries: found by number or words, a missing one named with the known range.
@Suite("Store: ballots")
struct BallotQueryTests: StoreSuite {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    @Test func searchIsCaseAndAccentInsensitiveAndLiteral() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        #expect(try db.ballots(BallotFilter(search: "AMENDEMENT", legislature: 99)).count == 1)
        #expect(try db.ballots(BallotFilter(search: "fixturé", legislature: 99)).count == 1)
        #expect(try db.ballots(BallotFilter(search: "%", legislature: 99)).isEmpty, "% is not a wildcard")
        #expect(try db.ballots(BallotFilter(search: "'; DROP TABLE ballot; --", legislature: 99)).isEmpty)
        #expect(try db.ballotCount() == 1)
    }

    @Test func unknownBallotNamesTheKnownRange() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        #expect {
            try db.ballot("9999", legislature: 99)
        } throws: { error in
            (error as? StoreError)?.description.contains("n° 7 to 7") == true
        }
    }
}
