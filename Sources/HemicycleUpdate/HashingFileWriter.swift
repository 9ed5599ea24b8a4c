import Crypto
import Foundation

/// Writes a download to a file while hashing it, so that its SHA-256 is known the moment the
/// last byte lands, without reading the file again.
struct HashingFileWriter {
    let file: URL
    private let handle: FileHandle
    private var hasher = SHA256()
    private(set) var bytes: Int64 = 0

    /// Creates (or empties) the file.
    init(file: URL) throws {
        self.file = file
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw UpdateError.temporaryFile(path: file.path, reason: "cannot create it")
        }
        do {
            handle = try FileHandle(forWritingTo: file)
        } catch {
            throw UpdateError.temporaryFile(path: file.path, reason: error.localizedDescription)
        }
    }

    /// Appends bytes.
    mutating func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw UpdateError.temporaryFile(path: file.path, reason: error.localizedDescription)
        }
        hasher.update(data: data)
        bytes += Int64(data.count)
    }

    /// Closes the file (flushing it to disk) and returns the SHA-256 of what was written.
    func finish() throws -> String {
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw UpdateError.temporaryFile(path: file.path, reason: error.localizedDescription)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Closes the file after a failure (the caller removes it).
    func abandon() {
        try? handle.close()
    }
}
