import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// What the store opens, migrates and refuses.
@Suite("Store: opening a file")
struct SchemaTests: StoreSuite {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    /// A database of schema 3 loses its index of votes by deputy when first opened, and keeps
    /// every vote.
    @Test func openingADatabaseOfSchema3DropsTheVoteDeputyIndex() throws {
        let path = folder.appendingPathComponent("v3.sqlite").path
        try importFixtures(Self.fixtures, into: HemicycleDatabase(path: path))
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            // The text `vote` table of schemas before 9 (the index is on it).
            try CompactVotesTests.downgradeToTextVotes(db)
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

    /// A database of schema 8 gains the indexes of ballots by legislature and date, and of
    /// mandates by kind, when first opened; SQLite reads each legislature's count and dates of
    /// ballots from the first alone, and finds the seat mandates through the second.
    @Test func openingADatabaseOfSchema8AddsTheReadIndexes() throws {
        let path = folder.appendingPathComponent("v8.sqlite").path
        try importFixtures(Self.fixtures, into: HemicycleDatabase(path: path))
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP INDEX ballot_legislature_date; DROP INDEX mandate_body_type;
                DELETE FROM grdb_migrations WHERE identifier = 'v9-read-indexes'; PRAGMA user_version = 8
                """)
        }
        try queue.close()
        let reopened = try HemicycleDatabase(path: path)
        func plan(_ db: Database, _ sql: String) throws -> String {
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
        let (indexes, dates, seats) = try reopened.queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name IN ('ballot_legislature_date', 'mandate_body_type')"),
             try plan(db, "SELECT legislature, count(*), min(date), max(date) FROM ballot GROUP BY legislature"),
             try plan(db, "SELECT * FROM mandate WHERE body_type = 'ASSEMBLEE' AND (legislature IS NULL OR legislature IN (17))"))
        }
        #expect(indexes == 2)
        #expect(dates.contains("COVERING INDEX ballot_legislature_date"), "plan: \(dates)")
        #expect(seats.contains("INDEX mandate_body_type"), "plan: \(seats)")
    }

    @Test func aForeignDatabaseIsRefused() throws {
        let path = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE accounts (id INTEGER)") }
        try queue.close()
        #expect(throws: StoreError.notHemicycleDatabase(path: path)) { try HemicycleDatabase(path: path) }
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
