import HemicycleStore
import Synchronization

/// A value read from the store once per import state: the seat occupancy (every "my town"
/// request needs it, and reading it scans every vote), the store's freshness (every page and
/// response says "data as of"). Re-read when an import changes the store.
final class ImportStateCache<Value: Sendable>: Sendable {
    private let store: StoreConnections
    private let monitor: ImportStateMonitor
    private let load: @Sendable (HemicycleDatabase) throws -> Value
    private let cached = Mutex<(tag: String, value: Value)?>(nil)

    /// A cache of what `load` reads from `store`, kept while `monitor`'s tag stays the same.
    init(store: StoreConnections, monitor: ImportStateMonitor, load: @escaping @Sendable (HemicycleDatabase) throws -> Value) {
        self.store = store
        self.monitor = monitor
        self.load = load
    }

    /// The value for the current import state.
    func value() async throws -> Value {
        let tag = try await monitor.tag()
        if let known = cached.withLock({ $0 }), known.tag == tag { return known.value }
        let load = self.load
        let value = try await store.read { try load($0) }
        cached.withLock { $0 = (tag, value) }
        return value
    }
}
