import Foundation

/// The CSV of a command: its JSON payload laid flat, so that a spreadsheet can join, sort and
/// compute on it — the terminal's readable cells (`100.0 % [86.7–100.0 %, n<30]`) are for
/// reading, not for data.
///
/// Rules, the same for every command:
/// - one row per element of the payload when it is a list; when it is an object, one row per
///   element of its member `list` when one is named (a ballot's `votes`), else one row for the
///   object itself;
/// - nested objects become columns named `parent_child` (a rate's `numerator` is
///   `loyalty_numerator`; a dictionary's keys with `_` between words); lists inside a
///   row are left out (the JSON carries them);
/// - a rate (an object with `value`, `numerator` and `denominator`) gives `…_percent` (its value
///   × 100) and `…_wilson_low_percent`, `…_wilson_high_percent` beside its counts, so that the
///   header says the unit;
/// - numbers are written as numbers (`0.216638`, `12`), booleans `true`/`false`, missing values
///   empty; a row's own `uid` is named for what it identifies (`ballot_uid` unless the command
///   says otherwise: a dossier's steps give `step_uid`, an amendment `amendment_uid`);
/// - the ids (``leadingIDs``) come first, the other columns in the order the payload gives them,
///   each appearing in any row.
public enum CSVDataTable {
    /// The ids that lead every CSV, in this order, when present.
    public static let leadingIDs = ["deputy_id", "group_id", "ballot_uid", "dossier_uid", "amendment_uid", "step_uid"]

    /// The payload as a table whose column keys are the CSV header; `list` names the member of an
    /// object payload whose elements are the rows; `uid` is the column name of a row's own `uid`.
    public static func table(_ payload: some Encodable, list: String? = nil, uid: String = "ballot_uid") throws -> ReportTable {
        let root = FlatNode()
        try payload.encode(to: FlatEncoder(node: root))
        let rows: [FlatNode]
        switch root.kind {
        case .array: rows = root.items
        case .object:
            if let list { rows = root.children.first { $0.key == list }?.node.items ?? [] } else { rows = [root] }
        default: rows = [root]
        }
        let flattened = rows.map { row -> [(String, String)] in
            var fields: [(String, String)] = []
            flatten(row, prefix: "", into: &fields, uid: uid)
            return fields
        }
        var order: [String] = []
        var seen = Set<String>()
        for row in flattened {
            for (key, _) in row where seen.insert(key).inserted { order.append(key) }
        }
        let ids = leadingIDs.filter { seen.contains($0) }
        let keys = ids + order.filter { !ids.contains($0) }
        var table = ReportTable(columns: keys.map { ReportTable.Column($0, key: $0) })
        for row in flattened {
            let values = Dictionary(row, uniquingKeysWith: { a, _ in a })
            table.append(keys.map { values[$0] ?? "" })
        }
        return table
    }

    /// Appends the columns of `node` under `prefix`.
    /// `uid` is the name of the row's own `uid`, nil below the row's top level.
    private static func flatten(_ node: FlatNode, prefix: String, into fields: inout [(String, String)], uid: String? = nil) {
        switch node.kind {
        case .scalar(let text): fields.append((prefix, text))
        case .null, .unset: fields.append((prefix, ""))
        case .array: break
        case .object:
            let keys = Set(node.children.map(\.key))
            let isRate = keys.isSuperset(of: ["value", "numerator", "denominator"])
            for (key, child) in node.children {
                var name = key
                if let uid, key == "uid" { name = uid }
                if isRate {
                    switch key {
                    case "value": name = "percent"
                    case "wilson_low": name = "wilson_low_percent"
                    case "wilson_high": name = "wilson_high_percent"
                    default: break
                    }
                    if name.hasSuffix("percent"), case .scalar(let text) = child.kind, let value = Double(text) {
                        fields.append((join(prefix, name), percentCell(value)))
                        continue
                    }
                }
                flatten(child, prefix: join(prefix, name), into: &fields)
            }
        }
    }

