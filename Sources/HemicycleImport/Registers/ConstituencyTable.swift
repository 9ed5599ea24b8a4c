import Foundation
import HemicycleCSV

/// Which constituencies (circonscriptions législatives) each commune lies in, keyed by the
/// commune's INSEE code.
///
/// Two sources are read (see `geo/README.md` of the shared data):
/// - INSEE's `circo_composition.csv`, which says whether each commune is whole or split;
/// - the Interior ministry's 2017 correspondence table, in the election coding
///   (``read2017Correspondence(from:)``), which also covers the overseas collectivities.
///
/// Neither says which part of a split commune goes where (Paris, Marseille and Lyon are single
/// communes with 18, 7 and 4 partial rows).
public struct ConstituencyTable: Sendable {
    /// The constituencies of each commune, by INSEE code, sorted.
    public private(set) var constituenciesByCommune: [String: [CommuneConstituency]] = [:]
    /// The commune names, by INSEE code (as the source spells them, with accents).
    public private(set) var communeNames: [String: String] = [:]
    /// The count of data rows read, skipped ones included.
    public private(set) var rowCount = 0
    /// The count of rows without a usable constituency: in the INSEE table, the 6 uninhabited
    /// Meuse communes with an empty `circo`; in the 2017 table, French people abroad (`ZZ`,
    /// cities, not communes) and Wallis-and-Futuna's single pseudo-commune (no INSEE code).
    public private(set) var skippedRowCount = 0

    /// An empty table.
    public init() {}

    /// The constituencies a commune lies in (empty for an unknown code), sorted.
    public func constituencies(ofCommune inseeCode: String) -> [CommuneConstituency] {
        constituenciesByCommune[inseeCode] ?? []
    }

    /// The INSEE codes of the communes lying (wholly or partly) in a constituency, sorted.
    public func communes(in constituency: ConstituencyID) -> [String] {
        constituenciesByCommune.compactMap { code, links in
            links.contains { $0.constituency == constituency } ? code : nil
        }.sorted()
    }

    private mutating func add(commune inseeCode: String, name: String, _ link: CommuneConstituency) {
        communeNames[inseeCode] = name
        var links = constituenciesByCommune[inseeCode] ?? []
        guard !links.contains(where: { $0.constituency == link.constituency }) else { return }
        links.append(link)
        links.sort { $0.constituency < $1.constituency }
        constituenciesByCommune[inseeCode] = links
    }

    // MARK: - INSEE composition

    /// The columns of INSEE's `circo_composition.csv`.
    public enum INSEEColumn {
        /// The column `DEP`.
        public static let department = "DEP"
        /// The column `COMMUNE_RESID`.
        public static let commune = "COMMUNE_RESID"
        /// The column `LIBcom`.
        public static let communeName = "LIBcom"
        /// The column `circo`.
        public static let constituency = "circo"
        /// The column `type_com`.
        public static let coverage = "type_com"
    }

    /// Reads INSEE's `circo_composition.csv` (UTF-8 with byte order mark, `;`).
    ///
    /// `circo` is the department code followed by a two-digit number (`59001`, `2A001`,
    /// `97402`); it is split using the length of `DEP`. Its department can differ from `DEP`
    /// for communes that straddle a department border (4 rows).
    ///
    /// - Throws: ``CSVError`` for a malformed file, missing columns, or a `circo` or
    ///   `type_com` value that does not parse (with line and column).
    public static func readINSEEComposition(from url: URL) throws -> ConstituencyTable {
        try readINSEEComposition(CSVReader(url: url, dialect: CSVDialect(separator: .semicolon), encoding: .utf8))
    }

    /// Reads the INSEE composition from any CSV reader.
    public static func readINSEEComposition(_ reader: CSVReader) throws -> ConstituencyTable {
        let source = reader.sourceName
        var table = ConstituencyTable()
        let columns = [INSEEColumn.department, INSEEColumn.commune, INSEEColumn.communeName, INSEEColumn.constituency, INSEEColumn.coverage]
        try reader.forEachRecord(requiringColumns: columns) { record in
            table.rowCount += 1
            let department = record.text(INSEEColumn.department)
            let circo = record.text(INSEEColumn.constituency)
            if circo.isEmpty {
                table.skippedRowCount += 1
                return
            }
            // The constituency's department is usually the commune's, but 4 communes formed by
            // merging across a department border (e.g. 44180 Vallons-de-l'Erdre) have a part in
            // the neighbouring department's constituency (`49007`): take the department from
            // `circo` itself, with the length of `DEP`.
            let circoDepartment = String(circo.prefix(department.count))
            guard !department.isEmpty, circo.count > department.count,
                  let number = Int(circo.dropFirst(department.count)), number > 0 else {
                throw record.invalid(INSEEColumn.constituency, source: source, "\"\(circo)\" is not a department code of \(department.count) characters followed by a constituency number")
            }
            let coverage: CommuneConstituency.Coverage
            switch record.text(INSEEColumn.coverage) {
            case "entière": coverage = .whole
            case "partiel": coverage = .partial
            case let other:
                throw record.invalid(INSEEColumn.coverage, source: source, "\"\(other)\" is neither \"entière\" nor \"partiel\"")
            }
            table.add(
                commune: record.text(INSEEColumn.commune), name: record.text(INSEEColumn.communeName),
                CommuneConstituency(constituency: ConstituencyID(departmentCode: circoDepartment, number: number), coverage: coverage))
        }
        return table
    }

