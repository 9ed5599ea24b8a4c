import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The import transaction: every record with its source, nothing twice, all or nothing.
@Suite("Store: imports")
struct ImportTransactionTests: StoreSuite {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

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
        let stats = try db.importing(linking: BallotLinkingRules()) { t in
            try ANDumpReader(path: file.path).read { if case .ballot(let b, let s) = $0 { try t.write(b, source: s) } }
        }
        #expect(stats.ballots.updated == 1)
        #expect(try db.ballot("VTANR5L99V7").ballot.title == "l'amendement n° 1 (rectifié)")
        #expect(try db.ballot("VTANR5L99V7").record.votes.count == 5, "children are replaced, not duplicated")
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
}
