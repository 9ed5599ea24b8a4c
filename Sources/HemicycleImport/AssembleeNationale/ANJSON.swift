/// Decoding helpers for the Assemblée nationale's JSON, which is XML converted to JSON.
///
/// The conversion leaves quirks that every reader must survive (see `../shared/data/README.md`):
/// - numbers and booleans are strings (`"773"`, `"false"`, `"052"`);
/// - a one-element list is a bare object, an empty one is `null`;
/// - null has two spellings: JSON `null` and `{"@xsi:nil": "true"}`;
/// - lists may contain nulls (`[null, {...}]`);
/// - some identifiers are objects `{"@xsi:type": …, "#text": "PA1008"}`.
///
/// The types here absorb those quirks once, so that the record decoders read like the schema.

/// A coding key for any string, to look at members whose names are not known in advance
/// (`@xsi:nil`, `#text`).
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Decoder {
    /// Whether the current value is JSON `null` or the XML-schema nil object
    /// `{"@xsi:nil": "true"}`.
    func isANNull() -> Bool {
        if let single = try? singleValueContainer(), single.decodeNil() { return true }
        if let keyed = try? container(keyedBy: AnyCodingKey.self),
           let nilFlag = try? keyed.decodeIfPresent(String.self, forKey: AnyCodingKey("@xsi:nil")) {
            return nilFlag == "true"
        }
        return false
    }
}

/// A scalar as the Assemblée writes it: a string, a `{"#text": …}` object, or one of the nulls.
/// JSON numbers and booleans are accepted too, in case a future export fixes its types.
struct ANText: Decodable, Sendable, Hashable {
    /// The text, or nil for any form of null.
    let value: String?

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() { value = nil; return }
            if let s = try? single.decode(String.self) { value = s; return }
            if let i = try? single.decode(Int.self) { value = String(i); return }
            if let b = try? single.decode(Bool.self) { value = b ? "true" : "false"; return }
        }
        let keyed = try decoder.container(keyedBy: AnyCodingKey.self)
        if let flag = try keyed.decodeIfPresent(String.self, forKey: AnyCodingKey("@xsi:nil")), flag == "true" {
            value = nil
            return
        }
        if keyed.contains(AnyCodingKey("#text")) {
            value = try keyed.decode(ANText.self, forKey: AnyCodingKey("#text")).value
            return
        }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a text value, found an object without #text"))
    }
}

/// A list as the Assemblée writes it: an array (whose null members are dropped), a bare object
/// standing for a one-element list, or a null standing for an empty list.
struct ANList<Element: Decodable & Sendable>: Decodable, Sendable {
    let elements: [Element]

    init(_ elements: [Element] = []) { self.elements = elements }

    init(from decoder: any Decoder) throws {
        // Cheapest checks first: a failed container request throws, and errors are costly on a
        // hot path (650,000 voters per legislature), so arrays are tried before the nil object.
        if let single = try? decoder.singleValueContainer(), single.decodeNil() { elements = []; return }
        if var array = try? decoder.unkeyedContainer() {
            var result: [Element] = []
            if let count = array.count { result.reserveCapacity(count) }
            while !array.isAtEnd {
                if let element = try array.decode(ANOptional<Element>.self).value { result.append(element) }
            }
            elements = result
            return
        }
        if decoder.isANNull() { elements = []; return }
        elements = [try Element(from: decoder)]
    }
}

/// A value that may be any form of null.
struct ANOptional<Wrapped: Decodable & Sendable>: Decodable, Sendable {
    let value: Wrapped?

    init(from decoder: any Decoder) throws {
        value = decoder.isANNull() ? nil : try Wrapped(from: decoder)
    }
}

extension KeyedDecodingContainer {
    /// The text of a member, nil when missing or null in any spelling.
    func text(_ key: Key) throws -> String? {
        // Fast path: almost every scalar is a plain string or JSON null, which the keyed
        // container decodes directly; the wrapper (for `#text` objects, the nil object, numbers)
        // costs a nested decoder per value and is kept for the rest.
        do {
            return try decodeIfPresent(String.self, forKey: key)
        } catch DecodingError.typeMismatch {
            return try decodeIfPresent(ANText.self, forKey: key)?.value
        }
    }

    /// The text of a member, with an empty string for missing or null.
    func textOrEmpty(_ key: Key) throws -> String {
        try text(key) ?? ""
    }

    /// An integer written as a string (`"052"` is 52); nil when missing or null; an error naming
    /// the member when it is present but not an integer.
    func int(_ key: Key) throws -> Int? {
        guard let text = try text(key)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected an integer, found \"\(text)\"")
        }
        return value
    }

    /// An integer that must be present.
    func requiredInt(_ key: Key) throws -> Int {
        guard let value = try int(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing integer \(key.stringValue)"))
        }
        return value
    }

    /// Text that must be present and non-empty.
    func requiredText(_ key: Key) throws -> String {
        guard let value = try text(key), !value.isEmpty else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing \(key.stringValue)"))
        }
        return value
    }

    /// A boolean written as a string (`"true"`, `"false"`, `"1"`, `"0"`); nil when missing.
    func bool(_ key: Key) throws -> Bool? {
        guard let text = try text(key) else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0", "": return false
        default:
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected true or false, found \"\(text)\"")
        }
    }

    /// A date `yyyy-MM-dd` (a time part is ignored); nil when missing or null.
    func date(_ key: Key) throws -> CalendarDate? {
        guard let text = try text(key), !text.isEmpty else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected a yyyy-MM-dd date, found \"\(text)\"")
        }
        return date
    }

    /// A list in any of the Assemblée's spellings (array, bare object, null).
    func list<T: Decodable & Sendable>(_ key: Key, of type: T.Type = T.self) throws -> [T] {
        try decodeIfPresent(ANList<T>.self, forKey: key)?.elements ?? []
    }

    /// A nested object that may be missing or null.
    func object<T: Decodable & Sendable>(_ key: Key, of type: T.Type = T.self) throws -> T? {
        try decodeIfPresent(ANOptional<T>.self, forKey: key)?.value
    }
}

import Foundation
import HemicycleModel
