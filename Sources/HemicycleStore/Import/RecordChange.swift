/// What writing one record did to the store.
public enum RecordChange: Sendable, Hashable {
    /// The record was new.
    case added
    /// The record existed with different content and was replaced.
    case updated
    /// The record existed with the same content; nothing was written.
    case unchanged
}

/// Counts of an import, for one kind of record.
public struct ChangeCounts: Sendable, Hashable {
    /// Records read from the dumps.
    public var read = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    public init() {}

    /// Counts one record.
    public mutating func count(_ change: RecordChange) {
        read += 1
        switch change {
        case .added: added += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    /// Whether anything was written.
    public var changedAnything: Bool { added + updated > 0 }
}
