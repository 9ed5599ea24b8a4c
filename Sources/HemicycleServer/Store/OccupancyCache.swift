import HemicycleModel
import Synchronization

/// The seat occupancy (``HemicycleModel/SeatOccupancy``) of the store, read once per import
/// state: every "my town" request needs it, and reading it scans every vote.
final class OccupancyCache: Sendable {
    private let store: StoreConnections
    private let monitor: ImportStateMonitor
    private let cached = Mutex<(tag: String, occupancy: SeatOccupancy)?>(nil)

    init(store: StoreConnections, monitor: ImportStateMonitor) {
        self.store = store
        self.monitor = monitor
    }

    /// The occupancy for the current import state.
    func occupancy() async throws -> SeatOccupancy {
        let tag = try await monitor.tag()
        if let known = cached.withLock({ $0 }), known.tag == tag { return known.occupancy }
        let occupancy = try await store.read { try $0.seatOccupancy() }
        cached.withLock { $0 = (tag, occupancy) }
        return occupancy
    }
}
