/// The one naming rule of the keys of every JSON document and CSV column derived from a payload:
/// a Swift property name in lower camel case becomes a key in snake case (`groupID` → `group_id`,
/// `ballotsInOffice` → `ballots_in_office`, `nonVoting` → `non_voting`).
///
/// ``DocumentOutput/json(_:)`` and the CSV of a payload (``CSVDataTable``) both apply it, so a
/// payload declares its properties and nothing else: no hand-written `CodingKeys` for the keys'
/// spelling. Keys that are already snake case (a `CodingKeys` raw value, a dictionary's keys) are
/// left as they are.
public enum JSONKeyStyle {
    /// The key of a property named `name`: an underscore before each capital that follows a
    /// lower-case letter or a digit, or that ends a run of capitals followed by a lower-case letter
    /// (`sourceUID` → `source_uid`, `URLValue` → `url_value`), then everything in lower case.
    /// A name without any lower-case letter (an id such as `PA795900`, a label such as `LFI-NFP`)
    /// or with a character outside ASCII is no property name: it is returned unchanged.
    public static func key(_ name: String) -> String {
        // Byte by byte over ASCII: called for every key of every row a CSV lays flat, where
        // Character's Unicode properties cost 5 % of `deputies --format csv` (perf, release).
        // Swift property names are ASCII; any other name is no property name and kept.
        let bytes = Array(name.utf8)
        func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        guard bytes.allSatisfy({ $0 < 128 }), bytes.contains(where: isUpper), bytes.contains(where: isLower) else { return name }
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) else { key.append(byte); continue }
            if index > 0 {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower) { key.append(UInt8(ascii: "_")) }
            }
            key.append(byte + 32)
        }
        return String(decoding: key, as: UTF8.self)
    }
}

/// A coding key spelled by ``JSONKeyStyle``.
struct StyledCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) { (self.stringValue, self.intValue) = (stringValue, nil) }
    init(intValue: Int) { (self.stringValue, self.intValue) = (String(intValue), intValue) }

    /// The key `key` becomes under the style (an index stays an index).
    init(styling key: any CodingKey) {
        if let index = key.intValue { self.init(intValue: index) } else { self.init(stringValue: JSONKeyStyle.key(key.stringValue)) }
    }
}

/// A payload whose every stored property is written, a nil one as `null`: its keys are stable
/// whatever the data (a reader of `turnout_of_sitting` or `wilson_low` never meets a missing key).
///
/// Swift's synthesized `Encodable` leaves nil optionals out; conforming to this protocol instead
/// encodes the stored properties in declaration order, through `Mirror`, under their names, which
/// the encoder spells by ``JSONKeyStyle`` as every key — so a payload needs neither hand-written
/// keys nor a hand-written encoder.
public protocol NullKeepingEncodable: Encodable {}

extension NullKeepingEncodable {
    public func encode(to encoder: any Encoder) throws { try encodeStoredProperties(to: encoder) }

    /// The default encoding: every stored property in declaration order, found through `Mirror`.
    /// A payload written for every row of a long table (a rate, a deputy) may write its
    /// properties itself with ``NullKeepingContainer`` instead — reflecting on each value cost a
    /// sixth of `hemicycle deputies --format csv` (perf) — and a test then compares the two.
    public func encodeStoredProperties(to encoder: any Encoder) throws {
        var container = NullKeepingContainer(encoder)
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            guard let value = child.value as? any Encodable else {
                throw EncodingError.invalidValue(child.value, EncodingError.Context(
                    codingPath: encoder.codingPath, debugDescription: "\(Self.self).\(label) is not Encodable"))
            }
            try container.encode(value, label)
        }
    }
}

/// Writes a ``NullKeepingEncodable`` payload's properties one by one, as its default encoding
/// does: each under its Swift name (spelled by the encoder, as every key: DocumentOutput's key
/// strategy, the CSV's FlatEncoder), a nil optional written as `null` by the encoder.
public struct NullKeepingContainer {
    private var container: KeyedEncodingContainer<StyledCodingKey>

    /// The container of a payload encoded to `encoder`.
    public init(_ encoder: any Encoder) { container = encoder.container(keyedBy: StyledCodingKey.self) }

    /// Writes the property named `name` (its Swift name, `wilsonLow`), optionals as they are.
    public mutating func encode<T: Encodable>(_ value: T, _ name: String) throws {
        try container.encode(value, forKey: StyledCodingKey(stringValue: name))
    }
}
