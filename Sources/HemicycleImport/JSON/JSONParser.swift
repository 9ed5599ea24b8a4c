/// The tokenizer and tape builder behind ``JSONDocument``: one pass over the bytes, with an
/// explicit stack of open containers.
struct JSONParser {
    /// Where and why parsing stopped.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var nodes: [JSONDocument.Node] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // About one node per 12 bytes in the Assemblée's files: one reservation avoids regrowing
        // the tape while parsing.
        nodes.reserveCapacity(bytes.count / 12 + 16)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    private static let comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")

    /// An open container: its node index, kind, and the members or elements read so far.
    private struct Open {
        var node: Int
        var isObject: Bool
        var count: Int32 = 0
    }

    /// Parses the whole text; returns the tape.
    mutating func parse() throws(Failure) -> [JSONDocument.Node] {
        // Skip a UTF-8 byte-order mark: some exports start with one.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var stack: [Open] = []
        try parseValue(&stack)
        while let top = stack.last {
            skipWhitespace()
            guard position < bytes.count else {
                throw fail("unexpected end of text inside \(top.isObject ? "an object" : "an array")")
            }
            let byte = bytes[position]
            if byte == (top.isObject ? Self.closeBrace : Self.closeBracket) {
                position += 1
                try close(stack.removeLast())
                continue
            }
            guard byte == Self.comma else {
                throw fail(top.isObject ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
            }
            position += 1
            try parseElement(&stack)
        }
        skipWhitespace()
        guard position == bytes.count else { throw fail("unexpected text after the end of the document") }
        return nodes
    }

    /// After `{`, `[` or `,`: one member (key, colon, value) or one element.
    private mutating func parseElement(_ stack: inout [Open]) throws(Failure) {
        let top = stack.count - 1
        if stack[top].isObject {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == Self.quote else { throw fail("expected a string key in an object") }
            try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == Self.colon else { throw fail("expected ':' after an object key") }
            position += 1
        }
        stack[top].count += 1
        try parseValue(&stack)
    }

    /// One value. A container is opened (pushed on `stack`) and its first element read; an
    /// empty one is closed at once. The recursion through first elements is bounded by
    /// ``JSONDocument/maximumDepth``.
    private mutating func parseValue(_ stack: inout [Open]) throws(Failure) {
        skipWhitespace()
        guard position < bytes.count else { throw fail("unexpected end of text, expected a value") }
        let byte = bytes[position]
        switch byte {
        case Self.openBrace, Self.openBracket:
            guard stack.count < JSONDocument.maximumDepth else {
                throw fail("nesting deeper than \(JSONDocument.maximumDepth) levels")
            }
            let isObject = byte == Self.openBrace
            nodes.append(.init(kind: isObject ? .object : .array, hasEscapes: false, start: Int32(position), byteEnd: 0, end: 0, count: 0))
            position += 1
            let open = Open(node: nodes.count - 1, isObject: isObject)
            skipWhitespace()
            if position < bytes.count, bytes[position] == (isObject ? Self.closeBrace : Self.closeBracket) {
                position += 1
                try close(open)
            } else {
                stack.append(open)
                try parseElement(&stack)
            }
        case Self.quote:
            try parseString()
        case UInt8(ascii: "t"):
            try literal("true", .true)
        case UInt8(ascii: "f"):
            try literal("false", .false)
        case UInt8(ascii: "n"):
            try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
        default:
            throw fail("unexpected character '\(Self.printable(byte))', expected a value")
        }
    }

    private mutating func close(_ open: Open) throws(Failure) {
        nodes[open.node].end = Int32(nodes.count)
        nodes[open.node].count = open.count
        nodes[open.node].byteEnd = Int32(position)
        if open.isObject, open.count > 1 { try checkDistinctKeys(of: open.node) }
    }

    /// The key nodes of the object being closed (reused from one object to the next).
    private var keys: [Int] = []

    /// Refuses an object in which a key appears twice (issue 22): readers disagree on which value
    /// to keep (this one read the first, most keep the last), so one file would give two records.
    /// The Assemblée's objects have a few to twenty members: comparing each key with the earlier
    /// ones, length first, costs less than hashing them; larger objects go through a set.
    private mutating func checkDistinctKeys(of object: Int) throws(Failure) {
        keys.removeAll(keepingCapacity: true)
        var i = object + 1
        let end = Int(nodes[object].end)
        while i + 1 < end {
            keys.append(i)
            let value = nodes[i + 1]
            i = value.kind == .object || value.kind == .array ? Int(value.end) : i + 2
        }
        if keys.contains(where: { nodes[$0].hasEscapes }) || keys.count > 32 {
            // Escaped keys compare by their decoded text.
            var seen = Set<[UInt8]>()
            for k in keys where !seen.insert(keyBytes(k)).inserted { throw repeatedKey(k) }
            return
        }
        try bytes.withUnsafeBufferPointer { (bytes) throws(Failure) in
            for (n, k) in keys.enumerated() {
                let start = Int(nodes[k].start), length = Int(nodes[k].byteEnd) - start
                for earlier in keys[..<n] {
                    let otherStart = Int(nodes[earlier].start)
                    guard Int(nodes[earlier].byteEnd) - otherStart == length else { continue }
                    if (0..<length).allSatisfy({ bytes[start + $0] == bytes[otherStart + $0] }) { throw repeatedKey(k) }
                }
            }
        }
    }

    /// A key's text, escapes decoded.
    private func keyBytes(_ key: Int) -> [UInt8] {
        let raw = bytes[Int(nodes[key].start)..<Int(nodes[key].byteEnd)]
        return nodes[key].hasEscapes ? JSONValue.unescaped(raw) : Array(raw)
    }

    private func repeatedKey(_ key: Int) -> Failure {
        let text = String(decoding: keyBytes(key).prefix(80), as: UTF8.self)
        return Failure(offset: Int(nodes[key].start), message: "the key \"\(text)\" appears twice in an object "
            + "(readers disagree on which value to keep)")
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONDocument.Kind) throws(Failure) {
        let length = word.utf8CodeUnitCount
        let start = position
        guard start + length <= bytes.count else { throw fail("unexpected end of text in a literal") }
        let matches = word.withUTF8Buffer { expected in
            (0..<length).allSatisfy { bytes[start + $0] == expected[$0] }
        }
        guard matches else { throw fail("invalid literal, expected \(word)") }
        position += length
        nodes.append(.init(kind: kind, hasEscapes: false, start: Int32(start), byteEnd: Int32(position), end: 0, count: 0))
    }

    /// A string: records the range inside the quotes and whether it holds escapes.
    private mutating func parseString() throws(Failure) {
        let start = position + 1
        var i = start
        var escapes = false
        let count = bytes.count
        while true {
            guard i < count else { position = i; throw fail("unterminated string") }
            let byte = bytes[i]
            if byte == Self.quote { break }
            if byte == Self.backslash {
                escapes = true
                guard i + 1 < count else { position = i; throw fail("unterminated string") }
                switch bytes[i + 1] {
                case Self.quote, Self.backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 5 < count, (2...5).allSatisfy({ Self.hexValue(bytes[i + $0]) != nil }) else {
                        position = i
                        throw fail("invalid \\u escape in a string")
                    }
                    i += 6
                default:
                    position = i
                    throw fail("invalid escape '\\\(Self.printable(bytes[i + 1]))' in a string")
                }
                continue
            }
            if byte < 0x20 { position = i; throw fail("control character 0x\(String(byte, radix: 16)) in a string (must be escaped)") }
            i += 1
        }
        nodes.append(.init(kind: .string, hasEscapes: escapes, start: Int32(start), byteEnd: Int32(i), end: 0, count: 0))
        position = i + 1
    }

    /// A number, checked against JSON's grammar and kept as text (the Assemblée writes numbers as
    /// strings anyway; readers convert what they need).
    private mutating func parseNumber() throws(Failure) {
        let start = position
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        var i = position
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { position = i; throw fail("invalid number") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { position = i; throw fail("invalid number (leading zero)") }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { position = i; throw fail("invalid number (no digit after '.')") }
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { position = i; throw fail("invalid number (no digit in the exponent)") }
            while isDigit(i) { i += 1 }
        }
        position = i
        nodes.append(.init(kind: .number, hasEscapes: false, start: Int32(start), byteEnd: Int32(i), end: 0, count: 0))
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func fail(_ message: String) -> Failure { Failure(offset: position, message: message) }

    /// The value of a hexadecimal digit, nil for any other byte.
    static func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt16(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt16(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// A byte as it can be shown in a message.
    static func printable(_ byte: UInt8) -> String {
        (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16)
    }
}
