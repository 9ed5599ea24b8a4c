import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The packed votes kept in step with the tables.
@Suite("Store: packed votes")
struct PackedVotesStoreTests: StoreSuite {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    /// The packed votes (`packed_votes`) follow every import that changes a ballot: they give the
    /// matrix the tables give, before and after the ballot's votes change.
    @Test func anImportRepacksTheVotesOfTheLegislaturesItChanges() throws {
        let db = try database()
        try importFixtures(Self.fixtures + ["an/scrutin-po0.json"], into: db)
        func packedAndTables() throws -> (VoteMatrix?, VoteMatrix) {
            let filter = BallotFilter(legislature: 99)
            let records = try db.analyticsSnapshot(filter, votes: .records).records
            let packed = try db.queue.read { db in
                try PackedVotes.matrix(legislature: 99, ballots: records.map(\.ballot), corrections: records.map(\.corrections),
                                       includingVotes: true, in: db)
            }
            return (packed, VoteMatrix(records: records))
        }
        var (packed, tables) = try packedAndTables()
        #expect(packed == tables)
        #expect(tables.groupIDs.contains("POA") && !tables.groupIDs.contains("PO0"), "packed after the PO0 recovery")
        func pa1VotesByProxy(_ m: VoteMatrix) throws -> Bool? {
            let b = try #require(m.ballots.firstIndex { $0.uid == "VTANR5L99V7" })
            return m.entries[m.voteRanges[b]].first { $0.deputy == m.deputy("PA1") }?.byProxy
        }
        #expect(try pa1VotesByProxy(tables) == false)

        // PA1 now votes by proxy: the ballot is updated, and its legislature repacked.
        let changed = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
            .replacingOccurrences(of: #"{"acteurRef": "PA1", "mandatRef": "PM1", "parDelegation": "false""#,
                                  with: #"{"acteurRef": "PA1", "mandatRef": "PM1", "parDelegation": "true""#)
        #expect(changed.contains(#""PA1", "mandatRef": "PM1", "parDelegation": "true""#))
        let file = folder.appendingPathComponent("newer.json")
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let stats = try db.importing(linking: BallotLinkingRules()) { t in
            try ANDumpReader(path: file.path).read { if case .ballot(let b, let s) = $0 { try t.write(b, source: s) } }
        }
        #expect(stats.ballots.updated == 1)
        (packed, tables) = try packedAndTables()
        #expect(packed == tables)
        #expect(try pa1VotesByProxy(tables) == true)
    }

    /// A database made before `packed_votes` existed gets its votes packed when first opened.
    @Test func openingADatabaseOfSchema2PacksItsVotes() throws {
        let path = folder.appendingPathComponent("v2.sqlite").path
        try importFixtures(Self.fixtures, into: HemicycleDatabase(path: path))
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            // Every migration of the packed votes undone: the table's, and the one that added its checksums.
            try db.execute(sql: """
                DROP TABLE packed_votes;
                DELETE FROM grdb_migrations WHERE identifier IN ('v3-packed-votes', 'v5-packed-votes-checksums');
                PRAGMA user_version = 2
                """)
        }
        try queue.close()
        let reopened = try HemicycleDatabase(path: path)
        let records = try reopened.analyticsSnapshot(BallotFilter(legislature: 99), votes: .records).records
        let packed = try reopened.queue.read { db in
            try PackedVotes.matrix(legislature: 99, ballots: records.map(\.ballot), corrections: records.map(\.corrections),
                                   includingVotes: true, in: db)
        }
        #expect(packed == VoteMatrix(records: records))
        #expect(packed?.entries.count == 5)
    }
}
