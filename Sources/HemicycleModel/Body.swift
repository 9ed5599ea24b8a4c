/// A body of Parliament or beyond (*organe*): a political group, the Assemblée itself, a
/// committee, a constituency, a government…
public struct Body: Hashable, Sendable, Codable, Identifiable {
    /// The Assemblée's identifier (`PO845401`).
    public var uid: String
    /// The type code (*codeType*): `GP` (political group), `ASSEMBLEE`, `CIRCONSCRIPTION`,
    /// `COMPER` (standing committee), `GOUVERNEMENT`…
    public var typeCode: String
    /// Full name (*libelle*), e.g. "Rassemblement National".
    public var name: String
    /// Short name (*libelleAbrege*), e.g. "RN".
    public var shortName: String?
    /// Abbreviation (*libelleAbrev*).
    public var abbreviation: String?
    /// Start of the body's life (*viMoDe.dateDebut*).
    public var startDate: CalendarDate?
    /// End of the body's life, if ended.
    public var endDate: CalendarDate?
    /// The legislature, for bodies tied to one.
    public var legislature: Int?
    /// The colour the Assemblée associates with a group (`#313567`), if any.
    public var color: String?
    /// The parent body, if any.
    public var parentRef: String?

    public var id: String { uid }

    /// Whether this body is a political group (*groupe politique*, type `GP`).
    public var isPoliticalGroup: Bool { typeCode == "GP" }

    /// The best short label: the short name, else the abbreviation, else the name.
    public var label: String { shortName.nonEmpty ?? abbreviation.nonEmpty ?? name }

    public init(uid: String, typeCode: String, name: String, shortName: String? = nil, abbreviation: String? = nil, startDate: CalendarDate? = nil, endDate: CalendarDate? = nil, legislature: Int? = nil, color: String? = nil, parentRef: String? = nil) {
        self.uid = uid
        self.typeCode = typeCode
        self.name = name
        self.shortName = shortName
        self.abbreviation = abbreviation
        self.startDate = startDate
        self.endDate = endDate
        self.legislature = legislature
        self.color = color
        self.parentRef = parentRef
    }
}

extension Optional where Wrapped == String {
    /// The string, or nil when it is nil or empty.
    @inlinable public var nonEmpty: String? {
        switch self {
        case .some(let s) where !s.isEmpty: return s
        default: return nil
        }
    }
}

extension Body: CanonicallyEncodable {
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.member("abbreviation", abbreviation); w.member("color", color); w.member("endDate", endDate)
            w.member("legislature", legislature); w.member("name", name); w.member("parentRef", parentRef)
            w.member("shortName", shortName); w.member("startDate", startDate); w.member("typeCode", typeCode)
            w.member("uid", uid)
        }
    }
}
