import HemicycleModel
import HemicycleImport
import HemicycleStore

/// Sees each record of the Assemblée's dumps that ``ImportPipeline`` writes, around the write:
/// how `update` notes what changed (the copy a republished ballot replaces is read just before
/// the write, what the write did just after), without a second path that writes records.
public protocol ImportObserver: AnyObject {
    /// Called inside the import's transaction just before `record` is written.
    func willWrite(_ record: ANRecord, in transaction: ImportTransaction) throws
    /// Called just after, with what the write did to the store.
    func didWrite(_ record: ANRecord, change: RecordChange)
}
