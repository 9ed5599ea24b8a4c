import GRDB

/// Tables of the campaign toolkit (registers, geography). Migrations are appended, never edited.
///
/// - `register_source`: one row per register kind imported (`constituencies`, `postcodes`,
///   `rne_deputies`): the file name, its SHA-256 and row count, so that importing the same file
///   again changes nothing and every figure can be traced to the file it came from.
/// - `commune_constituency`: INSEE's commune → constituency (*circonscription*) table, one row per
///   (commune, constituency), with the coverage (`whole` or `partial`).
/// - `postcode`: La Poste's postcode table, one row per line of the file, with the comparison keys
///   of its names (``PlaceNameMatching``-style, computed by the importer).
/// - `rne_deputy`: the deputies of the Répertoire national des élus (the Interior ministry's
///   register), one row per line, department codes normalized (see ``DepartmentCode``).
enum CampaignSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-campaign-registers") { db in
            try db.execute(sql: """
                CREATE TABLE register_source (
                    kind TEXT PRIMARY KEY,
                    file_name TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    imported_at TEXT NOT NULL
                );
                CREATE TABLE commune_constituency (
                    insee_code TEXT NOT NULL,
                    commune_name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    department_code TEXT NOT NULL,
                    constituency INTEGER NOT NULL,
                    coverage TEXT NOT NULL,
                    PRIMARY KEY (insee_code, department_code, constituency)
                ) WITHOUT ROWID;
                CREATE INDEX commune_constituency_name ON commune_constituency(name_key);
                CREATE INDEX commune_constituency_seat ON commune_constituency(department_code, constituency);
                CREATE TABLE postcode (
                    ordinal INTEGER PRIMARY KEY,
                    insee_code TEXT NOT NULL,
                    commune_name TEXT NOT NULL,
                    postcode TEXT NOT NULL,
                    delivery_label TEXT NOT NULL,
                    locality TEXT,
                    commune_key TEXT NOT NULL,
                    label_key TEXT NOT NULL,
                    locality_key TEXT
                );
                CREATE INDEX postcode_code ON postcode(postcode);
                CREATE INDEX postcode_insee ON postcode(insee_code);
                CREATE TABLE rne_deputy (
                    line INTEGER PRIMARY KEY,
                    department_code TEXT NOT NULL,
                    department_name TEXT NOT NULL,
                    constituency INTEGER NOT NULL,
                    last_name TEXT NOT NULL,
                    first_name TEXT NOT NULL,
                    sex TEXT NOT NULL,
                    birth_date TEXT NOT NULL,
                    profession TEXT NOT NULL,
                    mandate_start TEXT NOT NULL
                );
                CREATE INDEX rne_deputy_seat ON rne_deputy(department_code, constituency);
                """)
        }
    }
}
