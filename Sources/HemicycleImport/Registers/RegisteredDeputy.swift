import HemicycleModel

/// A deputy as listed by the Répertoire national des élus (RNE, the Interior ministry's
/// register of elected officials), file `elus-deputes-dep.csv`.
///
/// The register has no Assemblée identifier: link it to AMO deputies by name and birth date,
/// or by constituency.
public struct RegisteredDeputy: Hashable, Sendable {
    /// The sex as the register codes it.
    public enum Sex: String, Hashable, Sendable {
        /// `F`.
        case female = "F"
        /// `M`.
        case male = "M"
    }

    /// The department code (`01`, `2A`, `971`, `ZZ`), or, for the 8 deputies of collectivities
    /// with special status (Saint-Pierre-et-Miquelon, Polynesia, New Caledonia, Wallis and
    /// Futuna, Saint-Martin/Saint-Barthélemy), the collectivity's code (`975`, `987`, `ZX`),
    /// which the register puts in another column.
    public var departmentCode: String
    /// The department's (or collectivity's) name, e.g. `Ain`, `Polynésie Française`.
    public var departmentName: String
    /// Whether ``departmentCode`` came from the "collectivité à statut particulier" column.
    public var isSpecialStatusCollectivity: Bool
    /// The constituency, from the register's code (`0101` → `01-1`, `97701` → `977-1`).
    public var constituency: ConstituencyID
    /// The register's constituency code as written (`0101`, `ZZ01`, `97501`).
    public var constituencyCode: String
    /// The constituency label, oddly cased in the source (`1Ère Circonscription`).
    public var constituencyLabel: String
    /// The last name, in capitals as in the register (`BRETON`).
    public var lastName: String
    /// The first name (`Xavier`).
    public var firstName: String
    /// The sex.
    public var sex: Sex
    /// The date of birth.
    public var birthDate: CalendarDate
    /// The INSEE socio-professional category code (`33`), as text.
    public var professionCode: String
    /// The socio-professional category (`Cadre de la fonction publique`).
    public var profession: String
    /// The day the current mandate began.
    public var mandateStartDate: CalendarDate
    /// The line of the record in the file (1-based), to cite the source.
    public var line: Int

    /// Creates a deputy record.
    public init(
        departmentCode: String, departmentName: String, isSpecialStatusCollectivity: Bool,
        constituency: ConstituencyID, constituencyCode: String, constituencyLabel: String,
        lastName: String, firstName: String, sex: Sex, birthDate: CalendarDate,
        professionCode: String, profession: String, mandateStartDate: CalendarDate, line: Int
    ) {
        self.departmentCode = departmentCode
        self.departmentName = departmentName
        self.isSpecialStatusCollectivity = isSpecialStatusCollectivity
        self.constituency = constituency
        self.constituencyCode = constituencyCode
        self.constituencyLabel = constituencyLabel
        self.lastName = lastName
        self.firstName = firstName
        self.sex = sex
        self.birthDate = birthDate
        self.professionCode = professionCode
        self.profession = profession
        self.mandateStartDate = mandateStartDate
        self.line = line
    }
}
