import Foundation

/// Why an import failed. Every case names the file and, where it applies, the entry, the record
/// uid and the JSON path, so that the user can find the fault in the published data.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case missingFile(path: String)
    /// The file cannot be read (permissions, a directory where a file was expected…).
    case unreadable(path: String, reason: String)
    /// The file is not a zip archive, or the archive is damaged.
    case corruptArchive(path: String, reason: String)
    /// An archive entry is refused (too large once inflated, nested archive…).
    case refusedEntry(path: String, entry: String, reason: String)
    /// The JSON is invalid or truncated.
    case invalidJSON(path: String, entry: String, reason: String)
    /// The JSON is valid but a member is missing or malformed.
    case invalidRecord(path: String, entry: String, uid: String?, jsonPath: String, reason: String)
    /// A ballot's count cannot be an official one: beyond the seats of the house, or more deputies
    /// named than seats. (Counts that merely disagree with each other are official and kept: see
    /// ``HemicycleModel/BallotDiscrepancy``.)
    case implausibleCount(path: String, entry: String, uid: String, reason: String)
    /// Nothing importable was found at the path.
    case nothingToImport(path: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): no such file or directory"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .corruptArchive(let path, let reason):
            return "\(path): not a readable zip archive: \(reason)"
        case .refusedEntry(let path, let entry, let reason):
            return "\(path) [\(entry)]: entry refused: \(reason)"
        case .invalidJSON(let path, let entry, let reason):
            return "\(path) [\(entry)]: invalid JSON: \(reason)"
        case .invalidRecord(let path, let entry, let uid, let jsonPath, let reason):
            let record = uid.map { " record \($0)," } ?? ""
            return "\(path) [\(entry)]:\(record) at \(jsonPath): \(reason)"
        case .implausibleCount(let path, let entry, let uid, let reason):
            return "\(path) [\(entry)]: ballot \(uid): not an official count: \(reason)"
        case .nothingToImport(let path):
            return "\(path): no Assemblée nationale JSON found (expected .json files or a .zip of them)"
        }
    }
}
