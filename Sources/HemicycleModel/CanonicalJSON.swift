/// A record whose ``ContentHash`` is computed from its canonical JSON written by hand, without
/// `JSONEncoder`: persons, bodies and mandates, fifty thousand a legislature, hashed at every
/// import. Encoding each through `JSONEncoder` cost a fifth of the decoding threads' time.
///
/// The bytes must be exactly those of `JSONEncoder` with `.sortedKeys` over the type's synthesized
/// `Encodable` conformance, since the fingerprints are stored: keys in byte order, `nil`
/// properties left out, the escapes of `CanonicalJSONWriter`. Tests compare the two on every
/// record of the real dumps; a property added to a type must be added to its
/// `writeCanonicalJSON(to:)` too, or those tests fail.
public protocol CanonicallyEncodable: Encodable {
    /// Writes the record as one JSON object, its keys in byte order.
    func writeCanonicalJSON(to writer: inout CanonicalJSONWriter)
}

/// Writes canonical JSON straight into its 64-bit FNV-1a fingerprint (``ContentHash``): no text is
/// kept, only the running hash.
///
/// Its output is that of `JSONEncoder` with `.sortedKeys`: no whitespace; in strings, `"`, `\`
/// and `/` escaped with a backslash, `\b \t \n \f \r` by name, other control characters below
/// U+0020 as `\u00xx` (lower-case hexadecimal), everything else as its UTF-8 bytes.
public struct CanonicalJSONWriter {
    /// The FNV-1a state after the bytes written so far.
    public private(set) var fingerprint: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Whether the object or array being written has no member yet (no comma before the next).
    private var atFirstMember = true

    public init() {}

    /// Writes an object whose members `body` writes (keys in byte order, as `.sortedKeys` sorts).
    public mutating func object(_ body: (inout CanonicalJSONWriter) -> Void) {
        byte(UInt8(ascii: "{"))
        let outer = atFirstMember
        atFirstMember = true
        body(&self)
        atFirstMember = outer
        byte(UInt8(ascii: "}"))
    }

    /// A text member; nothing when `value` is nil, as the synthesized `encodeIfPresent` does.
    public mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        memberKey(key)
        string(value)
    }

    /// An integer member; nothing when nil.
    public mutating func member(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        memberKey(key)
        for digit in String(value).utf8 { byte(digit) }
    }

    /// A date member (`"2024-07-07"`, as ``CalendarDate`` encodes itself); nothing when nil.
    public mutating func member(_ key: StaticString, _ value: CalendarDate?) {
        member(key, value?.description)
    }

    /// A nested record member; nothing when nil.
    public mutating func member(_ key: StaticString, _ value: (some CanonicallyEncodable)?) {
        guard let value else { return }
        memberKey(key)
        value.writeCanonicalJSON(to: &self)
    }

    /// An array of texts (written even when empty: a non-optional array is always encoded).
    public mutating func member(_ key: StaticString, _ values: [String]) {
        memberKey(key)
        array(values) { $0.string($1) }
    }

    /// An array of records (written even when empty).
    public mutating func member(_ key: StaticString, _ values: [some CanonicallyEncodable]) {
        memberKey(key)
        array(values) { $1.writeCanonicalJSON(to: &$0) }
    }

    // MARK: Pieces

    private mutating func array<Element>(_ values: [Element], _ write: (inout CanonicalJSONWriter, Element) -> Void) {
        byte(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            write(&self, value)
        }
        byte(UInt8(ascii: "]"))
    }

    private mutating func memberKey(_ key: StaticString) {
        if !atFirstMember { byte(UInt8(ascii: ",")) }
        atFirstMember = false
        byte(UInt8(ascii: "\""))
        key.withUTF8Buffer { for b in $0 { byte(b) } }
        byte(UInt8(ascii: "\""))
        byte(UInt8(ascii: ":"))
    }

    private mutating func string(_ text: String) {
        byte(UInt8(ascii: "\""))
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                byte(UInt8(ascii: "\\")); byte(b)
            case 0x08: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "b"))
            case 0x09: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "t"))
            case 0x0A: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "n"))
            case 0x0C: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "f"))
            case 0x0D: byte(UInt8(ascii: "\\")); byte(UInt8(ascii: "r"))
            case 0..<0x20:
                for c in "\\u00".utf8 { byte(c) }
                byte(lowerHexDigit(b >> 4)); byte(lowerHexDigit(b & 0xF))
            default:
                byte(b)
            }
        }
        byte(UInt8(ascii: "\""))
    }

    /// The lower-case hexadecimal digit of a value in 0…15, as an ASCII byte.
    private func lowerHexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private mutating func byte(_ b: UInt8) {
        fingerprint ^= UInt64(b)
        fingerprint = fingerprint &* 0x0000_0100_0000_01B3
    }
}
