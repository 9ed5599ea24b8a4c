import HemicycleModel
import Foundation
import HemicycleCSV
import HemicycleImport
import HemicycleStore

/// A register file that is not one of the known registers, or cannot be used.
public struct RegisterFileError: Error, CustomStringConvertible {
    /// What is wrong, naming the file (and line).
    public let description: String
    /// The exit status: 64 for a usage error (the default), 65 for a file that is not a usable register.
    public var exitStatus: Int32 = 64

    /// An error saying `description`, with exit status 64 (usage) unless told otherwise.
    public init(description: String, exitStatus: Int32 = 64) {
        self.description = description
        self.exitStatus = exitStatus
    }
}

/// Reads the register CSV files (the RNE register of deputies, La Poste's postcodes, INSEE's
/// commune → constituency table) with the readers of `HemicycleImport`, into the store's rows.
///
/// Which register a file holds is told by its header: the known register whose columns it shares
/// most. The register's own reader then checks the full column set, the encoding and every row,
/// and its errors name the file, line and column.
public enum RegisterFiles {
    /// The columns that identify each register.
    static let signatures: [(RegisterBatch.Kind, [String])] = [
        (.constituencies, [ConstituencyTable.INSEEColumn.department, ConstituencyTable.INSEEColumn.commune,
                           ConstituencyTable.INSEEColumn.communeName, ConstituencyTable.INSEEColumn.constituency,
                           ConstituencyTable.INSEEColumn.coverage]),
        (.postcodes, [PostcodeTable.Column.inseeCode, PostcodeTable.Column.communeName, PostcodeTable.Column.postcode,
                      PostcodeTable.Column.deliveryLabel, PostcodeTable.Column.locality]),
        (.rneDeputies, [RNEDeputyRegister.Column.departmentCode, RNEDeputyRegister.Column.collectivityCode,
                        RNEDeputyRegister.Column.constituencyCode, RNEDeputyRegister.Column.lastName,
                        RNEDeputyRegister.Column.firstName, RNEDeputyRegister.Column.birthDate,
                        RNEDeputyRegister.Column.mandateStart]),
    ]

    /// Which register a file holds, from its header.
    public static func kind(of url: URL) throws -> RegisterBatch.Kind {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CSVError(.fileNotFound, source: url.lastPathComponent)
        }
        let header = try CSVReader(url: url, options: .init(headerPrefix: "#", raggedRows: .allow)).readHeader()
        let names = Set(header?.names ?? [])
        let scored = signatures.map { kind, columns in (kind, columns.filter(names.contains).count) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else {
            let expected = signatures.map { "\($0.0.rawValue) (\($0.1.prefix(3).joined(separator: ", "))…)" }.joined(separator: "; ")
            throw RegisterFileError(description: "\(url.lastPathComponent), line 1: the columns (\((header?.names ?? []).joined(separator: ", "))) are those of no known register; expected one of: \(expected)", exitStatus: 65)
        }
        return best.0
    }

    /// Reads one register file completely (nothing is written).
    public static func read(_ url: URL) throws -> RegisterBatch {
        let kind = try kind(of: url)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CSVError(.unreadable(error.localizedDescription), source: url.lastPathComponent)
        }
        let rows: RegisterBatch.Rows
        switch kind {
        case .constituencies:
            let table = try ConstituencyTable.readINSEEComposition(from: url)
            var links: [CommuneConstituencyRow] = []
            for code in table.constituenciesByCommune.keys.sorted() {
                let name = table.communeNames[code] ?? code
                let key = PlaceNameMatching.normalized(name)
                for link in table.constituencies(ofCommune: code) {
                    links.append(CommuneConstituencyRow(
                        inseeCode: code, communeName: name, nameKey: key,
                        departmentCode: DepartmentCode.normalized(link.constituency.departmentCode),
                        constituency: link.constituency.number, isPartial: link.coverage == .partial))
                }
            }
            rows = .constituencies(links)
        case .postcodes:
            let table = try PostcodeTable.read(from: url)
            rows = .postcodes(table.entries.map { e in
                PostcodeRow(inseeCode: e.inseeCode, communeName: e.communeName, postcode: e.postcode, deliveryLabel: e.deliveryLabel,
                            locality: e.locality, communeKey: PlaceNameMatching.normalized(e.communeName),
                            labelKey: PlaceNameMatching.normalized(e.deliveryLabel), localityKey: e.locality.map(PlaceNameMatching.normalized))
            })
        case .rneDeputies:
            rows = .rneDeputies(try RNEDeputyRegister.read(from: url).map { d in
                RNEDeputyRow(line: d.line, departmentCode: DepartmentCode.normalized(d.constituency.departmentCode),
                             departmentName: d.departmentName, constituency: d.constituency.number, lastName: d.lastName,
                             firstName: d.firstName, sex: d.sex.rawValue, birthDate: d.birthDate.description,
                             mandateStart: d.mandateStartDate.description, profession: d.profession)
            })
        }
        // A register replaces the stored one whole: a file with no data row (a header alone, a
        // truncated download) would empty it.
        guard rows.count > 0 else {
            throw RegisterFileError(description: "\(url.lastPathComponent): no data row under the header; a register without rows would replace the stored one, so it is refused", exitStatus: 65)
        }
        return RegisterBatch(fileName: url.lastPathComponent, sha256: sha256Hex(data), rows: rows)
    }

    /// Reads every file, then writes them all in one transaction: a bad file leaves the database
    /// untouched. Two files of the same kind are refused (which one would win is not obvious).
    public static func importFiles(_ urls: [URL], into database: HemicycleDatabase) throws -> [RegisterImportResult] {
        var batches: [RegisterBatch] = []
        for url in urls {
            let batch = try read(url)
            if let other = batches.first(where: { $0.rows.kind == batch.rows.kind }) {
                throw RegisterFileError(description: "\(batch.fileName) and \(other.fileName) are both \(batch.rows.kind.rawValue) registers; give one of them")
            }
            batches.append(batch)
        }
        return try database.importRegisters(batches)
    }
}
