/// The metadata of a parliamentary document (*document*: a bill as tabled, a committee's text,
/// a report, a text adopted). The Assemblée's document files carry no law text, only this.
public struct LegislativeDocument: Hashable, Sendable, Codable {
    /// The uid (`PIONANR5L17BTC0636`).
    public var uid: String
    /// The legislative file it belongs to (`DLR5L16N49176`).
    public var dossierRef: String?
    /// The legislature.
    public var legislature: Int?
    /// The document type code (`"PION"`: member's bill, `"PRJL"`: government bill, `"RAPP"`: report).
    public var kind: String?
    /// The type as published (`"Proposition de loi"`).
    public var kindLabel: String?
    /// The title (`"relative au renforcement de la sûreté dans les transports"`).
    public var title: String
    /// When it was tabled (*dépôt*), ISO `yyyy-MM-dd`.
    public var tabledOn: String?

    /// Creates a value from its parts (see the properties for their meaning).
    public init(uid: String, dossierRef: String?, legislature: Int?, kind: String?, kindLabel: String?, title: String, tabledOn: String?) {
        self.uid = uid
        self.dossierRef = dossierRef
        self.legislature = legislature
        self.kind = kind
        self.kindLabel = kindLabel
        self.title = title
        self.tabledOn = tabledOn
    }
}
