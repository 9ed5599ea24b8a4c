import Dispatch
import HemicycleStore
import Synchronization

/// The server's read-only connections to the store, used in turn.
///
/// A ``HemicycleStore/HemicycleDatabase`` holds one SQLite connection and serialises what runs on it;
/// a few of them let requests read in parallel (SQLite's WAL mode lets readers run while an import
/// writes from another process). Every connection is opened read-only: the server never writes.
/// Queries block their thread, so they run on Dispatch's pool, never on the server's event loops.
public final class StoreConnections: Sendable {
    /// The database file.
    public let path: String
    private let connections: [HemicycleDatabase]
    private let next = Atomic<Int>(0)

    /// Opens `count` read-only connections to the database at `path`, which must exist and be
    /// up to date (the `serve` command first builds it when it is empty).
    public init(path: String, count: Int = 4) throws {
        self.path = path
        connections = try (0..<max(1, count)).map { _ in try HemicycleDatabase(path: path, readOnly: true) }
    }

    /// Runs `body` with one of the connections, off the event loops.
    public func read<T: Sendable>(_ body: @escaping @Sendable (HemicycleDatabase) throws -> T) async throws -> T {
        let index = next.add(1, ordering: .relaxed).oldValue % connections.count
        let database = connections[index]
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body(database) })
            }
        }
    }
}
