import Foundation

/// The one writer of the files a command produces (`--output` of `card` and `report`, the
/// notebooks `notebook run` rewrites), so that nothing is ever left half-written or replaced that
/// was not a file:
///
/// - a **regular file** (or a new one) is written whole into a temporary file in the same folder,
///   flushed to disk, then renamed over the target: readers see the old content or the new, never
///   a part; a failure removes the temporary file and leaves the target as it was;
/// - a **symbolic link** is followed: its target is written by these rules, and the link stays;
/// - a **character device or FIFO** (`/dev/stdout`, `/dev/full`, a named pipe) is written in
///   place, never replaced by a plain file (as root, renaming over `/dev/full` replaced the
///   device node); a **block device, socket or folder** is refused.
///
/// Errors: a path that cannot be used (a folder, a missing folder, no permission, a block device)
/// is a usage error (exit 64); a write that fails (a full disk, an I/O error) exits 74.
enum OutputFile {
    /// Why an output could not be written, with the exit status it gives.
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        /// 64 for a path that cannot be used, 74 for a write that failed.
        let exitStatus: Int32

        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` as the whole content of `path`.
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` as the whole content of `path`.
    static func write(_ data: Data, to path: String) throws {
        var info = stat()
        var target = path
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw Failure(path: path, reason: "a symbolic link to nothing (\(errorText(errno)))", exitStatus: 64)
            }
            target = String(cString: resolved)
            free(resolved)
        }
        guard stat(target, &info) == 0 else {
            guard errno == ENOENT else { throw Failure(path: path, reason: errorText(errno), exitStatus: 64) }
            return try replace(target, with: data, mode: nil, shownAs: path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: try replace(target, with: data, mode: info.st_mode & 0o7777, shownAs: path)
        case S_IFCHR, S_IFIFO: try writeInPlace(data, to: target, shownAs: path)
        case S_IFDIR: throw Failure(path: path, reason: "a folder; give a file name", exitStatus: 64)
        default: throw Failure(path: path, reason: "not a file, a character device or a FIFO; refused", exitStatus: 64)
        }
    }

    /// Writes `path` through `body`, which writes a whole file at the URL it is given (a
    /// temporary file in the same folder): then, as ``write(_:to:)-(Data,String)`` would, the
    /// temporary file is renamed over a regular file (or a new one), or copied into a device or
    /// FIFO. For writers that stream a file too large to hold (`export`'s CSV). If `body` throws,
    /// the temporary file is removed and `path` is as it was.
    static func write(to path: String, _ body: (URL) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).hemicycle-\(UUID().uuidString)")
        defer { unlink(temporary.path) }
        try body(temporary)
        var info = stat()
        let isRegularOrNew = lstat(path, &info) != 0 ? errno == ENOENT : (info.st_mode & S_IFMT) == S_IFREG
        if isRegularOrNew {
            guard rename(temporary.path, path) == 0 else { throw Failure(path: path, reason: errorText(errno), exitStatus: 74) }
        } else {
            let data: Data
            do { data = try Data(contentsOf: temporary) } catch { throw Failure(path: path, reason: "\(error)", exitStatus: 74) }
            try write(data, to: path)
        }
    }

    /// A temporary file beside `path`, written, flushed and renamed over it.
    private static func replace(_ path: String, with data: Data, mode: mode_t?, shownAs shown: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).hemicycle-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw Failure(path: shown, reason: errorText(errno), exitStatus: 64) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            // mkstemp creates the file 0600; give it the target's mode, or the usual one.
            let umaskValue = umask(0)
            umask(umaskValue)
            fchmod(descriptor, mode ?? (0o666 & ~umaskValue))
            if let code = data.withUnsafeBytes({ writeAll($0, to: descriptor) }) {
                throw Failure(path: shown, reason: errorText(code), exitStatus: 74)
            }
            guard fsync(descriptor) == 0 else { throw Failure(path: shown, reason: errorText(errno), exitStatus: 74) }
            closed = true
            guard close(descriptor) == 0 else { throw Failure(path: shown, reason: errorText(errno), exitStatus: 74) }
            guard rename(temporary, path) == 0 else { throw Failure(path: shown, reason: errorText(errno), exitStatus: 74) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes into a character device or a FIFO as it is.
    private static func writeInPlace(_ data: Data, to path: String, shownAs shown: String) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw Failure(path: shown, reason: errorText(errno), exitStatus: 64) }
        defer { close(descriptor) }
        if let code = data.withUnsafeBytes({ writeAll($0, to: descriptor) }) {
            throw Failure(path: shown, reason: errorText(code), exitStatus: 74)
        }
    }

    private static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }
}
