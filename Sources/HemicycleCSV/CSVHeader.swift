/// The column names of a CSV file, in order, with a lookup from name to position.
public struct CSVHeader: Hashable, Sendable {
    /// The column names as written in the file (byte order mark and `#` prefix removed).
    public let names: [String]
    private let positions: [String: Int]

    /// Creates a header. When a name occurs twice, lookups find the first occurrence.
    public init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    /// The 0-based position of a column, or nil if the header lacks it.
    public func index(of name: String) -> Int? { positions[name] }

    /// Whether the header has this column.
    public func contains(_ name: String) -> Bool { positions[name] != nil }

    /// The required columns the header lacks, in the order given.
    public func missingColumns(_ required: [String]) -> [String] {
        required.filter { positions[$0] == nil }
    }

    public static func == (lhs: CSVHeader, rhs: CSVHeader) -> Bool { lhs.names == rhs.names }
    public func hash(into hasher: inout Hasher) { hasher.combine(names) }
}
