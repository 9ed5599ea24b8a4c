/// A dump to import, and the name the stored records give as their source.
public struct DumpFile: Sendable, Hashable {
    /// Where the bytes are read from.
    public var path: String
    /// What the stored records name as their dump: the path itself, or (for `update`) the URL or
    /// file the temporary copy was fetched from.
    public var recordedAs: String

    /// A dump read at `path`, recorded as `recordedAs` (the path itself by default).
    public init(path: String, recordedAs: String? = nil) {
        self.path = path
        self.recordedAs = recordedAs ?? path
    }
}
