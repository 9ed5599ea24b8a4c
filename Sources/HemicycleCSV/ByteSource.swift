import Foundation

/// Hands out the bytes of a file or of in-memory data, one chunk at a time.
final class ByteSource {
    private enum Storage {
        case file(FileHandle)
        case memory(Data, offset: Int)
    }

    private var storage: Storage
    private let name: String

    /// Opens the input; a missing or unreadable file is a ``CSVError``.
    init(_ input: CSVReader.Input, name: String) throws {
        self.name = name
        switch input {
        case .file(let url):
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw CSVError(.fileNotFound, source: name)
            }
            do {
                storage = .file(try FileHandle(forReadingFrom: url))
            } catch {
                throw CSVError(.unreadable(error.localizedDescription), source: name)
            }
        case .memory(let data):
            storage = .memory(data, offset: 0)
        }
    }

    deinit {
        if case .file(let handle) = storage { try? handle.close() }
    }

    /// The next chunk of at most `count` bytes, or nil at the end of the input.
    func read(upTo count: Int) throws -> [UInt8]? {
        switch storage {
        case .file(let handle):
            do {
                guard let chunk = try handle.read(upToCount: count), !chunk.isEmpty else { return nil }
                return [UInt8](chunk)
            } catch {
                throw CSVError(.unreadable(error.localizedDescription), source: name)
            }
        case .memory(let data, let offset):
            guard offset < data.count else { return nil }
            let start = data.startIndex + offset
            let end = data.index(start, offsetBy: min(count, data.count - offset))
            storage = .memory(data, offset: offset + (end - start))
            return [UInt8](data[start..<end])
        }
    }
}
