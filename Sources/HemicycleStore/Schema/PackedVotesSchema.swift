import GRDB

/// The packed copy of the votes (see ``PackedVotes``): one row per legislature, derived from
/// `vote` and `group_vote` and rebuilt by every import that changes a ballot of the legislature.
/// Migrations are appended, never edited.
///
/// - `packed_votes`: the ids (`ballot_uids`, `deputy_refs`, `group_refs`, joined by line feeds)
///   and three blobs (`ballot_counts`, `votes`, `group_entries`) laid out as ``PackedVotes`` states.
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
            // A database made before this table: pack what it holds already.
            for legislature in try Int.fetchAll(db, sql: "SELECT DISTINCT legislature FROM ballot ORDER BY legislature") {
                try PackedVotes.repack(legislature: legislature, in: db)
            }
        }
    }
}
