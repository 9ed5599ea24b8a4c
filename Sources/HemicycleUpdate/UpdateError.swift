/// Why an update failed. Whatever the failure, the store is left exactly as it was.
public enum UpdateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--source` is neither a URL nor a folder.
    case badSource(String, reason: String)
    /// The connection failed, timed out or broke off (retried, then given up).
    case network(location: String, reason: String)
    /// The server answered with an error status (5xx retried, then given up).
    case httpStatus(location: String, code: UInt, reason: String)
    /// Fewer bytes arrived than the server announced (retried, then given up).
    case truncated(location: String, received: Int64, expected: Int64)
    /// The file is missing from the folder given as source.
    case missingFile(location: String)
    /// What arrived is not a readable dump: the zip's directory, an entry's size or CRC is wrong.
    case corruptDump(location: String, reason: String)
    /// The temporary file could not be written.
    case temporaryFile(path: String, reason: String)

    /// Whether another attempt may succeed: network failures, truncations and 5xx, 408 or 429
    /// statuses; never a 404 or a corrupt dump (the same bytes would arrive again).
    public var isRetryable: Bool {
        switch self {
        case .network, .truncated: return true
        case .httpStatus(_, let code, _): return code >= 500 || code == 408 || code == 429
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .badSource(let source, let reason): return "--source \(source): \(reason)"
        case .network(let location, let reason): return "\(location): \(reason)"
        case .httpStatus(let location, let code, let reason): return "\(location): the server answered \(code) \(reason)"
        case .truncated(let location, let received, let expected):
            return "\(location): the download stopped after \(received) of \(expected) bytes"
        case .missingFile(let location): return "\(location): no such file"
        case .corruptDump(let location, let reason): return "\(location): not a readable dump (\(reason)); nothing was imported"
        case .temporaryFile(let path, let reason): return "\(path): cannot write the download (\(reason))"
        }
    }
}
