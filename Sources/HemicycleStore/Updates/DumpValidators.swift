/// What the store knows of the copy of a dump it last imported or checked, for a conditional
/// request: the server's validators, and the SHA-256 to compare when the server sends none.
public struct DumpValidators: Sendable, Hashable {
    /// SHA-256 of the dump's bytes, hexadecimal.
    public var sha256: String?
    /// The `ETag` the server sent with it.
    public var etag: String?
    /// The `Last-Modified` the server sent with it, as sent.
    public var lastModified: String?

    public init(sha256: String?, etag: String?, lastModified: String?) {
        self.sha256 = sha256
        self.etag = etag
        self.lastModified = lastModified
    }
}
