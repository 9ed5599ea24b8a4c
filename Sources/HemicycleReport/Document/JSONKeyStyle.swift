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
    /// is no property name: it is returned unchanged.
    public static func key(_ name: String) -> String {
        let characters = Array(name)
        guard characters.contains(where: \.isLowercase), characters.contains(where: \.isUppercase) else { return name }
        var key = ""
        key.reserveCapacity(name.utf8.count + 4)
        for (index, character) in characters.enumerated() {
            guard character.isUppercase else { key.append(character); continue }
            if index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    key.append("_")
                }
            }
            key.append(contentsOf: character.lowercased())
        }
        return key
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
/// encodes the stored properties in declaration order, through `Mirror`, under the keys of
/// ``JSONKeyStyle`` — so a payload needs neither hand-written keys nor a hand-written encoder.
public protocol NullKeepingEncodable: Encodable {}

extension NullKeepingEncodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: StyledCodingKey.self)
        for child in Mirror(reflecting: self).children {
            guard let label = child.label else { continue }
            guard let value = child.value as? any Encodable else {
                throw EncodingError.invalidValue(child.value, EncodingError.Context(
                    codingPath: encoder.codingPath, debugDescription: "\(Self.self).\(label) is not Encodable"))
            }
            try container.encode(value, forKey: StyledCodingKey(stringValue: JSONKeyStyle.key(label)))
        }
    }
}