    // MARK: - 2017 correspondence table (election coding)

    /// The columns of the ministry's 2017 correspondence table.
    public enum ElectionColumn {
        /// The column `CODE DPT`.
        public static let department = "CODE DPT"
        /// The column `CODE COMMUNE`.
        public static let commune = "CODE COMMUNE"
        /// The column `NOM COMMUNE`.
        public static let communeName = "NOM COMMUNE"
        /// The column `CODE CIRC LEGISLATIVE`.
        public static let constituency = "CODE CIRC LEGISLATIVE"
    }

    /// The INSEE department codes of the election coding's letter codes. `ZX` (Saint-Martin and
    /// Saint-Barthélemy, one constituency) and `ZZ` (French people abroad) are handled apart.
    static let overseasDepartments: [String: String] = [
        "ZA": "971", "ZB": "972", "ZC": "973", "ZD": "974", "ZM": "976",
        "ZS": "975", "ZN": "988", "ZP": "987", "ZW": "986",
    ]

    /// Reads the 2017 correspondence table (UTF-8, `;`), converting its election coding to
    /// INSEE codes:
    /// - metropolitan departments lose their leading zero (`1`): the INSEE code is the
    ///   department padded to 2 characters + the commune padded to 3 digits (`1`,`2` → `01002`);
    /// - overseas letter codes map to INSEE departments (ZA → 971, ZD → 974, ZM → 976, ZN → 988,
    ///   ZP → 987, ZS → 975), and the commune is the department + the last 2 digits of its
    ///   code (`ZA`,`101` → `97101`; `ZM`,`501` → `97601`; `ZP`,`11` → `98711`);
    /// - `ZX` `701` is Saint-Barthélemy (97701) and `801` Saint-Martin (97801), both in
    ///   constituency 977-1;
    /// - `ZZ` (abroad) and `ZW` (Wallis-and-Futuna, one pseudo-commune) are skipped and counted.
    ///
    /// The table has one row per commune, canton and constituency; a commune found in several
    /// constituencies is ``CommuneConstituency/Coverage/partial`` in each, otherwise
    /// ``CommuneConstituency/Coverage/whole``.
    public static func read2017Correspondence(from url: URL) throws -> ConstituencyTable {
        try read2017Correspondence(CSVReader(url: url, dialect: CSVDialect(separator: .semicolon), encoding: .utf8))
    }

    /// Reads the 2017 correspondence table from any CSV reader.
    public static func read2017Correspondence(_ reader: CSVReader) throws -> ConstituencyTable {
        let source = reader.sourceName
        var table = ConstituencyTable()
        let columns = [ElectionColumn.department, ElectionColumn.commune, ElectionColumn.communeName, ElectionColumn.constituency]
        try reader.forEachRecord(requiringColumns: columns) { record in
            table.rowCount += 1
            let electionDepartment = record.text(ElectionColumn.department)
            if electionDepartment == "ZZ" || electionDepartment == "ZW" {
                table.skippedRowCount += 1
                return
            }
            let communeCode = record.text(ElectionColumn.commune)
            guard let commune = Int(communeCode), (0...999).contains(commune) else {
                throw record.invalid(ElectionColumn.commune, source: source, "\"\(communeCode)\" is not a commune number")
            }
            let circoText = record.text(ElectionColumn.constituency)
            guard let number = Int(circoText), number > 0 else {
                throw record.invalid(ElectionColumn.constituency, source: source, "\"\(circoText)\" is not a constituency number")
            }
            let constituencyDepartment: String, inseeCode: String
            if electionDepartment == "ZX" {
                constituencyDepartment = "977"
                inseeCode = "97" + padded(commune, to: 3)
            } else if let overseas = overseasDepartments[electionDepartment] {
                constituencyDepartment = overseas
                inseeCode = overseas + padded(commune % 100, to: 2)
            } else if electionDepartment == "2A" || electionDepartment == "2B" || (Int(electionDepartment).map { (1...95).contains($0) } ?? false) {
                constituencyDepartment = electionDepartment.count == 1 ? "0" + electionDepartment : electionDepartment
                inseeCode = constituencyDepartment + padded(commune, to: 3)
            } else {
                throw record.invalid(ElectionColumn.department, source: source, "\"\(electionDepartment)\" is not a department of the election coding")
            }
            table.add(
                commune: inseeCode, name: record.text(ElectionColumn.communeName),
                CommuneConstituency(constituency: ConstituencyID(departmentCode: constituencyDepartment, number: number), coverage: .whole))
        }
        // Coverage is only known once all rows of a commune are in.
        for (code, links) in table.constituenciesByCommune where links.count > 1 {
            table.constituenciesByCommune[code] = links.map { CommuneConstituency(constituency: $0.constituency, coverage: .partial) }
        }
        return table
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
