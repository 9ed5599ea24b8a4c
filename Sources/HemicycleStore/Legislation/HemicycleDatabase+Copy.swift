import GRDB

extension HemicycleDatabase {
    /// Copies the whole database into a new file at `path` (SQLite's online backup: consistent
    /// even while others read), e.g. to import legislation into a copy for tests.
    public func copy(to path: String) throws {
        do {
            let destination = try DatabaseQueue(path: path)
            try queue.backup(to: destination)
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }
}
