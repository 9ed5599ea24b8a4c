import GRDB

/// The packed copy of the votes (see ``PackedVotes``): one row per legislature, derived from
/// `vote` and `group_vote` and rebuilt by every import that changes a ballot of the legislature.
/// Migrations are appended, never edited.
///
/// - `packed_votes`: the ids (`ballot_uids`, `deputy_refs`, `group_refs`, joined by line feeds)
///   and three blobs (`ballot_counts`, `votes`, `group_entries`) laid out as ``PackedVotes`` states;
///   since "v5", the SHA-256 of those columns (`counts_sha256`: ids, counts and group entries;
///   `votes_sha256`: the votes), checked on every read (``PackedVotes/Checksums``).
enum PackedVotesSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-packed-votes") { db in
            try db.execute(sql: """
                CREATE TABLE packed_votes (
                    legislature INTEGER PRIMARY KEY,
                    ballot_uids TEXT NOT NULL,
                    deputy_refs TEXT NOT NULL,
                    group_refs TEXT NOT NULL,
                    ballot_counts BLOB NOT NULL,
                    votes BLOB NOT NULL,
                    group_entries BLOB NOT NULL
                );
                """)
            // A database made before this table is packed by "v5", with the checksums.
        }
        // Issue 22: a flipped bit in the blobs changed figures silently. The checksums are
        // written by every repack; this packs (again) what the database holds, with them.
        migrator.registerMigration("v5-packed-votes-checksums") { db in
            try db.execute(sql: """
                ALTER TABLE packed_votes ADD COLUMN counts_sha256 BLOB;
                ALTER TABLE packed_votes ADD COLUMN votes_sha256 BLOB;
                """)
            for legislature in try Int.fetchAll(db, sql: "SELECT DISTINCT legislature FROM ballot ORDER BY legislature") {
                try PackedVotes.repack(legislature: legislature, in: db)
            }
        }
    }
}
