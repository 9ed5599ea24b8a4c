import GRDB

extension HemicycleDatabase {
    /// What has been imported, as one text: the SHA-256 of every dump and register file stored,
    /// in import order, and the schema version. It changes exactly when an import changes what the
    /// store can report (a dump imported again is registered once), so a server derives its
    /// cache validators (ETag) from it. The last update logged (its freshness: when the dumps were
    /// checked) and the saved watches (their feeds) are part of it too, when the store has them.
    public func importState() throws -> String {
        try read { db in
            let dumps = try String.fetchAll(db, sql: "SELECT sha256 FROM dump ORDER BY id")
            let registers = try String.fetchAll(db, sql: "SELECT kind || ':' || sha256 FROM register_source ORDER BY kind")
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            var state = ["v\(version)"] + dumps + registers
            // A store from before the update tables (opened read-only, not migrated) has neither.
            if try db.tableExists("update_run") {
                state.append("update:" + (try String.fetchOne(db, sql: "SELECT max(id) || '@' || max(finished_at) FROM update_run") ?? ""))
            }
            if try db.tableExists("watch") {
                state += try String.fetchAll(db, sql: "SELECT 'watch:' || name || ':' || kind || ':' || value || ':' || created_at FROM watch ORDER BY name")
            }
            return state.joined(separator: "\n")
        }
    }
}
