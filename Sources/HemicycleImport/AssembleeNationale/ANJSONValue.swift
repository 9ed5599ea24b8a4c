import Foundation
import HemicycleModel

/// The Assemblée's JSON quirks (see `../shared/data/README.md`), absorbed once for values of a
/// parsed ``JSONDocument``, so that the record decoders read like the schema:
/// - numbers and booleans are strings (`"773"`, `"false"`, `"052"`);
/// - a one-element list is a bare object, an empty one is `null`;
/// - null has two spellings: JSON `null` and `{"@xsi:nil": "true"}`;
/// - lists may contain nulls (`[null, {...}]`);
/// - some identifiers are objects `{"@xsi:type": …, "#text": "PA1008"}`.
///
/// Every method that finds a value of the wrong shape throws a ``JSONValueError`` naming its
/// JSON path. (`ANJSON.swift` holds the same rules for `Decodable` types, which the legislative
/// readers still use.)
extension JSONValue {
    /// Whether this is JSON `null` or the XML-schema nil object `{"@xsi:nil": "true"}`.
    var isANNull: Bool {
        switch kind {
        case .null: return true
        case .object: return (try? self["@xsi:nil"]?.string()) == "true"
        default: return false
        }
    }

    /// The value as text: a string, a number's or boolean's spelling, the `#text` of an
    /// identifier object; nil for any null. An object without `#text`, or an array, is an error.
    ///
    /// A NUL character (`\u0000`, never meaningful in the Assemblée's texts) becomes U+FFFD, visibly:
    /// SQLite's text functions and GRDB stop at a NUL, which would silently cut the text short.
    func anText() throws(JSONValueError) -> String? {
        switch kind {
        case .string, .number, .true, .false:
            guard let text = try string() else { return nil }
            // The parser refuses raw control characters: a NUL can only come from an escape, so a
            // string without escapes is not searched for one (byte by byte, 2 % of the decoding).
            guard hasEscapes else { return text }
            return text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : text
        case .null:
            return nil
        case .object:
            if isANNull { return nil }
            if let text = self["#text"] { return try text.anText() }
            throw JSONValueError(value: self, reason: "expected a text value, found an object without #text")
        case .array:
            throw JSONValueError(value: self, reason: "expected a text value, found a list")
        }
    }

    /// The text of member `key`, nil when missing or null in any spelling.
    func text(_ key: StaticString) throws(JSONValueError) -> String? {
        try self[key]?.anText()
    }

    /// The text of member `key`, with an empty string for missing or null.
    func textOrEmpty(_ key: StaticString) throws(JSONValueError) -> String {
        try text(key) ?? ""
    }

    /// Text that must be present and non-empty.
    func requiredText(_ key: StaticString) throws(JSONValueError) -> String {
        guard let value = try text(key), !value.isEmpty else { throw JSONValueError(value: self, missing: key) }
        return value
    }

    /// An integer written as a string (`"052"` is 52); nil when missing or null; an error naming
    /// the member when it is present but not an integer.
    func int(_ key: StaticString) throws(JSONValueError) -> Int? {
        guard let member = self[key], let raw = try member.anText() else { return nil }
        let text = raw.trimmingSpaces
        guard !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw JSONValueError(value: member, reason: "expected an integer, found \"\(raw)\"")
        }
        return value
    }

    /// An integer that must be present.
    func requiredInt(_ key: StaticString) throws(JSONValueError) -> Int {
        guard let value = try int(key) else { throw JSONValueError(value: self, missing: key) }
        return value
    }

    /// A boolean written as a string (`"true"`, `"false"`, `"1"`, `"0"`); nil when missing.
    func bool(_ key: StaticString) throws(JSONValueError) -> Bool? {
        guard let member = self[key], let text = try member.anText() else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0", "": return false
        default: throw JSONValueError(value: member, reason: "expected true or false, found \"\(text)\"")
        }
    }

    /// A date `yyyy-MM-dd` (a time part is ignored); nil when missing or null.
    func date(_ key: StaticString) throws(JSONValueError) -> CalendarDate? {
        guard let member = self[key], let text = try member.anText(), !text.isEmpty else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw JSONValueError(value: member, reason: "expected a yyyy-MM-dd date, found \"\(text)\"")
        }
        return date
    }

    /// The elements of member `key` in any of the Assemblée's list spellings: an array (nulls
    /// dropped), a bare value (object or text) for a one-element list, a null (or a missing
    /// member) for none.
    func list(_ key: StaticString) throws(JSONValueError) -> [JSONValue] {
        guard let member = self[key] else { return [] }
        return try member.anList()
    }

    /// This value read as a list (see ``list(_:)``).
    func anList() throws(JSONValueError) -> [JSONValue] {
        switch kind {
        case .array: return elements.filter { !$0.isANNull }
        case .null: return []
        case .object: return isANNull ? [] : [self]
        case .string, .number, .true, .false: return [self]
        }
    }

    /// Member `key` as an object; nil when missing or null in any spelling; an error when it is
    /// something else.
    func object(_ key: StaticString) throws(JSONValueError) -> JSONValue? {
        guard let member = self[key], !member.isANNull else { return nil }
        guard member.kind == .object else {
            throw JSONValueError(value: member, reason: "expected an object, found \(member.kindName)")
        }
        return member
    }

    /// Member `key` when it is an object (not null), else nil whatever it is: for optional parts
    /// that a reader skips when they have an unexpected shape.
    func objectIfAny(_ key: StaticString) -> JSONValue? {
        guard let member = self[key], member.kind == .object, !member.isANNull else { return nil }
        return member
    }

    /// Member `key` as an object that must be present.
    func requiredObject(_ key: StaticString) throws(JSONValueError) -> JSONValue {
        guard let member = try object(key) else { throw JSONValueError(value: self, missing: key) }
        return member
    }

    /// "a string", "a list"… for messages.
    var kindName: String {
        switch kind {
        case .object: return "an object"
        case .array: return "a list"
        case .string: return "a string"
        case .number: return "a number"
        case .true, .false: return "a boolean"
        case .null: return "null"
        }
    }
}

extension String {
    /// The string without leading and trailing spaces (Unicode category Zs, which includes the
    /// no-break space) and tabs: what Foundation's `.whitespaces` trims, without Foundation.
    var trimmingSpaces: Substring {
        // Fast path: most values have no space at either end.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self[...] }
        let isSpace: (Character) -> Bool = { character in
            character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
