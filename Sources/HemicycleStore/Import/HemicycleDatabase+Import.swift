import GRDB
import HemicycleModel

/// What an import did.
public struct ImportStatistics: Sendable {
    public var ballots = ChangeCounts()
    public var deputies = ChangeCounts()
    public var bodies = ChangeCounts()
    public var mandates = ChangeCounts()
    /// Ballots where some group published as `PO0` could not be recovered.
    public var unrecoveredBogusGroups: [String] = []
    /// The legislative files written in the same transaction (``ImportTransaction/legislation()``);
    /// nil when none was.
    public var legislation: LegislationImportStatistics?

    /// Whether the import wrote anything.
    public var changedAnything: Bool {
        ballots.changedAnything || deputies.changedAnything || bodies.changedAnything || mandates.changedAnything
            || (legislation?.changedAnything ?? false)
    }
}

extension HemicycleDatabase {
    /// The page cache of the writing connection during an import, in KiB (128 MiB: the whole
    /// 17th legislature's database is about 110 MB).
    static let importCacheKiB = 131_072

    /// Runs an import in one immediate transaction: either every record written by `body` is
    /// committed, or (if `body` throws, or the process dies) none is.
    ///
    /// A second import on the same file waits up to the busy timeout, then fails with
    /// ``StoreError/busy(path:)``. The ballots the import adds or changes are linked to the
    /// legislative files by `linking` (HemicycleLegislation's `BallotLinkingRules`) before the commit.
    /// `beforeCommit` runs last, in the transaction, with everything written and linked (what it
    /// throws rolls the import back).
    public func importing(linking rules: any BallotLinkRules, _ body: (ImportTransaction) throws -> Void,
                          beforeCommit: (ImportTransaction, ImportStatistics) throws -> Void = { _, _ in }) throws -> ImportStatistics {
        do {
            return try queue.writeWithoutTransaction { db in
                // A large page cache keeps a whole legislature's B-trees in memory during the
                // transaction, instead of spilling pages to the WAL and reading them back.
                try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                var statistics = ImportStatistics()
                try db.inTransaction(.immediate) {
                    let transaction = try ImportTransaction(db: db)
                    let deferred = try Self.dropIndexesOfEmptyTables(db)
                    try body(transaction)
                    try transaction.indexDeferredSearchEntries()
                    for index in deferred { try db.execute(sql: index.create) }
                    statistics.unrecoveredBogusGroups = try transaction.recoverBogusGroups()
                    try transaction.repackChangedLegislatures()
                    if let legislation = transaction.legislationTransaction {
                        statistics.legislation = try legislation.finish(linking: rules)
                    } else {
                        try transaction.linkChangedBallots(rules: rules)
                    }
                    statistics.ballots = transaction.ballots
                    statistics.deputies = transaction.deputies
                    statistics.bodies = transaction.bodies
                    statistics.mandates = transaction.mandates
                    try beforeCommit(transaction, statistics)
                    return .commit
                }
                return statistics
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// Drops the ``HemicycleSchema/bulkLoadIndexes`` of tables that are empty (the first import
    /// into a new database), to be created again once the rows are in, inside the same
    /// transaction: nobody ever sees the tables without them. Returns the dropped ones.
    static func dropIndexesOfEmptyTables(_ db: Database) throws -> [HemicycleSchema.BulkLoadIndex] {
        var dropped: [HemicycleSchema.BulkLoadIndex] = []
        for index in HemicycleSchema.bulkLoadIndexes {
            let isEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(index.table))") ?? false
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)",
                                           arguments: [index.name]) ?? false
            guard isEmpty, exists else { continue }
            try db.execute(sql: "DROP INDEX \(index.name)")
            dropped.append(index)
        }
        return dropped
    }
}
