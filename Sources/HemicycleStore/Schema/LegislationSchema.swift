import GRDB

/// Tables of legislation (dossiers, documents, amendments). Migrations are appended, never edited.
///
/// - `dossier`: a legislative file (*dossier législatif*), one row per file, with its source.
/// - `dossier_step`: its acts (*actes législatifs*), a tree flattened depth first: each row has
///   its `ordinal` in the file and the ordinal of its parent (`parent_ordinal`, null at the top).
/// - `document`: the metadata of a parliamentary document (bill text, report, adopted text).
/// - `amendment` and `amendment_author` (the first author and the co-signatories, in order).
/// - `ballot_dossier` and `ballot_amendment`: links computed from the data, each with the signal
///   that produced it (`method`: `vote_ref`, `sitting`, `title`, `number`, `identical`). They do
///   not reference `ballot` with a foreign key, so that re-importing a ballot (delete and
///   insert) keeps them; they are recomputed on each legislation import.
enum LegislationSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-legislation") { db in
            try db.execute(sql: """
                CREATE TABLE dossier (
                    uid TEXT PRIMARY KEY,
                    legislature INTEGER,
                    title TEXT NOT NULL,
                    title_search TEXT NOT NULL,
                    senate_url TEXT,
                    procedure TEXT,
                    procedure_code TEXT,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                CREATE TABLE dossier_step (
                    dossier_uid TEXT NOT NULL REFERENCES dossier(uid) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    parent_ordinal INTEGER,
                    depth INTEGER NOT NULL,
                    uid TEXT NOT NULL,
                    code TEXT NOT NULL,
                    kind TEXT,
                    label TEXT NOT NULL,
                    date TEXT,
                    body_ref TEXT,
                    text_refs TEXT NOT NULL,
                    vote_refs TEXT NOT NULL,
                    sitting_ref TEXT,
                    conclusion TEXT,
                    referral TEXT,
                    decision_reference TEXT,
                    decision_ruling TEXT,
                    decision_url TEXT,
                    law_number TEXT,
                    law_title TEXT,
                    journal_date TEXT,
                    journal_number TEXT,
                    nor TEXT,
                    legifrance_url TEXT,
                    PRIMARY KEY (dossier_uid, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX dossier_step_sitting ON dossier_step(sitting_ref);
                CREATE TABLE document (
                    uid TEXT PRIMARY KEY,
                    dossier_ref TEXT,
                    legislature INTEGER,
                    kind TEXT,
                    kind_label TEXT,
                    title TEXT NOT NULL,
                    tabled_on TEXT,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                CREATE INDEX document_dossier ON document(dossier_ref);
                CREATE TABLE amendment (
                    uid TEXT PRIMARY KEY,
                    legislature INTEGER,
                    number_label TEXT NOT NULL,
                    number INTEGER,
                    number_prefix TEXT NOT NULL,
                    rectified INTEGER NOT NULL,
                    dossier_ref TEXT,
                    text_ref TEXT NOT NULL,
                    examination_ref TEXT,
                    division TEXT,
                    short_designation TEXT,
                    additional_article INTEGER NOT NULL,
                    alinea INTEGER,
                    alinea_designation TEXT,
                    author_kind TEXT,
                    author_ref TEXT,
                    group_ref TEXT,
                    government_ref TEXT,
                    authors_label TEXT,
                    fate TEXT NOT NULL,
                    fate_label TEXT,
                    tabled_on TEXT,
                    published_on TEXT,
                    decided_on TEXT,
                    sitting_ref TEXT,
                    operative_text TEXT NOT NULL,
                    explanatory_statement TEXT NOT NULL,
                    law_reference TEXT,
                    law_article TEXT,
                    identical_group TEXT,
                    content_hash TEXT NOT NULL,
                    dump_id INTEGER NOT NULL REFERENCES dump(id),
                    entry TEXT NOT NULL,
                    entry_sha256 TEXT NOT NULL
                );
                CREATE INDEX amendment_number ON amendment(number, dossier_ref);
                CREATE INDEX amendment_text ON amendment(text_ref);
                CREATE TABLE amendment_author (
                    amendment_uid TEXT NOT NULL REFERENCES amendment(uid) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    deputy_ref TEXT NOT NULL,
                    role TEXT NOT NULL,
                    PRIMARY KEY (amendment_uid, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX amendment_author_deputy ON amendment_author(deputy_ref);
                CREATE TABLE ballot_dossier (
                    ballot_uid TEXT NOT NULL,
                    dossier_uid TEXT NOT NULL REFERENCES dossier(uid) ON DELETE CASCADE,
                    method TEXT NOT NULL,
                    PRIMARY KEY (ballot_uid, dossier_uid)
                ) WITHOUT ROWID;
                CREATE INDEX ballot_dossier_dossier ON ballot_dossier(dossier_uid);
                CREATE TABLE ballot_amendment (
                    ballot_uid TEXT NOT NULL,
                    amendment_uid TEXT NOT NULL REFERENCES amendment(uid) ON DELETE CASCADE,
                    method TEXT NOT NULL,
                    PRIMARY KEY (ballot_uid, amendment_uid)
                ) WITHOUT ROWID;
                CREATE INDEX ballot_amendment_amendment ON ballot_amendment(amendment_uid);
                """)
        }
    }
}
