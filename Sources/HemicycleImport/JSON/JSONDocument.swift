import Foundation

/// A JSON text parsed once into a flat array of nodes (a "tape"), for fast reading of large
/// dumps: a ballot file of the Assemblée holds ~170 voters, a legislature ~650,000, and
/// Foundation's `JSONDecoder` spent most of an import's time building and querying its generic
/// containers. Here a document is one byte buffer plus one array of fixed-size nodes; strings
/// are decoded only when read.
///
/// Layout (preorder): a container node is followed by its children — for an object, each
/// member is a key node (a string) then the value's subtree; for an array, the elements'
/// subtrees. Each container node records the index just past its subtree, so a reader skips a
/// member it does not need in one step.
///
/// The parser is strict RFC 8259 JSON (no comments, no trailing commas, no leading zeros, no
/// control characters in strings, valid escapes), and nesting deeper than ``maximumDepth`` is an
/// error, so that hostile input cannot exhaust the stack. UTF-8 is validated once for the whole
/// text, and when it is not valid, for each string read (``JSONValue/string()``): invalid bytes
/// are an error only in a string that is read.
///
/// Invariants: `nodes[0]` is the root; for a container at index `i`, `nodes[i].end` is the index
/// of the first node after its subtree (`i < end <= nodes.count`) and `nodes[i].count` the
/// number of its members or elements; an object's children alternate key (string) and value.
public final class JSONDocument: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// One node of the tape.
    struct Node: Sendable {
        var kind: Kind
        /// For strings: whether the raw text holds backslash escapes.
        var hasEscapes: Bool
        /// For scalars: the byte range of the raw text (inside the quotes for strings).
        /// For containers: the byte offsets of the opening and closing brackets.
        var start: Int32
        var byteEnd: Int32
        /// For containers: the index of the first node after the subtree.
        var end: Int32
        /// For containers: the number of members (objects) or elements (arrays).
        var count: Int32
    }

    /// The deepest nesting accepted (the Assemblée's files nest about 12 levels).
    public static let maximumDepth = 256

    /// The raw text.
    let bytes: [UInt8]
    /// The tape (see the type's documentation).
    let nodes: [Node]
    /// Whether the whole text is valid UTF-8, checked once: its strings are then made without
    /// checking each again. Checking each string (`String(validating:as:)`) looked up generic
    /// metadata in the runtime for every string made, 4–5 % of an import's CPU (perf).
    let isValidUTF8: Bool

    /// The root value.
    public var root: JSONValue { JSONValue(document: self, index: 0) }

    /// Parses `data`; throws ``JSONSyntaxError`` (with the line and column) on invalid JSON.
    public convenience init(data: Data) throws(JSONSyntaxError) {
        try self.init(bytes: [UInt8](data))
    }

    /// Parses `bytes` (UTF-8; an optional byte-order mark is skipped).
    public init(bytes: [UInt8]) throws(JSONSyntaxError) {
        guard bytes.count < Int(Int32.max) else {
            throw JSONSyntaxError(offset: 0, line: 1, column: 1, message: "document larger than 2 GB")
        }
        self.bytes = bytes
        isValidUTF8 = String(validating: bytes, as: UTF8.self) != nil
        var parser = JSONParser(bytes: bytes)
        do {
            nodes = try parser.parse()
        } catch {
            throw JSONSyntaxError(bytes: bytes, offset: error.offset, message: error.message)
        }
    }
}

/// A JSON syntax error, located in the text.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset of the fault, from 0.
    public var offset: Int
    /// Line of the fault, from 1.
    public var line: Int
    /// Column of the fault, in bytes from 1.
    public var column: Int
    /// What was wrong ("unexpected end of text", "expected ':' after an object key"…).
    public var message: String

    public var description: String { "\(message) at line \(line), column \(column)" }

    init(offset: Int, line: Int, column: Int, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    /// Locates `offset` in `bytes` (counting lines only when an error is reported).
    init(bytes: [UInt8], offset: Int, message: String) {
        var line = 1, lineStart = 0
        let end = min(offset, bytes.count)
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        self.init(offset: offset, line: line, column: end - lineStart + 1, message: message)
    }
}
