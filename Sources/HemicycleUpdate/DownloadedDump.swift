import Foundation

/// A dump's bytes, kept in a temporary file until they are checked and imported.
struct DownloadedDump: Sendable {
    /// The temporary file.
    var file: URL
    /// SHA-256 of its bytes, hexadecimal.
    var sha256: String
    var bytes: Int64
    /// The server's validators, as sent (nil from a folder).
    var etag: String?
    var lastModified: String?
}

/// What fetching a dump found.
enum FetchResult: Sendable {
    /// The copy held is current (HTTP 304): nothing was downloaded.
    case notModified
    /// A copy arrived, whole.
    case downloaded(DownloadedDump)
}
