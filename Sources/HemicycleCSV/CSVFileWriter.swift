import Foundation

/// Writes CSV to a file record by record, buffering about 64 KiB, so that large tables are
/// never held whole in memory. Formatting is ``CSVWriter``'s.
///
/// ```swift
/// let output = try CSVFileWriter(url: file, dialect: .excelFrench, header: ["group", "for"])
/// try output.write(["RN", "88"])
/// try output.finish()
/// ```
public final class CSVFileWriter {
    /// The formatter.
    public let writer: CSVWriter
    private let handle: FileHandle
    private let name: String
    private var buffer: [UInt8] = []
    private let bufferLimit = 64 << 10
    private var isFinished = false

    /// Creates (or truncates) the file and writes the byte order mark (if the dialect has one)
    /// and the header (if given).
    public init(url: URL, dialect: CSVDialect = .rfc4180, header: [String]? = nil) throws {
        name = url.lastPathComponent
        writer = CSVWriter(dialect: dialect)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CSVError(.unwritable("cannot create \(url.path)"), source: url.lastPathComponent)
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw CSVError(.unwritable(error.localizedDescription), source: url.lastPathComponent)
        }
        if dialect.writesByteOrderMark { buffer.append(contentsOf: TextEncoding.utf8ByteOrderMark) }
        if let header { writer.appendLine(for: header, to: &buffer) }
    }

    deinit {
        try? handle.close()
    }

    /// Writes one record.
    public func write(_ fields: [String]) throws {
        precondition(!isFinished, "CSVFileWriter used after finish()")
        writer.appendLine(for: fields, to: &buffer)
        if buffer.count >= bufferLimit { try flush() }
    }

    /// Writes what is buffered and closes the file. Call it once, at the end.
    public func finish() throws {
        guard !isFinished else { return }
        try flush()
        isFinished = true
        do { try handle.close() } catch { throw CSVError(.unwritable(error.localizedDescription), source: name) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw CSVError(.unwritable(error.localizedDescription), source: name)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
