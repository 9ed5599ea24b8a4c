/// What `update` is doing, for a progress display.
public enum UpdateProgress: Sendable {
    /// Bytes of a dump received so far, and the total the server announced (nil when unknown).
    case downloading(location: String, bytes: Int64, total: Int64?)
    /// A download failed and is tried again, after a pause (seconds).
    case retrying(location: String, attempt: Int, reason: String, delay: Double)
    /// A downloaded dump's zip directory, sizes and CRCs are being checked.
    case checking(location: String)
    /// Entries of a dump imported so far, of the total.
    case importing(location: String, entries: Int, total: Int?)
}
