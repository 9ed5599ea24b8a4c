import Foundation
import ArgumentParser
import HemicycleImport
import HemicycleModel
import HemicycleStore

/// Where the user lives: `--town`, `--insee`, `--postcode` or `--department` (with an optional
/// `--constituency`), resolved to constituencies through the registers.
struct PlaceOptions: ParsableArguments {
    @Option(help: "A commune name, however written (Lille, saint-etienne, ST ETIENNE).")
    var town: String?

    @Option(help: "A commune's INSEE code (59350).")
    var insee: String?

    @Option(help: "A postcode (59000).")
    var postcode: String?

    @Option(help: "A department code (59, 2A, 971, 099 or ZZ for French people abroad).")
    var department: String?

    @Option(help: "A constituency number (with --department, or to keep one constituency of a town).")
    var constituency: Int?

    /// Whether no place was given.
    var isEmpty: Bool { town == nil && insee == nil && postcode == nil && department == nil }

    func validate() throws {
        let given = [town, insee, postcode, department].compactMap { $0 }.count
        if given > 1 { throw ValidationError("give one of --town, --insee, --postcode, --department") }
        if constituency != nil && given == 0 { throw ValidationError("--constituency needs --department (or a town)") }
    }

    /// The place asked for, as the store resolves it.
    var query: PlaceQuery {
        let kind: PlaceQuery.Kind? = town.map { .town($0) } ?? insee.map { .insee($0) } ?? postcode.map { .postcode($0) }
            ?? department.map { .department($0) }
        return PlaceQuery(kind, constituency: constituency)
    }

    /// What the user asked for, in words.
    var description: String { query.description }
}
