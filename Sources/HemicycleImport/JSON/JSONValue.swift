import Foundation

/// One value of a ``JSONDocument``: a cheap view (the document and a node index) with reading
/// methods. Reading never copies the document; strings are decoded (and their UTF-8 checked)
/// only when asked for.
public struct JSONValue: Sendable {
    let document: JSONDocument
    /// Index of the value's node in the document's tape.
    let index: Int

    /// The kind of value.
    public var kind: JSONDocument.Kind { document.nodes[index].kind }

    /// Whether the raw text of this string holds backslash escapes (false for any other kind).
    var hasEscapes: Bool { document.nodes[index].hasEscapes }

    /// Whether this is JSON `null`.
    public var isNull: Bool { kind == .null }

    /// The index of the first node after this value's subtree.
    var next: Int {
        let node = document.nodes[index]
        switch node.kind {
        case .object, .array: return Int(node.end)
        default: return index + 1
        }
    }

    /// The member named `key` of an object (the first, if the key repeats); nil when absent or
    /// when this is not an object.
    public subscript(key: StaticString) -> JSONValue? {
        guard kind == .object else { return nil }
        // The hot path of every reader: one scan over the members' key nodes, comparing bytes in
        // place and jumping over each value's subtree.
        let found: Int? = key.withUTF8Buffer { wanted in
            document.nodes.withUnsafeBufferPointer { nodes in
                document.bytes.withUnsafeBufferPointer { bytes in
                    var i = index + 1
                    let end = Int(nodes[index].end)
                    while i + 1 < end {
                        let keyNode = nodes[i]
                        if keyNode.hasEscapes {
                            // Escaped keys (which the Assemblée never writes) are unescaped first.
                            if let text = try? JSONValue(document: document, index: i).string(), text.utf8.elementsEqual(wanted) {
                                return i + 1
                            }
                        } else if Int(keyNode.byteEnd - keyNode.start) == wanted.count,
                                  wanted.indices.allSatisfy({ bytes[Int(keyNode.start) + $0] == wanted[$0] }) {
                            return i + 1
                        }
                        let value = nodes[i + 1]
                        i = value.kind == .object || value.kind == .array ? Int(value.end) : i + 2
                    }
                    return nil
                }
            }
        }
        return found.map { JSONValue(document: document, index: $0) }
    }

    /// The members of an object, in order, as (key, value); empty for anything else.
    public var members: [(key: String, value: JSONValue)] {
        guard kind == .object else { return [] }
        var result: [(key: String, value: JSONValue)] = []
        result.reserveCapacity(Int(document.nodes[index].count))
        var i = index + 1
        let end = Int(document.nodes[index].end)
        while i + 1 < end {
            let key = JSONValue(document: document, index: i)
            let value = JSONValue(document: document, index: i + 1)
            result.append((key.keyText, value))
            i = value.next
        }
        return result
    }

    /// The elements of an array, in order; empty for anything else.
    public var elements: [JSONValue] {
        guard kind == .array else { return [] }
        var result: [JSONValue] = []
        result.reserveCapacity(Int(document.nodes[index].count))
        var i = index + 1
        let end = Int(document.nodes[index].end)
        while i < end {
            let element = JSONValue(document: document, index: i)
            result.append(element)
            i = element.next
        }
        return result
    }

    /// The text of a scalar: a string's content (unescaped, UTF-8 checked), a number's or a
    /// literal's spelling (`12`, `true`); nil for null, objects and arrays.
    public func string() throws(JSONValueError) -> String? {
        let node = document.nodes[index]
        switch node.kind {
        case .object, .array, .null:
            return nil
        case .number, .true, .false:
            return String(decoding: document.bytes[Int(node.start)..<Int(node.byteEnd)], as: UTF8.self)
        case .string:
            let raw = document.bytes[Int(node.start)..<Int(node.byteEnd)]
            if !node.hasEscapes {
                // Checked already when the whole text is valid.
                if document.isValidUTF8 { return String(decoding: raw, as: UTF8.self) }
                guard let text = String(validating: raw, as: UTF8.self) else {
                    throw JSONValueError(value: self, reason: "invalid UTF-8 in a string")
                }
                return text
            }
            return try unescape(raw)
        }
    }

