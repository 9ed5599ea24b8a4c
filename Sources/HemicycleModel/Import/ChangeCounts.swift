/// Counts of an import, for one kind of record.
public struct ChangeCounts: Sendable, Hashable, Codable {
    /// Records read from the dumps.
    public var read = 0
    /// Records the store did not hold.
    public var added = 0
    /// Records held with another content, replaced.
    public var updated = 0
    /// Records held with the same content, left alone.
    public var unchanged = 0

    /// No record counted yet.
    public init() {}

    /// Counts given as they are (a report's fixtures, a summary read back).
    public init(read: Int, added: Int, updated: Int, unchanged: Int) {
        (self.read, self.added, self.updated, self.unchanged) = (read, added, updated, unchanged)
    }

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
