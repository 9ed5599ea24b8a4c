import HemicycleImport

/// Checks a downloaded dump before anything of it is imported: its zip directory is read, and
/// every entry inflated to exactly its declared size with the declared CRC-32 (the checks of
/// the importer's own zip reader). A truncated or corrupt download fails here, with the store
/// untouched.
enum DumpCheck {
    /// Throws ``UpdateError/corruptDump(location:reason:)`` naming what is wrong.
    static func verify(path: String, location: String) throws {
        do {
            let reader = try DumpReader(path: path)
            guard reader.layout == .zip else { throw UpdateError.corruptDump(location: location, reason: "not a zip archive") }
            var entries = 0
            try reader.forEachEntry { _ in entries += 1 }
            guard entries > 0 else { throw UpdateError.corruptDump(location: location, reason: "the archive holds no JSON entry") }
        } catch let error as ImportError {
            throw UpdateError.corruptDump(location: location, reason: "\(error)")
        }
    }
}
