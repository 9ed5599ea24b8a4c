import HemicycleModel

/// The columns of a contact list, built once for every CSV that gives contacts (`export
/// contacts`, `representatives`; the scorecard can take them): who (`deputy_id`, `civility`,
/// `first_name`, `last_name`, `seat`, `department`, `group_id`, `group`), then one column per
/// channel (``ContactField``) — one value per cell. A record with two values of one kind (two
/// web sites) fills `website` and `website_2`: the numbered columns exist when some record needs
/// them, so no value is dropped or joined to another.
public struct ContactColumns: Sendable {
    /// The identity columns, in order.
    public static let identityKeys = ["deputy_id", "civility", "first_name", "last_name", "seat", "department", "group_id", "group"]

    /// The contact columns' keys, in order (after the identity columns).
    public let contactKeys: [String]

    /// The columns `records` need: the standard ones, the optional ones some record has, and as
    /// many numbered repeats as the record with the most values of a kind.
    public init(records: [ContactRecord]) {
        var most: [String: Int] = [:]
        var others: [String] = []
        for record in records {
            var counts: [String: Int] = [:]
            for (key, _) in record.contactValues {
                counts[key, default: 0] += 1
                if key.hasPrefix("other_"), !others.contains(key) { others.append(key) }
            }
            for (key, n) in counts { most[key] = max(most[key] ?? 0, n) }
        }
        var keys: [String] = []
        for base in ContactField.standardKeys + ContactField.optionalKeys + others {
            let n = max(most[base] ?? 0, ContactField.standardKeys.contains(base) ? 1 : 0)
            guard n > 0 else { continue }
            keys.append(base)
            if n > 1 { keys += (2...n).map { "\(base)_\($0)" } }
        }
        contactKeys = keys
    }

    /// Every column key: identity, then contacts.
    public var keys: [String] { Self.identityKeys + contactKeys }

    /// The columns, headed by their keys.
    public var columns: [ReportTable.Column] { keys.map { ReportTable.Column($0, key: $0) } }

    /// The cells of `record` in ``keys`` order; empty cells for a vacant seat (nil).
    public func cells(_ record: ContactRecord?) -> [String] {
        guard let record else { return Array(repeating: "", count: keys.count) }
        let d = record.deputy
        var cells = [d.uid, d.civility ?? "", d.firstName, d.lastName, record.seat?.constituencyLabel ?? "", record.seat?.departmentName ?? "",
                     record.group?.groupRef ?? "", record.group?.abbreviation ?? ""]
        var slots: [String: String] = [:]
        var seen: [String: Int] = [:]
        for (key, value) in record.contactValues {
            let n = seen[key, default: 0] + 1
            seen[key] = n
            slots[n == 1 ? key : "\(key)_\(n)"] = value
        }
        cells += contactKeys.map { slots[$0] ?? "" }
        return cells
    }

    /// The contact list as a table (title: what it lists), one row per record.
    public static func table(_ records: [ContactRecord], title: String) -> ReportTable {
        let columns = ContactColumns(records: records)
        var table = ReportTable(title: title, columns: columns.columns)
        for record in records { table.append(columns.cells(record)) }
        return table
    }
}
