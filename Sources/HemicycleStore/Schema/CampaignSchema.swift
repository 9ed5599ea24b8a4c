import GRDB

/// Tables of the campaign toolkit (registers, geography). Migrations are appended, never edited.
enum CampaignSchema {
    static func registerMigrations(in migrator: inout DatabaseMigrator) {}
}
