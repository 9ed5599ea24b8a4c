/// An ordinal as legal drafting writes it ("première phrase", "dernier alinéa").
public enum TextOrdinal: Hashable, Sendable, CustomStringConvertible {
    /// The n-th, from 1.
    case number(Int)
    /// The n-th from the end: `fromEnd(1)` is the last, `fromEnd(2)` the one before.
    case fromEnd(Int)

    /// A readable description.
    public var description: String {
        switch self {
        case .number(let n): return "\(n)"
        case .fromEnd(1): return "last"
        case .fromEnd(let n): return "\(n)th from the end"
        }
    }
}
