/// One record (row) of a CSV file: its decoded fields and where it starts.
public struct CSVRecord: Hashable, Sendable {
    /// The fields, decoded to text, in file order.
    public var fields: [String]
    /// The physical line (1-based) where the record starts. A record whose quoted fields hold
    /// newlines spans several lines; this is the first.
    public var line: Int
    /// The file's header, when it has one (shared by all records; copying it is cheap).
    public var header: CSVHeader?

    /// Creates a record.
    public init(fields: [String], line: Int, header: CSVHeader? = nil) {
        self.fields = fields
        self.line = line
        self.header = header
    }

    /// The field at a 0-based position, or nil past the end (a short, ragged record).
    public subscript(position: Int) -> String? {
        fields.indices.contains(position) ? fields[position] : nil
    }

    /// The field in the named column, or nil when the header lacks the column or the record is
    /// too short.
    public subscript(column: String) -> String? {
        guard let position = header?.index(of: column) else { return nil }
        return self[position]
    }
}
