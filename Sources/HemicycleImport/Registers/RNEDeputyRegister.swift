import Foundation
import HemicycleCSV
import HemicycleModel

/// Reads the deputies of the Répertoire national des élus (`elus-deputes-dep.csv`: UTF-8, `;`,
/// 13 columns, dates `dd/mm/yyyy`, codes kept as text).
public enum RNEDeputyRegister {
    /// The register's column names.
    public enum Column {
        /// The column `Code du département`.
        public static let departmentCode = "Code du département"
        /// The column `Libellé du département`.
        public static let departmentName = "Libellé du département"
        /// The column `Code de la collectivité à statut particulier`.
        public static let collectivityCode = "Code de la collectivité à statut particulier"
        /// The column `Libellé de la collectivité à statut particulier`.
        public static let collectivityName = "Libellé de la collectivité à statut particulier"
        /// The column `Code de la circonscription législative`.
        public static let constituencyCode = "Code de la circonscription législative"
        /// The column `Libellé de la circonscription législative`.
        public static let constituencyLabel = "Libellé de la circonscription législative"
        /// The column `Nom de l'élu`.
        public static let lastName = "Nom de l'élu"
        /// The column `Prénom de l'élu`.
        public static let firstName = "Prénom de l'élu"
        /// The column `Code sexe`.
        public static let sex = "Code sexe"
        /// The column `Date de naissance`.
        public static let birthDate = "Date de naissance"
        /// The column `Code de la catégorie socio-professionnelle`.
        public static let professionCode = "Code de la catégorie socio-professionnelle"
        /// The column `Libellé de la catégorie socio-professionnelle`.
        public static let profession = "Libellé de la catégorie socio-professionnelle"
        /// The column `Date de début du mandat`.
        public static let mandateStart = "Date de début du mandat"

        static let all = [
            departmentCode, departmentName, collectivityCode, collectivityName, constituencyCode,
            constituencyLabel, lastName, firstName, sex, birthDate, professionCode, profession, mandateStart,
        ]
    }

    /// Reads every deputy of the register, in file order.
    ///
    /// - Throws: ``CSVError`` for a malformed file, a missing column, or a field that does not
    ///   convert (with line and column).
    public static func read(from url: URL) throws -> [RegisteredDeputy] {
        try read(CSVReader(url: url, dialect: CSVDialect(separator: .semicolon), encoding: .utf8))
    }

    /// Reads the register from any CSV reader (tests use in-memory text).
    public static func read(_ reader: CSVReader) throws -> [RegisteredDeputy] {
        let source = reader.sourceName
        var deputies: [RegisteredDeputy] = []
        try reader.forEachRecord(requiringColumns: Column.all) { record in
            // 8 collectivities leave the department empty and fill the collectivity columns.
            let departmentCode = record.text(Column.departmentCode)
            let isCollectivity = departmentCode.isEmpty
            let code = isCollectivity ? record.text(Column.collectivityCode) : departmentCode
            guard !code.isEmpty else {
                throw record.invalid(Column.departmentCode, source: source, "neither a department nor a collectivity code")
            }
            let constituencyCode = record.text(Column.constituencyCode)
            guard let constituency = ConstituencyID(code: constituencyCode) else {
                throw record.invalid(Column.constituencyCode, source: source, "\"\(constituencyCode)\" is not a constituency code")
            }
            let sexCode = record.text(Column.sex)
            guard let sex = RegisteredDeputy.Sex(rawValue: sexCode) else {
                throw record.invalid(Column.sex, source: source, "\"\(sexCode)\" is not a sex code (F or M)")
            }
            deputies.append(RegisteredDeputy(
                departmentCode: code,
                departmentName: record.text(isCollectivity ? Column.collectivityName : Column.departmentName),
                isSpecialStatusCollectivity: isCollectivity,
                constituency: constituency,
                constituencyCode: constituencyCode,
                constituencyLabel: record.text(Column.constituencyLabel),
                lastName: record.text(Column.lastName),
                firstName: record.text(Column.firstName),
                sex: sex,
                birthDate: try record.frenchDate(Column.birthDate, source: source),
                professionCode: record.text(Column.professionCode),
                profession: record.text(Column.profession),
                mandateStartDate: try record.frenchDate(Column.mandateStart, source: source),
                line: record.line))
        }
        return deputies
    }
}
