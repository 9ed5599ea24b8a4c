/// A report: an ordered list of blocks (headings, paragraphs, key–value lists, tables), which
/// each renderer turns into its format.
public struct ReportDocument: Sendable, Hashable {
    /// One block of a report.
    public enum Block: Sendable, Hashable {
        /// A heading; level 1 is the document title.
        case heading(String, level: Int)
        /// A paragraph of plain text.
        case paragraph(String)
        /// Labelled values ("Date: 2025-02-11").
        case keyValues([KeyValue])
        /// A table.
        case table(ReportTable)
        /// A bulleted list of plain-text items.
        case list([String])
    }

    /// A label and its value.
    public struct KeyValue: Sendable, Hashable {
        public var key: String
        public var value: String
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    public var blocks: [Block]

    public init(blocks: [Block] = []) { self.blocks = blocks }

    public mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(text, level: level)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func keyValues(_ pairs: [KeyValue]) { blocks.append(.keyValues(pairs)) }
    public mutating func table(_ table: ReportTable) { blocks.append(.table(table)) }
    public mutating func list(_ items: [String]) { blocks.append(.list(items)) }

    /// The tables of the document, in order (what CSV output writes).
    public var tables: [ReportTable] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
}
