/// A seat in the Assemblée held by a deputy over a period: a mandate of type `ASSEMBLEE`, with
/// its constituency (*circonscription*) and a department code normalized by
/// ``DepartmentCode/normalized(_:)``.
public struct SeatMandate: Sendable, Hashable {
    /// The mandate id (`PM…`).
    public var uid: String
    /// The deputy (`PA…`).
    public var deputyRef: String
    /// The legislature.
    public var legislature: Int?
    /// The department code, normalized (`59`, `2A`, `971`, `ZZ`).
    public var departmentCode: String
    /// The department's name as the Assemblée writes it.
    public var departmentName: String?
    /// The constituency number within the department.
    public var constituency: Int
    /// First and last day (nil: unknown start, still sitting).
    public var startDate: CalendarDate?, endDate: CalendarDate?
    /// Why the mandate began (*causeMandat*: general election, replacement of a minister…) and ended.
    public var startCause: String?, endCause: String?

    /// Creates a seat mandate (the department code is stored as given: normalize it first).
    public init(uid: String, deputyRef: String, legislature: Int?, departmentCode: String, departmentName: String?, constituency: Int,
                startDate: CalendarDate?, endDate: CalendarDate?, startCause: String?, endCause: String?) {
        self.uid = uid
        self.deputyRef = deputyRef
        self.legislature = legislature
        self.departmentCode = departmentCode
        self.departmentName = departmentName
        self.constituency = constituency
        self.startDate = startDate
        self.endDate = endDate
        self.startCause = startCause
        self.endCause = endCause
    }

    /// Whether the seat was held on that day (both ends included).
    public func covers(_ day: CalendarDate) -> Bool {
        if let startDate, day < startDate { return false }
        if let endDate, day > endDate { return false }
        return true
    }

    /// `59-1`.
    public var constituencyLabel: String { "\(departmentCode)-\(constituency)" }

    /// The label of a seat from a department code as any source writes it (`059`, `ZA`), normalized
    /// by ``DepartmentCode/normalized(_:)``: `59-1`, the key ``SeatOccupancy`` and ``SittingSeats``
    /// both index seats by.
    public static func label(departmentCode: String, constituency: Int) -> String {
        "\(DepartmentCode.normalized(departmentCode))-\(constituency)"
    }
}

/// A constituency a commune lies in, wholly or partly.
public struct CommuneConstituencyLink: Sendable, Hashable {
    /// The commune's INSEE code and name.
    public var inseeCode: String, communeName: String
    /// The constituency: normalized department code and number.
    public var departmentCode: String, constituency: Int
    /// Whether only part of the commune lies in the constituency.
    public var isPartial: Bool

    /// A link as the register gives it.
    public init(inseeCode: String, communeName: String, departmentCode: String, constituency: Int, isPartial: Bool) {
        (self.inseeCode, self.communeName, self.departmentCode, self.constituency, self.isPartial) = (inseeCode, communeName, departmentCode, constituency, isPartial)
    }
}

/// A political group (*groupe politique*) a deputy belonged to on a day.
public struct GroupMembership: Sendable, Hashable {
    /// The group's id (`PO…`) and abbreviation (`RN`, `LFI-NFP`).
    public var groupRef: String, abbreviation: String

    /// A membership of the group `groupRef` (`abbreviation`).
    public init(groupRef: String, abbreviation: String) {
        (self.groupRef, self.abbreviation) = (groupRef, abbreviation)
    }
}
