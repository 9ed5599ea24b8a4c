import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The compact vote store ("v8-compact-votes"): `vote_row` with integer keys, `vote_ref` interning
/// the official ids, and the `vote` view that keeps the old relation readable.
@Suite("Store: compact votes")
struct CompactVotesTests: StoreSuite {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    /// Every vote of the store, through the `vote` relation, all columns, in key order.
    static func votes(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT ballot_uid, deputy_ref, mandate_ref, group_ref, position, by_proxy, seat, cause, group_ordinal
            FROM vote ORDER BY ballot_uid, deputy_ref
            """).map(\.description)
    }

    /// Turns a current store back into the layout of main before "v8" (the "v1" `vote` table, schema 9,
    /// without its dropped index), as a store created by that code holds it.
    static func downgradeToTextVotes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE vote_v1 (
                ballot_uid TEXT NOT NULL REFERENCES ballot(uid) ON DELETE CASCADE,
                deputy_ref TEXT NOT NULL,
                mandate_ref TEXT,
                group_ref TEXT NOT NULL,
                position TEXT NOT NULL,
                by_proxy INTEGER NOT NULL,
                seat INTEGER,
                cause TEXT,
                group_ordinal INTEGER,
                PRIMARY KEY (ballot_uid, deputy_ref)
            ) WITHOUT ROWID;
            INSERT INTO vote_v1 SELECT ballot_uid, deputy_ref, mandate_ref, group_ref, position, by_proxy, seat, cause, group_ordinal FROM vote;
            DROP TRIGGER ballot_deletes_votes; DROP VIEW vote; DROP TABLE vote_row; DROP TABLE vote_ref;
            ALTER TABLE vote_v1 RENAME TO vote;
            DELETE FROM grdb_migrations WHERE identifier = 'v8-compact-votes'; PRAGMA user_version = 9
            """)
    }

    /// A store of main's layout (text `vote` table) is migrated when first opened: the `vote`
    /// relation gives the same rows, the store checks sound, and the file is vacuumed (the pages
    /// of the old table are given back: no free page is left).
    @Test func aStoreWithTheTextVoteTableIsMigratedWithEveryVote() throws {
        let path = folder.appendingPathComponent("v8.sqlite").path
        try importFixtures(Self.fixtures + ["an/scrutin-po0.json"], into: HemicycleDatabase(path: path))
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try Self.downgradeToTextVotes($0) }
        let (before, type, freeBefore) = try queue.read { db in
            (try Self.votes(db), try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = 'vote'"),
             try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0)
        }
        try queue.close()
        #expect(type == "table" && before.count > 5)
        #expect(freeBefore > 0, "the downgrade left free pages for the upgrade to give back")

        let reopened = try HemicycleDatabase(path: path)
        let (after, typeAfter, rows, freeAfter) = try reopened.queue.read { db in
            (try Self.votes(db), try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = 'vote'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM vote_row"), try Int.fetchOne(db, sql: "PRAGMA freelist_count"))
        }
        #expect(freeAfter == 0, "the upgrade vacuumed the file")
        #expect(typeAfter == "view")
        #expect(after == before)
        #expect(rows == before.count)
        let check = try reopened.check()
        #expect(check.integrityProblems.isEmpty && check.voteProblems.isEmpty)
        #expect(check.packedVotes.allSatisfy { $0.state == .ok })
    }

    /// An import packs the votes from what it wrote (with the `PO0` groups recovered): the same
    /// bytes as packing the tables, which `check` does.
    @Test func votesPackedFromTheImportEqualTheTablesPacked() throws {
        let db = try database()
        try importFixtures(Self.fixtures + ["an/scrutin-po0.json"], into: db)
        let check = try db.check()
        #expect(!check.packedVotes.isEmpty && check.packedVotes.allSatisfy { $0.state == .ok })
        #expect(check.voteProblems.isEmpty)
    }

    /// Official ids of any shape are kept (interned, never refused for not fitting a number).
    @Test func idsThatFitNoNumberingAreKept() throws {
        let odd = "PA-1 bis ü"
        let text = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
            .replacingOccurrences(of: #""acteurRef": "PA1""#, with: #""acteurRef": "\#(odd)""#)
        #expect(text.contains(odd))
        let file = folder.appendingPathComponent("odd.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let db = try database()
        try importFixtures(Self.fixtures.filter { $0 != "an/scrutin-quirks.json" }, into: db)
        _ = try db.importing(linking: BallotLinkingRules()) { t in
            try ANDumpReader(path: file.path).read { if case .ballot(let b, let s) = $0 { try t.write(b, source: s) } }
        }
        let stored = try db.ballot("VTANR5L99V7")
        #expect(stored.record.votes.contains { $0.deputyRef == odd })
        #expect(try db.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM vote WHERE deputy_ref = ?", arguments: [odd]) } == 1)
    }

    /// Deleting a ballot deletes its votes (the trigger that stands for the old `ON DELETE CASCADE`).
    @Test func deletingABallotDeletesItsVotes() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        let (before, after) = try db.queue.write { db in
            let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM vote_row") ?? -1
            try db.execute(sql: "DELETE FROM ballot WHERE uid = 'VTANR5L99V7'")
            return (before, try Int.fetchOne(db, sql: "SELECT count(*) FROM vote_row") ?? -1)
        }
        #expect(before > 0 && after == 0)
        #expect(try db.check().voteProblems.isEmpty)
    }

    /// `check` says which compact rows the view would not show as stored.
    @Test func checkReportsVotesTheViewCannotShow() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        try db.queue.write { db in
            try db.execute(sql: "INSERT INTO vote_row (ballot, deputy, mandate, grp, position, by_proxy) VALUES (999999, 999998, NULL, 999997, 7, 0)")
        }
        let problems = try db.check().voteProblems
        #expect(problems == [
            "1 vote(s) of vote_row belong to no stored ballot", "1 vote(s) of vote_row name an id missing from vote_ref",
            "1 vote(s) of vote_row have a position code out of range",
        ])
    }

    /// A ballot's votes go into `vote_row` 64 to a statement: ballots of 150 votes (two full
    /// statements and a short one) are stored vote for vote, a deputy's mandate changing from one
    /// ballot to the next (the writer remembers each deputy's last one), and packed as the tables are.
    @Test func ballotsOfManyVotesAreStoredVoteForVote() throws {
        let db = try database()
        try importFixtures(Self.fixtures.filter { $0 != "an/scrutin-quirks.json" }, into: db)
        var written: [BallotRecord] = []
        _ = try db.importing(linking: BallotLinkingRules()) { t in
            try ANDumpReader(path: SharedData.fixture("an/scrutin-quirks.json").path).read { record in
                guard case .ballot(let fixture, let source) = record, let model = fixture.votes.first else { return }
                for (number, mandates) in [(7, 3), (8, 5)] {
                    var b = fixture
                    b.ballot.uid = "VTANR5L99V\(number)"
                    b.ballot.number = number
                    b.groups = b.groups.map { var g = $0; g.ballotUID = b.ballot.uid; return g }
                    b.corrections = b.corrections.map { var c = $0; c.ballotUID = b.ballot.uid; return c }
                    b.votes = (0..<150).map { i in
                        var v = model
                        v.ballotUID = b.ballot.uid
                        v.deputyRef = "PA\(10_000 + i)"
                        v.mandateRef = i % 4 == 0 ? nil : "PM\(i % mandates)"
                        v.seat = i % 10 == 0 ? nil : i
                        v.byProxy = i % 2 == 0
                        return v
                    }
                    var s = source
                    s.entry = "\(number).json"
                    try t.write(b, source: s)
                    written.append(b)
                }
            }
        }
        #expect(written.count == 2)
        for record in written {
            let stored = try db.ballot(record.ballot.uid).record.votes
            #expect(stored.count == 150)
            #expect(Set(stored) == Set(record.votes))
        }
        let check = try db.check()
        #expect(!check.packedVotes.isEmpty && check.packedVotes.allSatisfy { $0.state == .ok })
        #expect(check.voteProblems.isEmpty)
    }

    /// The queries by ballot find its votes by the compact key, not by scanning every vote.
    @Test func aBallotsVotesAreFoundByKey() throws {
        let db = try database()
        try importFixtures(Self.fixtures, into: db)
        let plan = try db.queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM vote WHERE ballot_uid = ?", arguments: ["VTANR5L99V7"])
                .map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.contains { $0.contains("SEARCH v USING PRIMARY KEY (ballot=?)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }
}
