import Foundation
import Synchronization

/// The store's import state as a short tag (``HemicycleStore/HemicycleDatabase/importState()``,
/// hashed), re-read at most once per ``refreshInterval``: the part of every ETag that changes when
/// an import changes the data, and the generation of the response cache.
public final class ImportStateMonitor: Sendable {
    /// How long a tag is trusted before the store is asked again, in seconds.
    public static let refreshInterval: TimeInterval = 1

    private struct State {
        var tag: String
        var checked: Date
    }

    private let store: StoreConnections
    private let state: Mutex<State?> = Mutex(nil)

    /// A monitor of `store`.
    public init(store: StoreConnections) { self.store = store }

    /// The current tag (16 hexadecimal digits).
    public func tag() async throws -> String {
        let now = Date()
        if let known = state.withLock({ $0 }), now.timeIntervalSince(known.checked) < Self.refreshInterval { return known.tag }
        let text = try await store.read { try $0.importState() }
        let tag = ETag.digest(text)
        state.withLock { $0 = State(tag: tag, checked: now) }
        return tag
    }
}
