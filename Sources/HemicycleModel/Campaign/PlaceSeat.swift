/// A constituency (*circonscription*) a place covers: the normalized department code, the number,
/// and — for a town — whether the town lies wholly or partly in it.
public struct PlaceSeat: Hashable, Comparable, Sendable {
    /// The normalized department code (`59`, `2A`, `ZZ`).
    public var departmentCode: String
    /// The constituency's number within the department.
    public var number: Int
    /// Nil for a department or constituency asked directly; true when the town is split.
    public var isPartial: Bool?
    /// The communes of the place in this constituency: `Lille (59350)`.
    public var communes: [String]

    /// A constituency of a place.
    public init(departmentCode: String, number: Int, isPartial: Bool? = nil, communes: [String] = []) {
        self.departmentCode = departmentCode
        self.number = number
        self.isPartial = isPartial
        self.communes = communes
    }

    /// `59-1`.
    public var label: String { "\(departmentCode)-\(number)" }
    /// `partial`, `whole`, or empty for a constituency asked directly.
    public var coverage: String { isPartial.map { $0 ? "partial" : "whole" } ?? "" }

    public static func < (lhs: PlaceSeat, rhs: PlaceSeat) -> Bool { (lhs.departmentCode, lhs.number) < (rhs.departmentCode, rhs.number) }
}
