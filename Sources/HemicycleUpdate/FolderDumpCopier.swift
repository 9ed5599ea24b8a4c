import Foundation

/// Copies a dump from a folder laid out as the repository into the temporary file, hashing it
/// on the way: what is checked and imported is a copy that cannot change under the import.
enum FolderDumpCopier {
    /// Bytes copied per read.
    static let chunkSize = 1 << 20

    static func copy(_ location: String, into file: URL, progress: @Sendable (UpdateProgress) -> Void) throws -> DownloadedDump {
        guard FileManager.default.fileExists(atPath: location) else { throw UpdateError.missingFile(location: location) }
        let total = (try? FileManager.default.attributesOfItem(atPath: location)[.size] as? NSNumber)?.int64Value
        guard let input = FileHandle(forReadingAtPath: location) else {
            throw UpdateError.corruptDump(location: location, reason: "cannot be read")
        }
        defer { try? input.close() }
        var writer = try HashingFileWriter(file: file)
        do {
            while let chunk = try input.read(upToCount: chunkSize), !chunk.isEmpty {
                try writer.write(chunk)
                progress(.downloading(location: location, bytes: writer.bytes, total: total))
            }
        } catch let error as UpdateError {
            writer.abandon()
            throw error
        } catch {
            writer.abandon()
            throw UpdateError.corruptDump(location: location, reason: "cannot be read: \(error.localizedDescription)")
        }
        let sha256 = try writer.finish()
        return DownloadedDump(file: file, sha256: sha256, bytes: writer.bytes, etag: nil, lastModified: nil)
    }
}
