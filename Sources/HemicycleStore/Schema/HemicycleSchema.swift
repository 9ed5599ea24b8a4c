import GRDB

/// The database schema, as a list of GRDB migrations.
///
/// Tables, one per entity of the model: `dump` (the files imported, for traceability),
/// `ballot`, `group_vote`, `vote` (since "v8-compact-votes" a view over `vote_row`, see
/// ``CompactVotesSchema``), `correction`, `deputy`, `contact`, `body`, `mandate`; later
/// migrations add the campaign registers, the legislative files and `packed_votes`.
/// Child tables (`group_vote`, `vote`, `correction`, `contact`) reference their parent with a
/// foreign key and `ON DELETE CASCADE`. Votes do *not* reference `deputy`: a vote whose deputy is
/// missing from the persons export is kept with its id and shown as unknown.
///
/// Every top-level row records its source: the dump (`dump_id`), the entry inside it and the
/// entry's SHA-256.
public enum HemicycleSchema {
    /// The value of `PRAGMA application_id` that marks a Hemicycle database ("HEMI").
    public static let applicationID: Int32 = 0x4845_4D49
    /// The schema version this code writes (`PRAGMA user_version`); bump it with each migration.
    public static let version = 10

    /// Secondary indexes of the large tables (46,000 group entries a legislature), by name, with
    /// the statement that creates them (as the "v1" migration does). An import into empty tables
    /// drops them and creates them again before committing: sorting once costs far less than
    /// updating a B-tree at every insert.
    ///
    /// The "v4" migration dropped the index of votes by deputy (`vote_deputy`), measured on the
    /// shipped 16th and 17th legislatures (1.78 million votes): it was 64 MB of a 244 MB file,
    /// 0.25 s of every first import, and 1 s of the 3.3 s it takes to import a legislature into a
    /// store that holds another (a random insert per vote; rebuilding it after the import took
    /// 1.5 s). No query of Hemicycle's uses it (deputies' figures come from the packed votes),
    /// and without it an SQL user's `SELECT … FROM vote WHERE deputy_ref = ?` scans the table in
    /// about 0.1 s.
    static let bulkLoadIndexes: [BulkLoadIndex] = [
        BulkLoadIndex(table: "group_vote", name: "group_vote_group", create: "CREATE INDEX group_vote_group ON group_vote(group_ref)"),
    ]

    /// An index that a bulk import may drop and create again (see ``bulkLoadIndexes``).
    struct BulkLoadIndex {
        /// The indexed table.
        var table: String
        /// The index's name in `sqlite_master`.
        var name: String
        /// The statement that creates it, word for word as the migration does.
        var create: String
    }

