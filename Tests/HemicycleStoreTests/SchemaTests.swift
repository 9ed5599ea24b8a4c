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
