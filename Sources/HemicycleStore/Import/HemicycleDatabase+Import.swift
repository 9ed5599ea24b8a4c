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

    /// Whether the import wrote anything.
    public var changedAnything: Bool {
        ballots.changedAnything || deputies.changedAnything || bodies.changedAnything || mandates.changedAnything
    }
}

extension HemicycleDatabase {
    /// Runs an import in one immediate transaction: either every record written by `body` is
    /// committed, or (if `body` throws, or the process dies) none is.
    ///
    /// A second import on the same file waits up to the busy timeout, then fails with
    /// ``StoreError/busy(path:)``.
    public func importing(_ body: (ImportTransaction) throws -> Void) throws -> ImportStatistics {
        do {
            return try pool.writeWithoutTransaction { db in
                var statistics = ImportStatistics()
                try db.inTransaction(.immediate) {
                    let transaction = try ImportTransaction(db: db)
                    try body(transaction)
                    statistics.unrecoveredBogusGroups = try transaction.recoverBogusGroups()
                    statistics.ballots = transaction.ballots
                    statistics.deputies = transaction.deputies
                    statistics.bodies = transaction.bodies
                    statistics.mandates = transaction.mandates
                    return .commit
                }
                return statistics
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }
}
