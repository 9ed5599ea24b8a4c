import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// Full-text search of ballots (FTS5): titles, the amendments voted, the dossier; accents folded,
/// word prefixes; the index in step with every import.
@Suite("Store: ballots found by subject")
struct SearchTests {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    /// The fixture ballot 99:7 ("l'amendement n° 1 (fixture)"), an amendment whose text speaks of
    /// vidéoprotection and a dossier, both linked to it as the linker would.
    func seeded(operativeText: String = "L'article 10 est ainsi modifié : vidéoprotection et traitements algorithmiques.") throws -> (HemicycleDatabase, Amendment) {
        let db = try HemicycleDatabase(path: folder.appendingPathComponent("s.sqlite").path)
        try importFixtures(StoreFixtures.names, into: db)
        var amendment = try AmendmentDecoder.decode(Data(contentsOf: SharedData.fixture("legislation/amendment-quirks.json")))
        amendment.operativeText = operativeText
        amendment.explanatoryStatement = "Proroger l’expérimentation jusqu’en 2027."
        let dossier = try DossierDecoder.decode(Data(contentsOf: SharedData.fixture("legislation/dossier-bare-acts.json")))
        try write(amendment, dossier, into: db)
        return (db, amendment)
    }

    /// Imports the amendment and the dossier, then links them to the fixture ballot (whose title
    /// names no real amendment, so the linker leaves it alone).
    func write(_ amendment: Amendment, _ dossier: Dossier, into db: HemicycleDatabase) throws {
        let source = SourceReference(dump: "fixture.zip", entry: "a.json", dumpSHA256: String(repeating: "0", count: 64), entrySHA256: String(repeating: "1", count: 64))
        _ = try db.importingLegislation(linking: BallotLinkingRules()) { transaction in
            try transaction.write(dossier, source: source)
            try transaction.write(amendment, source: source)
        }
        try db.queue.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO ballot_amendment VALUES ('VTANR5L99V7', ?, 'number')", arguments: [amendment.uid])
            try db.execute(sql: "INSERT OR IGNORE INTO ballot_dossier VALUES ('VTANR5L99V7', ?, 'title')", arguments: [dossier.uid])
        }
    }

    /// The rows of the search tables (the entries and FTS5's own tables).
    func searchTables(_ db: HemicycleDatabase) throws -> [String] {
        try snapshot(db).filter { $0.hasPrefix("search_") }
    }

    func search(_ db: HemicycleDatabase, _ text: String) throws -> [BallotSearchHit] {
        try db.searchBallots(SearchQuery(text), filter: BallotFilter(legislature: 99))
    }

    @Test("a word of the amendment's text, its summary, the dossier title, the ballot title: each says where it matched")
    func fields() throws {
        let (db, amendment) = try seeded()
        let text = try #require(try search(db, "algorithmiques").first)
        #expect(text.ballot.uid == "VTANR5L99V7")
        #expect(text.matches.map(\.field) == [.amendmentText])
        #expect(text.matches.first?.sourceUID == amendment.uid)
        #expect(text.matches.first?.snippet.contains("[algorithmiques]") == true)
        #expect(try search(db, "experimentation").first?.matches.map(\.field) == [.amendmentSummary], "accents folded: expérimentation")
        #expect(try search(db, "essai").first?.matches.map(\.field) == [.dossierTitle])
        #expect(try search(db, "FIXTURE").first?.matches.map(\.field) == [.ballotTitle])
    }

    @Test("prefixes, every word required, and the law's word for the public's")
    func prefixesAndSynonyms() throws {
        let (db, _) = try seeded()
        #expect(try search(db, "algorithm").count == 1, "a prefix of algorithmiques")
        #expect(try search(db, "vidéo algorithm").count == 1)
        #expect(try search(db, "vidéo nucléaire").isEmpty, "every word must match")
        let hit = try #require(try search(db, "vidéosurveillance").first, "the law says vidéoprotection")
        #expect(hit.matches.first?.snippet.contains("[vidéoprotection]") == true)
        #expect(SearchQuery("vidéosurveillance").expansions == ["videoprotection"])
    }

    @Test("what a user types is never read as FTS5 syntax")
    func hostileQueries() throws {
        let (db, _) = try seeded()
        for text in ["\"", "*", "NEAR(a b)", "a OR", "'; DROP TABLE ballot; --", "-", "^", "   ", "AND"] {
            #expect(throws: Never.self) { _ = try search(db, text) }
        }
        #expect(try search(db, "  ").isEmpty)
        #expect(try db.ballotCount() == 1)
    }

    @Test("the index follows the imports: same import, nothing changes; a changed amendment replaces its words")
    func consistency() throws {
        var (db, amendment) = try seeded()
        let before = try searchTables(db)
        #expect(before.contains { $0.hasPrefix("search_index_data") })
        let dossier = try DossierDecoder.decode(Data(contentsOf: SharedData.fixture("legislation/dossier-bare-acts.json")))
        try write(amendment, dossier, into: db)
        try importFixtures(StoreFixtures.names, into: db)
        #expect(try searchTables(db) == before)
        amendment.operativeText = "Reconnaissance biométrique interdite."
        try write(amendment, dossier, into: db)
        #expect(try search(db, "algorithmiques").isEmpty)
        #expect(try search(db, "biometrique").count == 1)
        let entries = try db.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search_entry WHERE uid = ?", arguments: [amendment.uid]) }
        #expect(entries == 2, "one text and one summary, never duplicated")
        try db.queue.write { db in
            // FTS5's own check that the index matches its content table.
            try db.execute(sql: "INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        }
    }

    @Test("the titles of the ballots an import writes are indexed at its end: the trigger's rows, before the legislation's, and the trigger back as it was")
    func ballotTitlesIndexedAtTheEndOfAnImport() throws {
        let db = try HemicycleDatabase(path: folder.appendingPathComponent("t.sqlite").path)
        func trigger() throws -> String? {
            try db.queue.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'ballot_search_insert'") }
        }
        let created = try #require(try trigger())
        var fixture: (BallotRecord, SourceReference)?
        try ANDumpReader(path: SharedData.fixture("an/scrutin-quirks.json").path).read { record in
            if case .ballot(let b, let s) = record { fixture = (b, s) }
        }
        let (ballot, source) = try #require(fixture)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try db.importing(linking: BallotLinkingRules()) { t in
                try t.write(ballot, source: source)
                throw Stop()
            }
        }
        #expect(try trigger() == created, "a failed import leaves the trigger")
        #expect(try db.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search_entry") } == 0)
        let dossier = try DossierDecoder.decode(Data(contentsOf: SharedData.fixture("legislation/dossier-bare-acts.json")))
        var corrected = ballot
        corrected.ballot.title = "Titre corrigé du scrutin"
        var newer = source
        newer.entrySHA256 = String(repeating: "2", count: 64)
        _ = try db.importing(linking: BallotLinkingRules()) { t in
            try t.write(ballot, source: source)
            // Written again in the same import (another entry): its last title counts, once.
            #expect(try t.write(corrected, source: newer) == .updated)
            try t.legislation().write(dossier, source: source)
        }
        #expect(try trigger() == created)
        // An import that writes no ballot (the same one again) leaves the schema alone.
        let schema = { try db.queue.read { try Row.fetchAll($0, sql: "SELECT rowid, * FROM sqlite_master ORDER BY rowid").map(\.description) } }
        let schemaBefore = try schema()
        _ = try db.importing(linking: BallotLinkingRules()) { t in
            let change = try t.write(corrected, source: newer)
            #expect(change == .unchanged)
        }
        #expect(try schema() == schemaBefore)
        let entries = try db.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, uid, body FROM search_entry ORDER BY id")
                .map { ($0["id"] as Int, $0["kind"] as String, $0["uid"] as String, $0["body"] as String) }
        }
        let ballotEntries = entries.filter { $0.1 == "ballot_title" }
        #expect(ballotEntries.map(\.2) == [ballot.ballot.uid])
        #expect(ballotEntries.map(\.3) == ["Titre corrigé du scrutin"])
        let dossierEntry = try #require(entries.first { $0.1 == "dossier_title" })
        #expect(ballotEntries.allSatisfy { $0.0 < dossierEntry.0 }, "the ballots' entries come first, as they were written")
        #expect(try search(db, "corrige").map(\.ballot.uid) == [ballot.ballot.uid])
        try db.queue.write { db in
            try db.execute(sql: "INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        }
    }

    @Test("a text too long to cut around the match shows its start, and says so")
    func longText() throws {
        let long = "vidéoprotection " + String(repeating: "mot ", count: 30_000)
        let (db, _) = try seeded(operativeText: long)
        let hit = try #require(try search(db, "videoprotection").first)
        #expect(hit.matches.first?.snippet.hasSuffix("(a text of \(long.count) characters: match not shown)") == true)
    }

    @Test("a store made before the index gets it filled by the migration")
    func migrationFillsTheIndex() throws {
        let (db, _) = try seeded()
        try db.queue.write { db in
            try db.execute(sql: "DELETE FROM search_entry")
            try db.execute(sql: "DROP TABLE search_entry; DROP TABLE search_index")
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") { try db.execute(sql: "DROP TRIGGER \(name)") }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-search'")
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        let reopened = try HemicycleDatabase(path: db.path)
        #expect(try reopened.searchBallots(SearchQuery("algorithm"), filter: BallotFilter(legislature: 99)).count == 1)
    }
}
