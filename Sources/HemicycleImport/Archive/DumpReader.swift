import Crypto
import Foundation
import HemicycleModel

/// One file of a dump, read into memory.
public struct DumpEntry: Sendable {
    /// The entry's path inside the archive (`json/VTANR5L17V773.json`), or the file's path
    /// relative to the folder given, or the file name for a lone file.
    public var name: String
    /// The entry's bytes.
    public var data: Data
}

/// Reads the files of an open-data dump as published: a `.zip` archive (entries are inflated one
/// at a time in memory, nothing is written to disk), a folder of files, or a single file.
///
/// Hostile archives are handled defensively: entries are never written anywhere, so paths with
/// `..` or absolute paths cannot escape; symbolic links and directories are skipped; an entry
/// that would inflate past ``maximumEntrySize`` is refused; nested archives are skipped and
/// reported; duplicate entry names are reported and only the first is read.
public struct DumpReader: Sendable {
    /// How the dump is stored.
    public enum Layout: Sendable { case zip, folder, file }

    /// The path as given.
    public let path: String
    public let layout: Layout
    /// SHA-256 of the dump: of the zip or lone file's bytes; for a folder, of the sorted list of
    /// its files' names and hashes.
    public let sha256: String
    /// The largest entry accepted once inflated, in bytes (default 256 MiB).
    public var maximumEntrySize: UInt64 = 256 << 20
    /// Only entries whose name ends with one of these suffixes are read (lowercased).
    public var acceptedSuffixes: [String] = [".json"]

    private let url: URL

