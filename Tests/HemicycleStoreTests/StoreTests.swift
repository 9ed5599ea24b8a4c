import Foundation
import GRDB
import HemicycleImport
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// Imports fixture files into a database, in one transaction.
@discardableResult
func importFixtures(_ names: [String], into database: HemicycleDatabase) throws -> ImportStatistics {
    try database.importing { transaction in
        for name in names {
            try ANDumpReader(path: SharedData.fixture(name).path).read { record in
                switch record {
                case .ballot(let b, let s): try transaction.write(b, source: s)
                case .deputy(let d, let s, let hash): try transaction.write(d, source: s, contentHash: hash)
                case .body(let b, let s, _): try transaction.write(b, source: s)  // hash left to the transaction: the same one
                case .mandate(let m, let s, let hash): try transaction.write(m, source: s, contentHash: hash)
                }
            }
        }
    }
}

/// Every row of every table, as text, to compare a database before and after.
func snapshot(_ database: HemicycleDatabase) throws -> [String] {
    try database.queue.read { db in
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY name")
        return try tables.flatMap { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table): \($0.description)" }
        }
    }
}

@Suite("Store")
struct StoreTests {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    func database(_ name: String = "h.sqlite") throws -> HemicycleDatabase {
        try HemicycleDatabase(path: folder.appendingPathComponent(name).path)
    }

    static let fixtures = ["an/organe-group.json", "an/acteur-quirks.json", "an/mandat-seat.json", "an/scrutin-quirks.json"]

    @Test func importStoresEveryRecordWithItsSource() throws {
        let db = try database()
        let stats = try importFixtures(Self.fixtures, into: db)
        #expect(stats.ballots.added == 1 && stats.deputies.added == 1 && stats.bodies.added == 1)
        #expect(stats.mandates.added == 2, "the mandate file and the one embedded in the person")
        let stored = try db.ballot("7", legislature: 99)
        #expect(stored.record.votes.count == 5)
        #expect(stored.record.corrections.count == 2)
        #expect(stored.source.entry == "scrutin-quirks.json")
        #expect(stored.source.dump.hasSuffix("scrutin-quirks.json"))
        #expect(stored.source.dumpSHA256.count == 64)
        #expect(stored.deputies["PA1"]?.lastName == "Dupré")
        #expect(stored.deputies["PA999"] == nil, "an unknown deputy stays unknown but keeps their vote")
        #expect(stored.groups["POA"]?.label == "A")
        #expect(stored.record.ballot.official == Tally(for: 2, against: 1, abstentions: 1, nonVoting: 1))
    }

