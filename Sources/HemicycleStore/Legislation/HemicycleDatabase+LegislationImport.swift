import GRDB
import HemicycleModel

/// What a legislation import did.
public struct LegislationImportStatistics: Sendable {
    public var dossiers = ChangeCounts()
    public var documents = ChangeCounts()
    public var amendments = ChangeCounts()
    /// Decisions of the Conseil constitutionnel.
    public var decisions = ChangeCounts()
    /// Ballot ↔ dossier links after the import.
    public var dossierLinks = LinkCounts()
    /// Ballot ↔ amendment links after the import.
    public var amendmentLinks = LinkCounts()

    /// Nothing imported yet.
    public init() {}

    /// Whether the import wrote anything (records or links).
    public var changedAnything: Bool {
        dossiers.changedAnything || documents.changedAnything || amendments.changedAnything || decisions.changedAnything
            || dossierLinks.changedAnything || amendmentLinks.changedAnything
    }
}

extension HemicycleDatabase {
    /// Runs a legislation import in one immediate transaction, then recomputes the ballot ↔
    /// dossier and ballot ↔ amendment links by `linking` (HemicycleLegislation's
    /// `BallotLinkingRules`) in the same transaction: either everything is committed, or (if
    /// `body` throws) nothing.
    public func importingLegislation(linking rules: any BallotLinkRules, _ body: (LegislationImportTransaction) throws -> Void) throws -> LegislationImportStatistics {
        do {
            return try queue.writeWithoutTransaction { db in
                var statistics = LegislationImportStatistics()
                try db.inTransaction(.immediate) {
                    let transaction = try LegislationImportTransaction(db: db)
                    try body(transaction)
                    statistics = try transaction.finish(linking: rules)
                    return .commit
                }
                return statistics
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// The number of dossiers stored.
    public func dossierCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM dossier") ?? 0 }
    }
}
