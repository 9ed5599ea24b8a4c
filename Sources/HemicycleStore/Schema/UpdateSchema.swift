import GRDB

/// The log of `hemicycle update`. Migrations are appended, never edited.
///
/// - `update_run`: one row per update that completed (a failed one rolls back with its import):
///   when, from where, and how many records it changed.
/// - `update_dump`: each dump a run asked for: its URL or file, what the fetch found
///   (`imported`, `same-content`, `not-modified`), its SHA-256, the server's validators (ETag,
///   Last-Modified), the bytes downloaded. The latest row of a URL gives the validators of the
///   next conditional request.
/// - `update_run`'s legislation counts (`v7-update-legislation`): the dossiers, documents and
///   amendments an update with `--legislation` added or changed.
/// - `watch`: the saved watches (`hemicycle watch`): a name, a kind (`search`, `ballots`,
///   `deputy`, `group`) and its value.
enum UpdateSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-updates") { db in
            try db.execute(sql: """
                CREATE TABLE update_run (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT NOT NULL,
                    new_ballots INTEGER NOT NULL,
                    changed_ballots INTEGER NOT NULL,
                    persons_changed INTEGER NOT NULL,
                    groups_changed INTEGER NOT NULL,
                    other_bodies_changed INTEGER NOT NULL,
                    mandates_changed INTEGER NOT NULL
                );
                CREATE TABLE update_dump (
                    run_id INTEGER NOT NULL REFERENCES update_run(id) ON DELETE CASCADE,
                    legislature INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    location TEXT NOT NULL,
                    status TEXT NOT NULL,
                    sha256 TEXT,
                    etag TEXT,
                    last_modified TEXT,
                    bytes INTEGER NOT NULL,
                    fetched_at TEXT NOT NULL,
                    PRIMARY KEY (run_id, legislature, kind)
                );
                CREATE INDEX update_dump_location ON update_dump(location, run_id);
                """)
        }
        migrator.registerMigration("v6-watches") { db in
            try db.execute(sql: """
                CREATE TABLE watch (
                    name TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    value TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v7-update-legislation") { db in
            try db.execute(sql: """
                ALTER TABLE update_run ADD COLUMN new_dossiers INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE update_run ADD COLUMN changed_dossiers INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE update_run ADD COLUMN new_documents INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE update_run ADD COLUMN changed_documents INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE update_run ADD COLUMN new_amendments INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE update_run ADD COLUMN changed_amendments INTEGER NOT NULL DEFAULT 0;
                """)
        }
    }
}
