import Foundation
import HemicycleCSV
import HemicycleModel

/// La Poste's postcode base (`019HexaSmal.csv`: ISO-8859-1, `;`, a header line starting with
/// `#`), indexed by postcode, INSEE code and normalized commune name.
///
/// A commune can have several postcodes, and a postcode several communes: every lookup
/// returns a list, in file order.
public struct PostcodeTable: Sendable {
    /// The column names, without the `#` that starts the header line.
    public enum Column {
        /// The column `Code_commune_INSEE`.
        public static let inseeCode = "Code_commune_INSEE"
        /// The column `Nom_de_la_commune`.
        public static let communeName = "Nom_de_la_commune"
        /// The column `Code_postal`.
        public static let postcode = "Code_postal"
        /// The column `Libellé_d_acheminement`.
        public static let deliveryLabel = "Libellé_d_acheminement"
        /// The column `Ligne_5`.
        public static let locality = "Ligne_5"
    }

    /// Every entry, in file order.
    public let entries: [PostcodeEntry]
    private let byPostcode: [String: [Int]]
    private let byINSEECode: [String: [Int]]
    private let byName: [String: [Int]]  // normalized commune name, delivery label and locality

    /// Indexes entries.
    public init(entries: [PostcodeEntry]) {
        self.entries = entries
        var byPostcode: [String: [Int]] = [:], byINSEECode: [String: [Int]] = [:], byName: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            byPostcode[entry.postcode, default: []].append(index)
            byINSEECode[entry.inseeCode, default: []].append(index)
            var names: Set<String> = [PlaceNameMatching.normalized(entry.communeName), PlaceNameMatching.normalized(entry.deliveryLabel)]
            if let locality = entry.locality { names.insert(PlaceNameMatching.normalized(locality)) }
            for name in names { byName[name, default: []].append(index) }
        }
        self.byPostcode = byPostcode
        self.byINSEECode = byINSEECode
        self.byName = byName
    }

    /// Reads La Poste's file. The encoding is ISO-8859-1 as published.
    ///
    /// - Throws: ``CSVError`` for a malformed file or missing columns.
    public static func read(from url: URL) throws -> PostcodeTable {
        try read(CSVReader(url: url, dialect: CSVDialect(separator: .semicolon), encoding: .isoLatin1, options: .init(headerPrefix: "#")))
    }

    /// Reads the table from any CSV reader (give it `headerPrefix: "#"` for La Poste's header).
    public static func read(_ reader: CSVReader) throws -> PostcodeTable {
        var entries: [PostcodeEntry] = []
        try reader.forEachRecord(requiringColumns: [Column.inseeCode, Column.communeName, Column.postcode, Column.deliveryLabel]) { record in
            let locality = record.text(Column.locality)
            entries.append(PostcodeEntry(
                inseeCode: record.text(Column.inseeCode),
                communeName: record.text(Column.communeName),
                postcode: record.text(Column.postcode),
                deliveryLabel: record.text(Column.deliveryLabel),
                locality: locality.isEmpty ? nil : locality))
        }
        return PostcodeTable(entries: entries)
    }

    /// The entries with this postcode (`59000` → Lille).
    public func entries(forPostcode postcode: String) -> [PostcodeEntry] {
        (byPostcode[postcode] ?? []).map { entries[$0] }
    }

    /// The entries of the commune with this INSEE code.
    public func entries(forINSEECode inseeCode: String) -> [PostcodeEntry] {
        (byINSEECode[inseeCode] ?? []).map { entries[$0] }
    }

    /// The entries whose commune name, delivery label or locality matches `name` however it is
    /// written (accents, case, hyphens, apostrophes, `St`/`Saint`: see
    /// ``PlaceNameMatching/normalized(_:)``).
    ///
    /// - Throws: ``UnknownPlaceError`` with up to 5 close names when nothing matches.
    public func entries(forTownNamed name: String) throws -> [PostcodeEntry] {
        let key = PlaceNameMatching.normalized(name)
        if let found = byName[key] { return found.map { entries[$0] } }
        let candidates = entries.map { ($0.communeName, PlaceNameMatching.normalized($0.communeName)) }
        throw UnknownPlaceError(name: name, suggestions: PlaceNameMatching.closestNames(toNormalized: key, in: candidates, limit: 5))
    }
}