    @Test func reimportingTheSameDumpChangesNothing() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        let before = try snapshot(db)
        let again = try importFixtures(Self.fixtures, into: db)
        #expect(!again.changedAnything)
        #expect(again.ballots.unchanged == 1 && again.deputies.unchanged == 1 && again.mandates.unchanged == 2)
        #expect(try snapshot(db) == before)
    }

    @Test func aChangedRecordIsUpdated() throws {
        let db = try database()
        try importFixtures(["an/scrutin-quirks.json"], into: db)
        // The same ballot uid published again with different content.
        let changed = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
            .replacingOccurrences(of: "l'amendement n° 1 (fixture)", with: "l'amendement n° 1 (rectifié)")
        let file = folder.appendingPathComponent("newer.json")
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let stats = try db.importing { t in
            try ANDumpReader(path: file.path).read { if case .ballot(let b, let s) = $0 { try t.write(b, source: s) } }
        }
        #expect(stats.ballots.updated == 1)
        #expect(try db.ballot("VTANR5L99V7").ballot.title == "l'amendement n° 1 (rectifié)")
        #expect(try db.ballot("VTANR5L99V7").record.votes.count == 5, "children are replaced, not duplicated")
    }

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
        let stats = try db.importing { t in
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

    /// A database of schema 3 loses its index of votes by deputy when first opened, and keeps
    /// every vote.
    @Test func openingADatabaseOfSchema3DropsTheVoteDeputyIndex() throws {
        let path = folder.appendingPathComponent("v3.sqlite").path
        try importFixtures(Self.fixtures, into: HemicycleDatabase(path: path))
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE INDEX vote_deputy ON vote(deputy_ref);
                DELETE FROM grdb_migrations WHERE identifier = 'v4-no-vote-deputy-index'; PRAGMA user_version = 3
                """)
        }
        let votes = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM vote") }
        try queue.close()
        let reopened = try HemicycleDatabase(path: path)
        let (index, after, version) = try reopened.queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'vote_deputy'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM vote"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(index == 0)
        #expect(after == votes && (votes ?? 0) > 0)
        #expect(version == HemicycleSchema.version)
    }

    /// The first import into empty tables drops their large indexes and creates them again
    /// before committing: afterwards the schema is the migrated one, index for index.
    @Test func aFirstImportLeavesEveryIndexAsTheSchemaDefinesIt() throws {
        let db = try database()
        func indexes() throws -> [String] {
            try db.queue.read { try String.fetchAll($0, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name") }
        }
        let migrated = try indexes()
        #expect(migrated.contains { $0.hasPrefix("group_vote_group: CREATE INDEX group_vote_group ON group_vote(group_ref)") })
        #expect(!migrated.contains { $0.hasPrefix("vote_deputy:") }, "the v4 migration drops the index of votes by deputy")
        try importFixtures(Self.fixtures, into: db)
        #expect(try indexes() == migrated)
        try importFixtures(["an/scrutin-po0.json"], into: db)
        #expect(try indexes() == migrated)
        let plan = try db.queue.read { try Row.fetchAll($0, sql: "EXPLAIN QUERY PLAN SELECT * FROM group_vote WHERE group_ref = 'POA'") }
        #expect(plan.map { $0["detail"] as String? ?? "" }.joined().contains("group_vote_group"), "queries by group use the index again")
    }

    @Test func aFailedImportLeavesTheDatabaseExactlyAsItWas() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        let before = try snapshot(db)
        #expect(throws: ImportError.self) {
            // A good new ballot is read first, then a bad one: nothing of the import may remain.
            try importFixtures(["an/scrutin-po0.json", "an/scrutin-implausible-count.json"], into: db)
        }
        #expect(try snapshot(db) == before)
        #expect(throws: StoreError.self) { try db.ballot("11", legislature: 99) }
    }

    @Test func bogusGroupsAreRecoveredFromMandates() throws {
        let db = try database()
        try importFixtures(Self.fixtures + ["an/scrutin-po0.json"], into: db)
        let stored = try db.ballot("11", legislature: 99)
        // PA1 (listed under the first entry) is a member of POA by their group mandate PM10.
        #expect(stored.record.groups[0].groupRef == "POA")
        #expect(stored.record.groups[0].publishedGroupRef == "PO0")
        #expect(stored.record.votes.filter { $0.groupEntry == 0 }.allSatisfy { $0.groupRef == "POA" })
    }

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

    @Test func aForeignDatabaseIsRefused() throws {
        let path = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE accounts (id INTEGER)") }
        try queue.close()
        #expect(throws: StoreError.notHemicycleDatabase(path: path)) { try HemicycleDatabase(path: path) }
    }

    /// Issue 22: a *first* import killed before SQLite checkpoints its WAL leaves the main file's
    /// header without the application id (it is written in WAL mode, so it is in the WAL). Every
    /// later open refused the file as "not created by Hemicycle". The file and its WAL are copied
    /// while the connection that wrote them is still open, as a SIGKILL leaves them.
    @Test func aFirstImportKilledBeforeItsCheckpointIsStillHemicycles() throws {
        let path = folder.appendingPathComponent("first.sqlite").path
        let killed = folder.appendingPathComponent("killed.sqlite").path
        let db = try HemicycleDatabase(path: path)
        try importFixtures(Self.fixtures, into: db)
        for suffix in ["", "-wal"] { try FileManager.default.copyItem(atPath: path + suffix, toPath: killed + suffix) }
        let header = try #require(FileHandle(forReadingAtPath: killed)?.readData(ofLength: 72))
        let applicationID = header[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        #expect(applicationID != HemicycleSchema.applicationID, "the scenario: the id is only in the WAL")
        let reopened = try HemicycleDatabase(path: killed)
        #expect(try reopened.ballot("7", legislature: 99).record.votes.count == 5, "the committed import is there")
        try importFixtures(["an/scrutin-po0.json"], into: reopened)
        // A foreign database whose header is as bare is still refused.
        let foreign = folder.appendingPathComponent("foreign.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE notes (text TEXT)")
        }
        #expect(throws: StoreError.notHemicycleDatabase(path: foreign)) { try HemicycleDatabase(path: foreign) }
        try queue.close()
    }

    @Test func aNewerSchemaIsRefused() throws {
        let path = folder.appendingPathComponent("newer.sqlite").path
        _ = try HemicycleDatabase(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: HemicycleSchema.version)) {
            try HemicycleDatabase(path: path)
        }
    }

    @Test func notADatabaseIsRefused() throws {
        let path = folder.appendingPathComponent("text.sqlite").path
        try "hello".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try HemicycleDatabase(path: path) }
        #expect(throws: StoreError.self) { try HemicycleDatabase(path: folder.path) }
    }
}
