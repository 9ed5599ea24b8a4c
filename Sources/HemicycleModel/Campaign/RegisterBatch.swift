/// One register file read and ready to be written into the store, in the store's own terms
/// (the store does not depend on the CSV readers: the import pipeline, `HemicycleIngest`, converts their values).
public struct RegisterBatch: Sendable, Hashable {
    /// Which register a file holds.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// INSEE's commune → constituency (*circonscription*) table (`circo_composition.csv`).
        case constituencies
        /// La Poste's postcode table (`019HexaSmal.csv`).
        case postcodes
        /// The RNE register of deputies (`elus-deputes-dep.csv`).
        case rneDeputies = "rne_deputies"
    }

    /// The rows of one kind of register.
    public enum Rows: Sendable, Hashable {
        /// Commune → constituency links.
        case constituencies([CommuneConstituencyRow])
        /// Postcode lines.
        case postcodes([PostcodeRow])
        /// Deputies of the RNE register.
        case rneDeputies([RNEDeputyRow])

        /// The count of rows.
        public var count: Int {
            switch self {
            case .constituencies(let rows): rows.count
            case .postcodes(let rows): rows.count
            case .rneDeputies(let rows): rows.count
            }
        }

        /// The kind of register.
        public var kind: Kind {
            switch self {
            case .constituencies: .constituencies
            case .postcodes: .postcodes
            case .rneDeputies: .rneDeputies
            }
        }
    }

    /// The file name (last path component), cited in summaries.
    public var fileName: String
    /// The SHA-256 of the file's bytes, in lower-case hex: an unchanged file is not rewritten.
    public var sha256: String
    /// The rows.
    public var rows: Rows

    /// Creates a batch.
    public init(fileName: String, sha256: String, rows: Rows) {
        self.fileName = fileName
        self.sha256 = sha256
        self.rows = rows
    }
}

/// One (commune, constituency) link.
public struct CommuneConstituencyRow: Sendable, Hashable {
    /// The commune's INSEE code (`59350`).
    public var inseeCode: String
    /// The commune's name as the source spells it (`Lille`).
    public var communeName: String
    /// The comparison key of the name (lower case, no accents, see `PlaceNameMatching`).
    public var nameKey: String
    /// The constituency's department code, normalized (``DepartmentCode/normalized(_:)``).
    public var departmentCode: String
    /// The constituency number within the department, from 1.
    public var constituency: Int
    /// Whether the whole commune lies in the constituency.
    public var isPartial: Bool

    /// Creates a row.
    public init(inseeCode: String, communeName: String, nameKey: String, departmentCode: String, constituency: Int, isPartial: Bool) {
        self.inseeCode = inseeCode
        self.communeName = communeName
        self.nameKey = nameKey
        self.departmentCode = departmentCode
        self.constituency = constituency
        self.isPartial = isPartial
    }
}

/// One line of La Poste's postcode table.
public struct PostcodeRow: Sendable, Hashable {
    /// The commune's INSEE code.
    public var inseeCode: String
    /// The commune name, upper case without accents as La Poste writes it.
    public var communeName: String
    /// The five-digit postcode, leading zero kept (`01400`).
    public var postcode: String
    /// The delivery label (*libellé d'acheminement*).
    public var deliveryLabel: String
    /// The "ligne 5" locality, if any.
    public var locality: String?
    /// The comparison keys of the commune name, the delivery label and the locality.
    public var communeKey: String, labelKey: String, localityKey: String?

    /// Creates a row.
    public init(inseeCode: String, communeName: String, postcode: String, deliveryLabel: String, locality: String?,
                communeKey: String, labelKey: String, localityKey: String?) {
        self.inseeCode = inseeCode
        self.communeName = communeName
        self.postcode = postcode
        self.deliveryLabel = deliveryLabel
        self.locality = locality
        self.communeKey = communeKey
        self.labelKey = labelKey
        self.localityKey = localityKey
    }
}

/// One deputy of the RNE register.
public struct RNEDeputyRow: Sendable, Hashable {
    /// The line in the file (1-based), the row's identity.
    public var line: Int
    /// The department code, normalized (`ZZ` abroad, `977` for `ZX`).
    public var departmentCode: String
    /// The department's name.
    public var departmentName: String
    /// The constituency number.
    public var constituency: Int
    /// Last and first names, as the register writes them (last name in capitals).
    public var lastName: String, firstName: String
    /// `F` or `M`.
    public var sex: String
    /// Dates as `yyyy-mm-dd`.
    public var birthDate: String, mandateStart: String
    /// The socio-professional category.
    public var profession: String

    /// Creates a row.
    public init(line: Int, departmentCode: String, departmentName: String, constituency: Int, lastName: String, firstName: String,
                sex: String, birthDate: String, mandateStart: String, profession: String) {
        self.line = line
        self.departmentCode = departmentCode
        self.departmentName = departmentName
        self.constituency = constituency
        self.lastName = lastName
        self.firstName = firstName
        self.sex = sex
        self.birthDate = birthDate
        self.mandateStart = mandateStart
        self.profession = profession
    }
}

/// What importing one register file did.
public struct RegisterImportResult: Sendable, Hashable {
    /// What happened to the register's rows.
    public enum Change: String, Sendable, Hashable {
        /// First import of this kind of register.
        case added
        /// A different file replaced the previous one (all rows of the kind rewritten).
        case replaced
        /// The same file (same SHA-256) was already imported: nothing written.
        case unchanged
    }

    /// The kind of register.
    public var kind: RegisterBatch.Kind
    /// The file name (last path component).
    public var fileName: String
    /// The count of rows in the file.
    public var rows: Int
    /// The count of rows previously stored for this kind.
    public var previousRows: Int
    /// What happened.
    public var change: Change

    /// What importing the file `fileName` of `kind`, with `rows` rows over `previousRows`, did.
    public init(kind: RegisterBatch.Kind, fileName: String, rows: Int, previousRows: Int, change: Change) {
        (self.kind, self.fileName, self.rows, self.previousRows, self.change) = (kind, fileName, rows, previousRows, change)
    }
}
