import HemicycleCLITestSupport
import Foundation
import GRDB
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The packed copy of the votes (`packed_votes`) must give the very matrix the `vote` and
/// `group_vote` tables give, for any selection, and the readers must fall back to the tables
/// when the packed row is missing, stale or damaged.
@Suite("Packed votes on the shipped data", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct PackedVotesTests {
    /// A private copy of the shipped database, that a test may damage.
    func copy() throws -> HemicycleDatabase {
        let path = try SharedData.temporaryFolder().appendingPathComponent("packed.sqlite").path
        try HemicycleDatabase(path: ShippedDatabase.path).copy(to: path)
        return try HemicycleDatabase(path: path)
    }

    /// The matrix as the tables give it: every vote read as a record, then interned.
    func fromTables(_ database: HemicycleDatabase, _ filter: BallotFilter) throws -> VoteMatrix {
        VoteMatrix(records: try database.analyticsSnapshot(filter, votes: .records).records)
    }

    /// The matrix read from the packed row itself (nil when the reader would fall back).
    func fromPackedRow(_ database: HemicycleDatabase, _ filter: BallotFilter) throws -> VoteMatrix? {
        let snapshot = try database.analyticsSnapshot(filter, votes: .records)
        return try database.queue.read { db in
            try PackedVotes.matrix(legislature: 17, ballots: snapshot.records.map(\.ballot),
                                   corrections: snapshot.records.map(\.corrections), includingVotes: true, in: db)
        }
    }

    static let selections: [BallotFilter] = [
        BallotFilter(legislature: 17),
        BallotFilter(from: CalendarDate(iso: "2025-01-01"), legislature: 17),
        BallotFilter(numbers: [771, 772, 773], legislature: 17),
        BallotFilter(search: "transports", legislature: 17),
    ]

    @Test(arguments: selections) func thePackedRowGivesTheMatrixOfTheTables(_ filter: BallotFilter) throws {
        let database = try HemicycleDatabase(path: ShippedDatabase.path)
        let tables = try fromTables(database, filter)
        #expect(!tables.ballots.isEmpty)
        let packed = try #require(try fromPackedRow(database, filter), "the import packs the legislature")
        #expect(packed == tables)
        #expect(try database.analyticsSnapshot(filter, votes: .matrix).matrix == tables)
    }

    @Test func countsOnlyLeavesTheVotesOut() throws {
        let database = try HemicycleDatabase(path: ShippedDatabase.path)
        let matrix = try #require(try database.analyticsSnapshot(BallotFilter(legislature: 17), votes: .countsOnly).matrix)
        let tables = try fromTables(database, BallotFilter(legislature: 17))
        #expect(matrix.entries.isEmpty && matrix.voteRanges.allSatisfy(\.isEmpty))
        #expect(matrix.groupEntries == tables.groupEntries && matrix.groupRanges == tables.groupRanges)
        #expect(matrix.ballots == tables.ballots)
    }

    @Test func aMissingOrDamagedRowFallsBackToTheTables() throws {
        let database = try copy()
        let filter = BallotFilter(legislature: 17)
        let tables = try fromTables(database, filter)
        let damages = [
            "UPDATE packed_votes SET votes = substr(votes, 1, 1000)",
            "UPDATE packed_votes SET ballot_counts = x'FFFFFFFF' || substr(ballot_counts, 5)",
            "UPDATE packed_votes SET deputy_refs = 'PA1'",
            "UPDATE packed_votes SET ballot_uids = replace(ballot_uids, 'VTANR5L17V773', 'VTANR5L17V0')",
            "DELETE FROM packed_votes",
        ]
        for damage in damages {
            try database.queue.write { try $0.execute(sql: damage) }
            #expect((try? fromPackedRow(database, filter)) ?? nil == nil, "\(damage)")
            #expect(try database.analyticsSnapshot(filter, votes: .matrix).matrix == tables, "\(damage)")
        }
    }

    /// Issue 22: the packed votes carried no checksum, so one flipped bit in a blob changed the
    /// deputies' figures silently (a vote "for" read as "against"). A mismatch is now detected,
    /// the tables are read instead, and the snapshot names the legislature.
    @Test(arguments: ["votes", "group_entries", "ballot_counts"])
    func aFlippedBitIsDetectedAndTheTablesRead(_ column: String) throws {
        let database = try copy()
        let filter = BallotFilter(legislature: 17)
        let tables = try fromTables(database, filter)
        // One bit of a position byte, a group count or a ballot's count, flipped in place: the
        // row keeps its size, and would decode.
        let offset = column == "votes" ? 1000 * 8 + 6 : column == "group_entries" ? 1000 * 32 + 17 : 9
        try database.queue.write { db in
            var blob = try #require(try Data.fetchOne(db, sql: "SELECT \(column) FROM packed_votes WHERE legislature = 17"))
            blob[blob.startIndex + offset] ^= 0x01
            try db.execute(sql: "UPDATE packed_votes SET \(column) = ? WHERE legislature = 17", arguments: [blob])
        }
        #expect(throws: PackedVotes.ChecksumMismatch.self) { try fromPackedRow(database, filter) }
        let snapshot = try database.analyticsSnapshot(filter, votes: .matrix)
        #expect(snapshot.matrix == tables)
        #expect(snapshot.damagedPackedVotes == [17])
    }

    /// The votes are decoded chunk by chunk from the blob (not copied whole): a damaged byte that
    /// no longer decodes (a position code out of range), or a blob cut short, is still reported as
    /// a checksum mismatch, not silently read from the tables as a row that does not decode.
    @Test(arguments: ["UPDATE packed_votes SET votes = CAST(substr(votes, 1, 8000) || x'0000000000008000' || substr(votes, 8009) AS BLOB) WHERE legislature = 17",
                      "UPDATE packed_votes SET votes = substr(votes, 1, 800000) WHERE legislature = 17"])
    func votesThatNoLongerDecodeAreReportedAsDamaged(_ damage: String) throws {
        let database = try copy()
        let filter = BallotFilter(legislature: 17)
        let tables = try fromTables(database, filter)
        try database.queue.write { try $0.execute(sql: damage) }
        #expect(throws: PackedVotes.ChecksumMismatch.self) { try fromPackedRow(database, filter) }
        let snapshot = try database.analyticsSnapshot(filter, votes: .matrix)
        #expect(snapshot.matrix == tables)
        #expect(snapshot.damagedPackedVotes == [17])
    }
}
