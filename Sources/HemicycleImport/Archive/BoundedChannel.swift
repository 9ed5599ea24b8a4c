import Foundation

/// A first-in first-out hand-off between one producing thread and one consuming thread, holding
/// at most `capacity` items, so that a fast producer cannot fill memory ahead of the consumer.
///
/// `put` blocks while the channel is full; `take` blocks while it is empty and not closed. The
/// consumer can `cancel`, which wakes and stops the producer (its `put` returns false).
final class BoundedChannel<Item: Sendable>: @unchecked Sendable {
    // All state is guarded by `condition`'s lock; @unchecked because NSCondition is the guard.
    private let condition = NSCondition()
    private var items: [Item] = []
    private var closed = false
    private var cancelled = false
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds an item, waiting for room. Returns false (and drops the item) once cancelled.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Takes the oldest item, waiting for one; nil once the channel is closed and drained.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed && !cancelled { condition.wait() }
        guard !items.isEmpty, !cancelled else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// No more items will be put.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops: pending and future items are dropped.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
