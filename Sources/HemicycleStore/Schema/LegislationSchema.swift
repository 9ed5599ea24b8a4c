import GRDB

/// Tables of legislation (dossiers, documents, amendments). Migrations are appended, never edited.
enum LegislationSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {}
}
