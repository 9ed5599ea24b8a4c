import GRDB

/// Decisions of the Conseil constitutionnel read from their published text (see
/// `ConstitutionalDecisionParser`). Migrations are appended, never edited.
///
/// - `constitutional_decision`: one row per decision (`uid` is its reference, `"2025-878 DC"`),
///   the parsed content as JSON (`ConstitutionalDecisionText`: the operative rulings article by
///   article and what each article modifies), with its source like every record. The dossiers'
///   acts name the decision by the same reference (`dossier_step.decision_reference`).
enum DecisionSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-constitutional-decisions") { db in
            try db.execute(sql: """
                CREATE TABLE constitutional_decision (
                    uid TEXT PRIMARY KEY,
                    date TEXT,
                    law_title TEXT,
                    content TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                """)
        }
    }
}
