import GRDB

extension HemicycleDatabase {
    /// What has been imported, as one text: the SHA-256 of every dump and register file stored,
    /// in import order, and the schema version. It changes exactly when an import changes what the
    /// store can report (a dump imported again is registered once), so a server derives its
    /// cache validators (ETag) from it.
    public func importState() throws -> String {
        try read { db in
            let dumps = try String.fetchAll(db, sql: "SELECT sha256 FROM dump ORDER BY id")
            let registers = try String.fetchAll(db, sql: "SELECT kind || ':' || sha256 FROM register_source ORDER BY kind")
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            return (["v\(version)"] + dumps + registers).joined(separator: "\n")
        }
    }
}
