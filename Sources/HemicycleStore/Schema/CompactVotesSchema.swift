import GRDB
import HemicycleModel

/// The nominative votes stored compactly (issue 22): integer keys and a small position code
/// instead of four text ids a row. Migrations are appended, never edited.
///
/// Measured on the 17th legislature (650,000 votes), the `vote` table of "v1" (WITHOUT ROWID, key
/// `(ballot_uid, deputy_ref)`, text columns) was the import's bottleneck: about 80 bytes a row in a
/// B-tree keyed by text. Now:
/// - `vote_ref`: every official id a vote names (ballot uid, deputy, mandate and group refs), once,
///   with an integer `id`. Interning keeps ids of any shape (never refused for not fitting a
///   numbering scheme).
/// - `vote_row`: one row per vote, `(ballot, deputy)` the key (ids of `vote_ref`), `mandate` and
///   `grp` ids of `vote_ref`, `position` 0 for, 1 against, 2 abstention, 3 non-voting
///   (``CompactVotesSchema/positions``), `by_proxy`, `seat`, `cause` (the published code of
///   non-voting, as text) and `group_ordinal` as in "v1". About 15 bytes a row, and a ballot's
///   votes are appended at the end of the B-tree (its id is new).
/// - `vote`: a VIEW with the columns and meaning of the old table (text ids, position as
///   `for`/`against`/`abstention`/`non_voting`), for any SQLite client and Hemicycle's queries.
/// - Trigger `ballot_deletes_votes`: deleting a ballot deletes its votes (the old table's
///   `ON DELETE CASCADE`; a foreign key cannot name a ballot by an integer).
enum CompactVotesSchema {
    /// Positions by code, as stored in `vote_row.position` (the index in this list); the `vote`
    /// view shows their raw values.
    static let positions: [VotePosition] = [.for, .against, .abstention, .nonVoting]

    /// The code of `position` in `vote_row.position`.
    static func code(of position: VotePosition) -> Int {
        switch position {
        case .for: 0
        case .against: 1
        case .abstention: 2
        case .nonVoting: 3
        }
    }

    /// SQL turning the text position `column` into its code (an unknown text gives NULL, which the
    /// `NOT NULL` of `vote_row.position` refuses: nothing is silently made non-voting).
    static func code(ofPositionIn column: String) -> String {
        "CASE \(column) " + positions.map { "WHEN '\($0.rawValue)' THEN \(code(of: $0))" }.joined(separator: " ") + " END"
    }

    /// SQL turning the code in `column` into its text (`VotePosition`'s raw value).
    static func text(ofPositionIn column: String) -> String {
        "CASE \(column) " + positions.map { "WHEN \(code(of: $0)) THEN '\($0.rawValue)'" }.joined(separator: " ") + " END"
    }

    /// What is wrong with `vote_row` as the `vote` view reads it (its joins would drop or change
    /// such rows): one line per kind, with the number of votes; empty when sound. One scan.
    static func problems(in db: Database) throws -> [String] {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT
                coalesce(sum(NOT EXISTS (SELECT 1 FROM vote_ref r JOIN ballot b ON b.uid = r.ref WHERE r.id = v.ballot)), 0),
                coalesce(sum(NOT EXISTS (SELECT 1 FROM vote_ref r WHERE r.id = v.deputy)
                             OR NOT EXISTS (SELECT 1 FROM vote_ref r WHERE r.id = v.grp)
                             OR (v.mandate IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vote_ref r WHERE r.id = v.mandate))), 0),
                coalesce(sum(v.position NOT IN (\(positions.map { String(code(of: $0)) }.joined(separator: ", ")))), 0)
            FROM vote_row v
            """) else { return [] }
        let counts: [Int] = [row[0], row[1], row[2]]
        let kinds = ["vote(s) of vote_row belong to no stored ballot", "vote(s) of vote_row name an id missing from vote_ref",
                     "vote(s) of vote_row have a position code out of range"]
        return zip(counts, kinds).filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    }

    /// The migration's name in `grdb_migrations`.
    static let migrationName = "v8-compact-votes"

    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration(migrationName) { db in
            try db.execute(sql: """
                CREATE TABLE vote_ref (
                    id INTEGER PRIMARY KEY,
                    ref TEXT NOT NULL UNIQUE
                );
                CREATE TABLE vote_row (
                    ballot INTEGER NOT NULL,
                    deputy INTEGER NOT NULL,
                    mandate INTEGER,
                    grp INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    by_proxy INTEGER NOT NULL,
                    seat INTEGER,
                    cause TEXT,
                    group_ordinal INTEGER,
                    PRIMARY KEY (ballot, deputy)
                ) WITHOUT ROWID;
                INSERT INTO vote_ref (ref)
                    SELECT ballot_uid FROM vote UNION SELECT deputy_ref FROM vote UNION SELECT group_ref FROM vote
                    UNION SELECT mandate_ref FROM vote WHERE mandate_ref IS NOT NULL;
                INSERT INTO vote_row (ballot, deputy, mandate, grp, position, by_proxy, seat, cause, group_ordinal)
                    SELECT b.id, d.id, m.id, g.id, \(code(ofPositionIn: "v.position")), v.by_proxy, v.seat, v.cause, v.group_ordinal
                    FROM vote v
                    JOIN vote_ref b ON b.ref = v.ballot_uid
                    JOIN vote_ref d ON d.ref = v.deputy_ref
                    JOIN vote_ref g ON g.ref = v.group_ref
                    LEFT JOIN vote_ref m ON m.ref = v.mandate_ref
                    ORDER BY b.id, d.id;
                DROP TABLE vote;
                CREATE VIEW vote AS
                    SELECT b.ref AS ballot_uid, d.ref AS deputy_ref, m.ref AS mandate_ref, g.ref AS group_ref,
                           \(text(ofPositionIn: "v.position")) AS position, v.by_proxy, v.seat, v.cause, v.group_ordinal
                    FROM vote_row v
                    JOIN vote_ref b ON b.id = v.ballot
                    JOIN vote_ref d ON d.id = v.deputy
                    JOIN vote_ref g ON g.id = v.grp
                    LEFT JOIN vote_ref m ON m.id = v.mandate;
                CREATE TRIGGER ballot_deletes_votes AFTER DELETE ON ballot BEGIN
                    DELETE FROM vote_row WHERE ballot = (SELECT id FROM vote_ref WHERE ref = old.uid);
                END;
                """)
        }
    }
}