    /// A member name as text, never failing: invalid UTF-8 becomes U+FFFD. Used for keys (and
    /// therefore for error paths, which must not fail while reporting another failure).
    var keyText: String {
        let node = document.nodes[index]
        guard node.kind == .string else { return "" }
        let raw = document.bytes[Int(node.start)..<Int(node.byteEnd)]
        return String(decoding: node.hasEscapes ? Self.unescaped(raw) : Array(raw), as: UTF8.self)
    }

    /// Decodes the escapes of a string's raw content, checking the UTF-8 of the result.
    private func unescape(_ raw: ArraySlice<UInt8>) throws(JSONValueError) -> String {
        guard let text = String(validating: Self.unescaped(raw), as: UTF8.self) else {
            throw JSONValueError(value: self, reason: "invalid UTF-8 in a string")
        }
        return text
    }

    /// The bytes of a string's raw content with its escapes decoded (the parser has checked
    /// their grammar); a lone surrogate becomes U+FFFD.
    static func unescaped(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        func hex4(_ at: Int) -> UInt16 {
            (0..<4).reduce(UInt16(0)) { $0 << 4 | (at + $1 < raw.endIndex ? JSONParser.hexValue(raw[at + $1]) ?? 0 : 0) }
        }
        func appendScalar(_ value: UInt32) {
            out.append(contentsOf: String(Unicode.Scalar(value) ?? "\u{FFFD}").utf8)
        }
        while i < raw.endIndex {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < raw.endIndex else { out.append(byte); i += 1; continue }
            let escaped = raw[i + 1]
            switch escaped {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                let unit = hex4(i + 2)
                i += 6
                if UTF16.isLeadSurrogate(unit), i + 5 < raw.endIndex, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") {
                    let low = hex4(i + 2)
                    if UTF16.isTrailSurrogate(low) {
                        i += 6
                        appendScalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00))
                        continue
                    }
                }
                appendScalar(UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) ? 0xFFFD : UInt32(unit))
                continue
            default:
                out.append(escaped)  // \" \\ \/
            }
            i += 2
        }
        return out
    }

    /// The path from the root to this value (`scrutin.ventilationVotes.organe[1].groupes`), found
    /// by descending the tape: only computed for error messages.
    public var path: String {
        var components: [String] = []
        var current = JSONValue(document: document, index: 0)
        while current.index != index {
            var found: JSONValue?
            switch current.kind {
            case .object:
                for (key, value) in current.members where value.index <= index && index < value.next {
                    components.append(components.isEmpty ? key : "." + key)
                    found = value
                    break
                }
            case .array:
                for (offset, element) in current.elements.enumerated() where element.index <= index && index < element.next {
                    components.append("[\(offset)]")
                    found = element
                    break
                }
            default:
                break
            }
            guard let next = found else { break }
            current = next
        }
        return components.joined()
    }
}

/// A value of the wrong shape (a member missing, text where a number was expected…), located by
/// its path in the document.
public struct JSONValueError: Error, Sendable, CustomStringConvertible {
    /// The JSON path of the value (`scrutin.syntheseVote.decompte.pour`).
    public var path: String
    /// What was wrong.
    public var reason: String

    init(value: JSONValue, reason: String) {
        path = value.path
        self.reason = reason
    }

    /// A member `key` missing from the object `value`.
    init(value: JSONValue, missing key: StaticString) {
        let base = value.path
        path = base.isEmpty ? "\(key)" : "\(base).\(key)"
        reason = "missing member \"\(key)\""
    }

    public var description: String { "at \(path): \(reason)" }
}
