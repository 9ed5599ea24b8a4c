import Foundation
import HemicycleFuzzSupport
import HemicycleImport

/// libFuzzer target: one zip archive through ``DumpReader`` (listing, then inflating every entry,
/// entries capped at 1 MiB). It must be read, or be refused with an ``ImportError`` naming the file.
@main
struct FuzzZip {
    static func main() {
        let file = FuzzDriver.scratchFile(named: "dump.json.zip")
        FuzzDriver.run { data in
            do {
                try data.write(to: file)
                var reader = try DumpReader(path: file.path)
                reader.maximumEntrySize = 1 << 20
                _ = try reader.entryCount()
                try reader.forEachEntry { entry in _ = entry.data.count }
            } catch let error as ImportError {
                guard error.description.hasPrefix(file.path) else { fatalError("an ImportError that does not name the file: \(error)") }
            } catch {
                fatalError("not an ImportError: \(error)")
            }
        }
    }
}
