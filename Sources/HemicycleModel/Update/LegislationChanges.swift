/// What an update changed in the legislative files, counted: records the store did not hold
/// (new) and records it held with another content (changed), per kind.
public struct LegislationChanges: Sendable, Hashable, Codable {
    /// Legislative files (*dossiers législatifs*).
    public var newDossiers = 0
    public var changedDossiers = 0
    /// Documents' metadata (from the dossiers dump).
    public var newDocuments = 0
    public var changedDocuments = 0
    public var newAmendments = 0
    public var changedAmendments = 0

    public init(newDossiers: Int = 0, changedDossiers: Int = 0, newDocuments: Int = 0, changedDocuments: Int = 0,
                newAmendments: Int = 0, changedAmendments: Int = 0) {
        self.newDossiers = newDossiers
        self.changedDossiers = changedDossiers
        self.newDocuments = newDocuments
        self.changedDocuments = changedDocuments
        self.newAmendments = newAmendments
        self.changedAmendments = changedAmendments
    }

    /// Whether any record was added or changed.
    public var changedAnything: Bool {
        newDossiers + changedDossiers + newDocuments + changedDocuments + newAmendments + changedAmendments > 0
    }

    /// The dossiers, documents and amendments of an import's account.
    public init(_ records: ImportedRecords) {
        self.init(newDossiers: records[.dossiers].added, changedDossiers: records[.dossiers].updated,
                  newDocuments: records[.documents].added, changedDocuments: records[.documents].updated,
                  newAmendments: records[.amendments].added, changedAmendments: records[.amendments].updated)
    }
}