    /// A rate in 0…1 as a CSV cell in percent, rounded as JSON rounds (`0.216638` → `21.6638`):
    /// the one conversion of every `…_percent` column.
    public static func percentCell(_ rate: Double) -> String { FlatEncoder.number(JSONNumber.round(rate * 100)) }

    private static func join(_ prefix: String, _ key: String) -> String { prefix.isEmpty ? key : prefix + "_" + key }
}

/// One value of the payload while it is laid flat: a scalar, null, an object (ordered members) or
/// a list.
final class FlatNode {
    enum Kind: Equatable { case unset, null, scalar(String), object, array }
    var kind: Kind = .unset
    var children: [(key: String, node: FlatNode)] = []
    var items: [FlatNode] = []
}

/// An `Encoder` that records a payload as a tree of ``FlatNode`` in the order it is encoded
/// (JSONSerialization would lose the order of the keys).
struct FlatEncoder: Encoder {
    let node: FlatNode
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(node: FlatNode) { self.node = node }

    /// A number as text: integers without a fraction, others in Swift's shortest form.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.kind != .object { node.kind = .object }
        return KeyedEncodingContainer(Keyed<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.kind = .array
        return Unkeyed(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }

    /// A dictionary's `key` as a column name: each run of characters other than ASCII letters and
    /// digits made one `_` (`sitting shared by several dossiers` → `sitting_shared_by_several_dossiers`);
    /// letters keep their case, as in the JSON (`EcoS`).
    static func columnName(_ key: String) -> String {
        var name = ""
        for c in key {
            if c.isASCII && (c.isLetter || c.isNumber) { name.append(c) } else if !name.hasSuffix("_") { name.append("_") }
        }
        while name.hasSuffix("_") { name.removeLast() }
        return name
    }

    /// Encodes `value` into `node`: scalars directly, anything else through its `encode(to:)`.
    static func put<T: Encodable>(_ value: T, into node: FlatNode) throws {
        switch value {
        case let v as String: node.kind = .scalar(v)
        case let v as Bool: node.kind = .scalar(v ? "true" : "false")
        // Instants as the JSON writes them (ISO 8601 text), not seconds since 2001.
        case let v as Date: node.kind = .scalar(v.formatted(.iso8601))
        case let v as Double: node.kind = .scalar(number(v))
        case let v as Float: node.kind = .scalar(number(Double(v)))
        case let v as any BinaryInteger: node.kind = .scalar("\(v)")
        case let v as [String: any Encodable]:
            // A dictionary encodes in hash order: sorted, its columns keep one order.
            node.kind = .object
            for (key, member) in v.sorted(by: { $0.key < $1.key }) {
                let child = FlatNode()
                // A dictionary's keys are data (a reason in words): made a column name.
                node.children.append((columnName(key), child))
                try put(member, into: child)
            }
        default: try value.encode(to: FlatEncoder(node: node))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: FlatNode
        var codingPath: [any CodingKey] = []

        func child(_ key: Key) -> FlatNode {
            let child = FlatNode()
            node.children.append((JSONKeyStyle.key(key.stringValue), child))
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).kind = .null }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try FlatEncoder.put(value, into: child(key)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            FlatEncoder(node: child(key)).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { FlatEncoder(node: child(key)).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { FlatEncoder(node: node) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { FlatEncoder(node: child(key)) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: FlatNode
        var codingPath: [any CodingKey] = []
        var count: Int { node.items.count }

        func next() -> FlatNode {
            let item = FlatNode()
            node.items.append(item)
            return item
        }

        mutating func encodeNil() throws { next().kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws { try FlatEncoder.put(value, into: next()) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            FlatEncoder(node: next()).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { FlatEncoder(node: next()).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { FlatEncoder(node: next()) }
    }

    struct Single: SingleValueEncodingContainer {
        let node: FlatNode
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { node.kind = .null }
        mutating func encode<T: Encodable>(_ value: T) throws { try FlatEncoder.put(value, into: node) }
    }
}
