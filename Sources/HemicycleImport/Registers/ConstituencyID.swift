/// A constituency (circonscription législative): a department code and a number within it.
///
/// The department code is a string because codes are not numbers: `01`, `2A`, `971`, `ZZ`
/// (French people abroad). Text form: `59-1`.
public struct ConstituencyID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The department (or overseas collectivity) code as INSEE writes it: `01`, `2A`, `971`,
    /// `977`, `ZZ`.
    public var departmentCode: String
    /// The constituency number within the department, from 1.
    public var number: Int

    /// Creates an identifier.
    public init(departmentCode: String, number: Int) {
        self.departmentCode = departmentCode
        self.number = number
    }

    /// Splits a constituency code made of the department code and a two-digit number
    /// (`0101`, `2A02`, `97501`, `ZZ11`). Returns nil for anything else.
    public init?(code: String) {
        guard code.count >= 3, let number = Int(code.suffix(2)), number > 0 else { return nil }
        self.init(departmentCode: String(code.dropLast(2)), number: number)
    }

    /// `59-1`.
    public var description: String { "\(departmentCode)-\(number)" }

    public static func < (lhs: ConstituencyID, rhs: ConstituencyID) -> Bool {
        (lhs.departmentCode, lhs.number) < (rhs.departmentCode, rhs.number)
    }
}
