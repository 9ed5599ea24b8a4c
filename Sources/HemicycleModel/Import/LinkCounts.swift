/// Counts of a link table (ballot ↔ dossier, ballot ↔ amendment) after an import relinked it.
public struct LinkCounts: Sendable, Hashable, Codable {
    /// Links now stored.
    public var total = 0
    /// Links the import added: not stored before it.
    public var added = 0
    /// Links the import removed: stored before it, no longer given by the data (a signal that
    /// no longer holds, a dossier re-imported without the act that gave it).
    public var removed = 0

    /// No link counted yet.
    public init() {}

    /// Counts given as they are.
    public init(total: Int, added: Int, removed: Int) {
        (self.total, self.added, self.removed) = (total, added, removed)
    }

    /// Whether the import added or removed any link.
    public var changedAnything: Bool { added + removed > 0 }
}
