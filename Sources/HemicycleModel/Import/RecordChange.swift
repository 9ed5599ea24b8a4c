/// What writing one record did to the store.
public enum RecordChange: Sendable, Hashable {
    /// The record was new.
    case added
    /// The record existed with different content and was replaced.
    case updated
    /// The record existed with the same content; nothing was written.
    case unchanged
}
