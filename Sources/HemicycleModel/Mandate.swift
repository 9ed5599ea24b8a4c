/// A mandate (*mandat*): a person's membership of a body over a period — a seat in the
/// Assemblée (type `ASSEMBLEE`), membership of a political group (`GP`), a committee…
public struct Mandate: Hashable, Sendable, Codable, Identifiable {
    /// The Assemblée's identifier (`PM843467`).
    public var uid: String
    /// The person (*acteur*).
    public var deputyRef: String
    /// The legislature, if tied to one.
    public var legislature: Int?
    /// The type of the body (*typeOrgane*): `ASSEMBLEE`, `GP`, `COMPER`…
    public var bodyType: String
    /// The bodies the mandate is held in (usually one).
    public var bodyRefs: [String]
    /// First day of the mandate.
    public var startDate: CalendarDate?
    /// Last day, if ended.
    public var endDate: CalendarDate?
    /// The role (*codeQualite*): `membre`, `Président`…
    public var quality: String?
    /// For a seat: the electoral district.
    public var election: Election?
    /// Why the mandate ended (*causeFin*), if published.
    public var endCause: String?

    public var id: String { uid }

    /// Whether the mandate covers the day (start ≤ day ≤ end, open ends included).
    public func covers(_ day: CalendarDate) -> Bool {
        if let s = startDate, day < s { return false }
        if let e = endDate, day > e { return false }
        return true
    }

    public init(uid: String, deputyRef: String, legislature: Int?, bodyType: String, bodyRefs: [String], startDate: CalendarDate?, endDate: CalendarDate?, quality: String? = nil, election: Election? = nil, endCause: String? = nil) {
        self.uid = uid
        self.deputyRef = deputyRef
        self.legislature = legislature
        self.bodyType = bodyType
        self.bodyRefs = bodyRefs
        self.startDate = startDate
        self.endDate = endDate
        self.quality = quality
        self.election = election
        self.endCause = endCause
    }
}

/// The electoral district of a seat (*election.lieu*).
public struct Election: Hashable, Sendable, Codable {
    /// Region name, e.g. "Ile-de-France".
    public var region: String?
    /// Department name, e.g. "Yvelines".
    public var department: String?
    /// Department code as the Assemblée writes it (`78`, `2A`, `099` for French abroad).
    public var departmentCode: String?
    /// Constituency number within the department (*numCirco*).
    public var constituency: Int?
    /// Why the mandate began (*causeMandat*): general election, replacement…
    public var cause: String?

    public init(region: String? = nil, department: String? = nil, departmentCode: String? = nil, constituency: Int? = nil, cause: String? = nil) {
        self.region = region
        self.department = department
        self.departmentCode = departmentCode
        self.constituency = constituency
        self.cause = cause
    }
}

extension Mandate: CanonicallyEncodable {
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.member("bodyRefs", bodyRefs); w.member("bodyType", bodyType); w.member("deputyRef", deputyRef)
            w.member("election", election); w.member("endCause", endCause); w.member("endDate", endDate)
            w.member("legislature", legislature); w.member("quality", quality); w.member("startDate", startDate)
            w.member("uid", uid)
        }
    }
}

extension Election: CanonicallyEncodable {
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.object { w in
            w.member("cause", cause); w.member("constituency", constituency); w.member("department", department)
            w.member("departmentCode", departmentCode); w.member("region", region)
        }
    }
}
