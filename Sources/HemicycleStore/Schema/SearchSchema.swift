import GRDB

/// The full-text index that finds ballots by subject (see ``HemicycleDatabase/searchBallots(_:filter:)``).
/// Migrations are appended, never edited.
///
/// - `search_entry`: one row per text indexed, by kind (`ballot_title`, `amendment_text`,
///   `amendment_summary`, `dossier_title`) and record uid. Its `id` is an INTEGER PRIMARY KEY, so
///   the index's rowids survive a `VACUUM` (the implicit rowids of `ballot`, `amendment` and
///   `dossier` may not).
/// - `search_index`: an SQLite FTS5 index over `search_entry.body` (external content), with the
///   `unicode61` tokenizer folding case and accents (`remove_diacritics 2`: "vidéo" = "video").
///
/// Triggers keep both in step with `ballot`, `amendment` and `dossier`: the imports delete a
/// changed record and insert it again, and leave an unchanged one alone, so re-running an import
/// changes nothing here either. The migration fills them from what the store already holds.
enum SearchSchema {
    /// The sources indexed: kind, table, text column.
    static let sources: [(kind: String, table: String, column: String)] = [
        ("ballot_title", "ballot", "title"),
        ("amendment_text", "amendment", "operative_text"),
        ("amendment_summary", "amendment", "explanatory_statement"),
        ("dossier_title", "dossier", "title"),
    ]

    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-search") { db in
            try db.execute(sql: """
                CREATE TABLE search_entry (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    body TEXT NOT NULL,
                    UNIQUE (kind, uid)
                );
                CREATE VIRTUAL TABLE search_index USING fts5(
                    body, content='search_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER search_entry_insert AFTER INSERT ON search_entry BEGIN
                    INSERT INTO search_index(rowid, body) VALUES (new.id, new.body);
                END;
                CREATE TRIGGER search_entry_delete AFTER DELETE ON search_entry BEGIN
                    INSERT INTO search_index(search_index, rowid, body) VALUES ('delete', old.id, old.body);
                END;
                """)
            for (table, entries) in Dictionary(grouping: sources, by: \.table).sorted(by: { $0.key < $1.key }) {
                // Empty texts (an amendment without summary) are not indexed.
                let inserts = entries.map { e in
                    "INSERT INTO search_entry (kind, uid, body) SELECT '\(e.kind)', new.uid, new.\(e.column) WHERE new.\(e.column) <> '';"
                }.joined(separator: "\n")
                let kinds = entries.map { "'\($0.kind)'" }.joined(separator: ", ")
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_search_insert AFTER INSERT ON \(table) BEGIN
                        \(inserts)
                    END;
                    CREATE TRIGGER \(table)_search_delete AFTER DELETE ON \(table) BEGIN
                        DELETE FROM search_entry WHERE kind IN (\(kinds)) AND uid = old.uid;
                    END;
                    CREATE TRIGGER \(table)_search_update AFTER UPDATE ON \(table) BEGIN
                        DELETE FROM search_entry WHERE kind IN (\(kinds)) AND uid = old.uid;
                        \(inserts)
                    END;
                    """)
                for e in entries {
                    try db.execute(sql: "INSERT INTO search_entry (kind, uid, body) SELECT '\(e.kind)', uid, \(e.column) FROM \(table) WHERE \(e.column) <> ''")
                }
            }
        }
    }
}