    /// The migrations, in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE dump (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL UNIQUE,
                    first_imported_at TEXT NOT NULL
                );
                CREATE TABLE ballot (
                    uid TEXT PRIMARY KEY,
                    number INTEGER NOT NULL,
                    legislature INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    type TEXT NOT NULL,
                    type_code TEXT NOT NULL,
                    type_label TEXT NOT NULL,
                    majority_rule TEXT NOT NULL,
                    result TEXT NOT NULL,
                    result_label TEXT NOT NULL,
                    title TEXT NOT NULL,
                    title_search TEXT NOT NULL,
                    requested_by TEXT,
                    sitting_ref TEXT,
                    session_ref TEXT,
                    body_ref TEXT,
                    place TEXT,
                    seats INTEGER NOT NULL,
                    voters INTEGER NOT NULL,
                    expressed INTEGER NOT NULL,
                    required INTEGER NOT NULL,
                    official_for INTEGER NOT NULL,
                    official_against INTEGER NOT NULL,
                    official_abstentions INTEGER NOT NULL,
                    official_non_voting INTEGER NOT NULL,
                    official_voluntary_non_voting INTEGER NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL,
                    UNIQUE (legislature, number)
                );
                CREATE INDEX ballot_date ON ballot(date);
                CREATE TABLE group_vote (
                    ballot_uid TEXT NOT NULL REFERENCES ballot(uid) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    group_ref TEXT NOT NULL,
                    published_group_ref TEXT NOT NULL,
                    members INTEGER NOT NULL,
                    majority_position TEXT,
                    n_for INTEGER NOT NULL,
                    n_against INTEGER NOT NULL,
                    n_abstentions INTEGER NOT NULL,
                    n_non_voting INTEGER NOT NULL,
                    n_voluntary_non_voting INTEGER NOT NULL,
                    PRIMARY KEY (ballot_uid, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX group_vote_group ON group_vote(group_ref);
                CREATE TABLE vote (
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
                CREATE INDEX vote_deputy ON vote(deputy_ref);
                CREATE TABLE correction (
                    ballot_uid TEXT NOT NULL REFERENCES ballot(uid) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    deputy_ref TEXT NOT NULL,
                    mandate_ref TEXT,
                    intended_position TEXT NOT NULL,
                    voluntary INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    by_proxy INTEGER NOT NULL,
                    PRIMARY KEY (ballot_uid, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX correction_deputy ON correction(deputy_ref);
                CREATE TABLE deputy (
                    uid TEXT PRIMARY KEY,
                    civility TEXT,
                    first_name TEXT NOT NULL,
                    last_name TEXT NOT NULL,
                    sort_name TEXT,
                    name_search TEXT NOT NULL,
                    birth_date TEXT,
                    birth_place TEXT,
                    death_date TEXT,
                    profession TEXT,
                    hatvp_url TEXT,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                CREATE TABLE contact (
                    deputy_uid TEXT NOT NULL REFERENCES deputy(uid) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (deputy_uid, ordinal)
                ) WITHOUT ROWID;
                CREATE TABLE body (
                    uid TEXT PRIMARY KEY,
                    type_code TEXT NOT NULL,
                    name TEXT NOT NULL,
                    short_name TEXT,
                    abbreviation TEXT,
                    start_date TEXT,
                    end_date TEXT,
                    legislature INTEGER,
                    color TEXT,
                    parent_ref TEXT,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                CREATE INDEX body_type ON body(type_code);
                CREATE TABLE mandate (
                    uid TEXT PRIMARY KEY,
                    deputy_ref TEXT NOT NULL,
                    legislature INTEGER,
                    body_type TEXT NOT NULL,
                    body_refs TEXT NOT NULL,
                    body_ref TEXT,
                    start_date TEXT,
                    end_date TEXT,
                    quality TEXT,
                    region TEXT,
                    department TEXT,
                    department_code TEXT,
                    constituency INTEGER,
                    election_cause TEXT,
                    end_cause TEXT,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                CREATE INDEX mandate_deputy ON mandate(deputy_ref, body_type);
                CREATE INDEX mandate_body ON mandate(body_ref);
                """)
        }
        // Later layers add their tables in migrations of their own, in this fixed order.
        CampaignSchema.registerMigrations(in: &migrator)
        LegislationSchema.registerMigrations(in: &migrator)
        PackedVotesSchema.registerMigrations(in: &migrator)
        // See ``bulkLoadIndexes``: the index of votes by deputy cost more than it served.
        migrator.registerMigration("v4-no-vote-deputy-index") { db in
            try db.execute(sql: "DROP INDEX IF EXISTS vote_deputy")
        }
        UpdateSchema.registerMigrations(in: &migrator)
        SearchSchema.registerMigrations(in: &migrator)
        DecisionSchema.registerMigrations(in: &migrator)
        // Indexes for the reads every command makes (measured on the shipped store, 16th and 17th):
        // - `ballot_legislature_date`: every document's "data as of" line counts and dates each
        //   legislature's ballots, and every analytics table reads one legislature's ballots by
        //   date; both read this small covering index instead of the whole `ballot` table and its
        //   titles (13 → 2 ms, sqlite3 shell).
        // - `mandate_body_type`: every analytics table, the town and export read the seat mandates
        //   (`body_type = 'ASSEMBLEE'`, 671 of 57,000 mandates) and scanned the 12 MB table for them
        //   (22 → 4 ms, Python's sqlite3).
        migrator.registerMigration("v9-read-indexes") { db in
            try db.execute(sql: """
                CREATE INDEX IF NOT EXISTS ballot_legislature_date ON ballot(legislature, date, number);
                CREATE INDEX IF NOT EXISTS mandate_body_type ON mandate(body_type, legislature);
                """)
        }
        CompactVotesSchema.registerMigrations(in: &migrator)
        return migrator
    }

    /// Migrations that rewrite a large part of an existing store: when one of them upgrades a
    /// store, the file is vacuumed afterwards, so that the pages they freed go back to the file
    /// system. ("v8-compact-votes" rewrites the votes of a store of the 17th legislature in a
    /// third of the space: without this the file keeps its old size, 126 MB, for 79 MB of data.)
    static let rewritingMigrations: Set<String> = [CompactVotesSchema.migrationName]
}
