import Foundation
import HemicycleFuzzSupport
import HemicycleImport

/// libFuzzer target: one Assemblée nationale JSON file (scrutin, acteur, organe, mandat) through
/// the importer's decoder. It must decode, or be refused with an ``ImportError`` naming the file.
@main
struct FuzzANJSON {
    static func main() {
        let file = FuzzDriver.scratchFile(named: "entry.json")
        FuzzDriver.run { data in
            do {
                try data.write(to: file)
                try ANDumpReader(path: file.path).read { _ in }
            } catch let error as ImportError {
                guard error.description.hasPrefix(file.path) else { fatalError("an ImportError that does not name the file: \(error)") }
            } catch {
                fatalError("not an ImportError: \(error)")
            }
        }
    }
}
