/// Entries of a dump that an import does not read (a kind it does not handle, such as `deport`),
/// counted: what the import's report says was left aside.
public struct SkippedEntries: Sendable, Hashable, Codable {
    /// The dump's path as given.
    public var path: String
    /// The entries' kind, as the dump names it (`deport`).
    public var kind: String
    /// How many entries of that kind were skipped.
    public var count: Int

    /// Skipped entries of one kind in one dump.
    public init(path: String, kind: String, count: Int) { (self.path, self.kind, self.count) = (path, kind, count) }

    /// The English line (`AMO.zip: 37 deport entries skipped (not imported by this command)`): the
    /// import's JSON `notes` and its English report.
    public var description: String { "\(path): \(count) \(kind) entries skipped (not imported by this command)" }
}
