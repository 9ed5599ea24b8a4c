/// A reader's note (``ImportNote``) with the dump it was read in: one line of the import's report.
public struct DumpNote: Sendable, Hashable {
    /// The dump's path as given (nil for a note the store made after reading every dump, such as
    /// ``ImportNote/groupsNotRecovered(ballot:)``).
    public var path: String?
    /// What was noticed.
    public var note: ImportNote

    /// A note read in the dump at `path`.
    public init(path: String?, note: ImportNote) { (self.path, self.note) = (path, note) }

    /// The English line of the JSON's `notes`: an archive's note after its dump's path
    /// (`dump.zip: json/x.json: symbolic link skipped`), a warning after `warning: `.
    public var description: String {
        if note.isWarning { return "warning: \(note)" }
        return path.map { "\($0): \(note)" } ?? "\(note)"
    }
}
