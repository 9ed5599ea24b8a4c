/// A legislative file (*dossier législatif*): the history of one bill through both houses,
/// from tabling to promulgation.
public struct Dossier: Hashable, Sendable, Codable, Identifiable {
    /// The Assemblée's uid (`DLR5L16N49176`).
    public var uid: String
    /// The uid, for `Identifiable`.
    public var id: String { uid }
    /// The legislature in which the file was opened.
    public var legislature: Int?
    /// The title (`"Proposition de loi relative au renforcement de la sûreté dans les transports"`).
    public var title: String
    /// The Senate's page for the file, when given.
    public var senateURL: String?
    /// The procedure (`"Proposition de loi ordinaire"`: a member's bill; *projet de loi* is a
    /// government bill).
    public var procedure: String?
    /// The procedure code (`"2"`).
    public var procedureCode: String?
    /// The top-level steps (readings, CMP, Conseil constitutionnel, promulgation), in order.
    public var steps: [DossierStep]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(uid: String, legislature: Int?, title: String, senateURL: String? = nil, procedure: String? = nil, procedureCode: String? = nil, steps: [DossierStep]) {
        self.uid = uid
        self.legislature = legislature
        self.title = title
        self.senateURL = senateURL
        self.procedure = procedure
        self.procedureCode = procedureCode
        self.steps = steps
    }

    /// Every step, depth first (a step before its sub-steps).
    public var allSteps: [DossierStep] { steps.flatMap(\.flattened) }

    /// The first step, depth first, whose code is `code` (`"CMP"`, `"PROM-PUB"`).
    public func step(code: String) -> DossierStep? { allSteps.first { $0.code == code } }
}