    /// Opens a dump. Throws ``ImportError/missingFile(path:)`` or ``ImportError/unreadable(path:reason:)``.
    public init(path: String) throws {
        self.path = path
        url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError.missingFile(path: path)
        }
        var info = stat()
        if stat(path, &info) == 0, !isDirectory.boolValue, (info.st_mode & S_IFMT) != S_IFREG {
            // A pipe (`import <(cat f.json)`) or a device: a dump is read twice (its SHA-256, then
            // its entries), and a pipe with no writer would block the import forever.
            throw ImportError.unreadable(path: path, reason: "a pipe or a device, not a file; save it to a file and import that")
        }
        if isDirectory.boolValue {
            layout = .folder
            sha256 = try DumpReader.folderDigest(url: url, path: path)
        } else {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ImportError.unreadable(path: path, reason: "permission denied")
            }
            layout = path.lowercased().hasSuffix(".zip") || DumpReader.hasZipSignature(url) ? .zip : .file
            sha256 = try DumpReader.fileDigest(url: url, path: path)
        }
    }

    /// The number of entries that ``forEachEntry(notices:_:)`` will visit, for progress display.
    public func entryCount() throws -> Int {
        switch layout {
        case .file: return 1
        case .folder: return try folderFiles().count
        case .zip: return try openZip().records.count { $0.kind == .file && accepts(name: $0.name) }
        }
    }

    /// Calls `body` with every accepted entry, in archive (or sorted path) order. Entries that
    /// are skipped for safety are described through `notices`.
    public func forEachEntry(notices: (ImportNote) -> Void = { _ in }, _ body: (DumpEntry) throws -> Void) throws {
        switch layout {
        case .file:
            try body(DumpEntry(name: url.lastPathComponent, data: try readFile(url)))
        case .folder:
            for (relative, fileURL) in try folderFiles(notices: notices) {
                try body(DumpEntry(name: relative, data: try readFile(fileURL)))
            }
        case .zip:
            let zip = try openZip()
            var seen: Set<String> = []
            // Entries in name order (stable: duplicates keep their order in the archive), which is
            // the order of the uids they hold (`json/VTANR5L17V10.json` after `…V1.json`): the
            // store's B-trees keyed by uid then grow at one end instead of at random places.
            // Measured (scaling benchmark, medians): a first import of the 17th legislature
            // 4.70 → 4.44 s; ten legislatures 52.3 → 51.4 s.
            for record in zip.records.sorted(by: { $0.name < $1.name }) {
                let name = record.name
                guard record.kind == .file else {
                    if record.kind == .symlink { notices(.symbolicLinkSkipped(entry: name)) }
                    continue
                }
                if name.lowercased().hasSuffix(".zip") {
                    notices(.nestedArchiveSkipped(entry: name))
                    continue
                }
                guard accepts(name: name) else { continue }
                if DumpReader.isUnsafe(entryPath: name) {
                    notices(.unsafePathRefused(entry: name))
                    continue
                }
                guard seen.insert(name).inserted else {
                    notices(.duplicateEntrySkipped(entry: name))
                    continue
                }
                guard record.uncompressedSize <= maximumEntrySize else {
                    throw ImportError.refusedEntry(path: path, entry: name, reason: "declares \(record.uncompressedSize) bytes, over the limit of \(maximumEntrySize)")
                }
                let data: Data
                do {
                    data = try zip.data(of: record, limit: maximumEntrySize, tooLarge: EntryTooLarge())
                } catch is EntryTooLarge {
                    throw ImportError.refusedEntry(path: path, entry: name, reason: "inflates past the limit of \(maximumEntrySize) bytes")
                } catch {
                    throw ImportError.corruptArchive(path: path, reason: "entry \(name): \(error)")
                }
                try body(DumpEntry(name: name, data: data))
            }
        }
    }

    private struct EntryTooLarge: Error {}

    /// Whether an archive entry's path is absolute or climbs out of the archive (`..`). Such
    /// entries are never written anywhere, but a well-formed dump has none, so they are refused.
    public static func isUnsafe(entryPath: String) -> Bool {
        if entryPath.hasPrefix("/") || entryPath.hasPrefix("\\") { return true }
        if entryPath.count >= 2, entryPath.dropFirst().first == ":" { return true }  // C:\…
        return entryPath.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    private func accepts(name: String) -> Bool {
        let lower = name.lowercased()
        return acceptedSuffixes.contains { lower.hasSuffix($0) }
    }

    private func openZip() throws -> ZipReader {
        do {
            return try ZipReader(url: url)
        } catch {
            throw ImportError.corruptArchive(path: path, reason: "\(error)")
        }
    }

    /// The accepted regular files of the folder, sorted by relative path; symbolic links are
    /// named through `notices` and skipped (never followed: a link could reach any file).
    private func folderFiles(notices: (ImportNote) -> Void = { _ in }) throws -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey]) else {
            throw ImportError.unreadable(path: path, reason: "cannot list the folder")
        }
        var files: [(String, URL)] = []
        let base = url.standardizedFileURL.path
        for case let fileURL as URL in enumerator {
            let values = try? fileURL.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            var relative = fileURL.standardizedFileURL.path
            if relative.hasPrefix(base) { relative = String(relative.dropFirst(base.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
            if values?.isSymbolicLink == true {
                if accepts(name: relative) { notices(.symbolicLinkSkipped(entry: relative)) }
                continue
            }
            guard values?.isRegularFile == true else { continue }
            if accepts(name: relative) { files.append((relative, fileURL)) }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    private func readFile(_ fileURL: URL) throws -> Data {
        do {
            return try Data(contentsOf: fileURL)
        } catch {
            throw ImportError.unreadable(path: fileURL.path, reason: error.localizedDescription)
        }
    }

    static func hasZipSignature(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    static func fileDigest(url: URL, path: String) throws -> String {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var hasher = SHA256()
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
            return hasher.finalize().hexString
        } catch {
            throw ImportError.unreadable(path: path, reason: error.localizedDescription)
        }
    }

    static func folderDigest(url: URL, path: String) throws -> String {
        let reader = DumpReaderFolderLister(url: url, path: path)
        var hasher = SHA256()
        for (name, fileURL) in try reader.files() {
            hasher.update(data: Data(name.utf8))
            hasher.update(data: Data(try fileDigest(url: fileURL, path: fileURL.path).utf8))
        }
        return hasher.finalize().hexString
    }
}

/// Lists a folder's regular files (sorted), for the folder digest.
private struct DumpReaderFolderLister {
    let url: URL
    let path: String
    func files() throws -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw ImportError.unreadable(path: path, reason: "cannot list the folder")
        }
        let base = url.standardizedFileURL.path
        var files: [(String, URL)] = []
        for case let fileURL as URL in enumerator where (try? fileURL.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files.append((String(fileURL.standardizedFileURL.path.dropFirst(base.count)), fileURL))
        }
        return files.sorted { $0.0 < $1.0 }
    }
}

extension Digest {
    /// Lower-case hexadecimal. (Written out by hand: `String(format:)` per byte showed up at
    /// 7 % of a full import's profile.)
    var hexString: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount * 2)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// SHA-256 of a byte buffer, hexadecimal.
public func sha256Hex(_ data: Data) -> String { SHA256.hash(data: data).hexString }
