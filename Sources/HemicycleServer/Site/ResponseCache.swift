import CompressNIO
import NIOCore
import Synchronization

/// Rendered documents by ETag, with their gzip form made once.
///
/// The store changes only through an import, which changes every ETag (their first part is the
/// import state), so an entry never goes stale: it is dropped with the rest when the cache is full
/// or the import state changes.
final class ResponseCache: Sendable {
    /// Entries kept before the cache starts again from empty (about 100 kB each at most for a
    /// ballot page: a few hundred MB in the worst case).
    static let capacity = 2_000

    private struct Entry {
        var representation: Representation
        var gzip: ByteBuffer?
    }

    private struct Storage {
        var generation = ""
        var entries: [String: Entry] = [:]
    }

    private let storage = Mutex(Storage())

    /// The representation cached under `etag` in the import state `generation`, if any.
    func representation(etag: String, generation: String) -> Representation? {
        storage.withLock { $0.generation == generation ? $0.entries[etag]?.representation : nil }
    }

    /// Keeps `representation` under `etag`.
    func store(_ representation: Representation, etag: String, generation: String) {
        storage.withLock { storage in
            if storage.generation != generation || storage.entries.count >= Self.capacity {
                storage = Storage(generation: generation)
            }
            storage.entries[etag] = Entry(representation: representation)
        }
    }

    /// The gzip form of the representation under `etag`, compressed on first use.
    func gzip(_ representation: Representation, etag: String, generation: String) throws -> ByteBuffer {
        if let known = storage.withLock({ $0.generation == generation ? $0.entries[etag]?.gzip : nil }) { return known }
        let compressed = try Self.gzip(representation.body)
        storage.withLock { storage in
            if storage.generation == generation, storage.entries[etag] != nil { storage.entries[etag]?.gzip = compressed }
        }
        return compressed
    }

    /// `body` compressed as gzip (RFC 1952).
    static func gzip(_ body: ByteBuffer) throws -> ByteBuffer {
        var input = body
        let compressor = CompressionAlgorithm.gzip().compressor
        try compressor.startStream()
        defer { try? compressor.finishStream() }
        var output = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: input))
        try compressor.streamDeflate(from: &input, to: &output, flush: .finish)
        return output
    }
}
