import Foundation

/// One field of a republished ballot, before and after (see ``BallotRecordComparison``).
///
/// Values, not sentences: `update`'s report words them in English or French. The JSON keeps the
/// English words it has always had — `{"field": "official for", "before": "86", "after": "87"}` —
/// and reads them back as text.
public struct FieldChange: Sendable, Hashable, Codable {
    /// What changed.
    public var field: ChangedField
    /// The stored copy's value.
    public var before: FieldValue
    /// The newer copy's value.
    public var after: FieldValue

    /// A field's change.
    public init(field: ChangedField, before: FieldValue, after: FieldValue) {
        (self.field, self.before, self.after) = (field, before, after)
    }
}

/// A field of a ballot that a newer copy can change.
public enum ChangedField: Sendable, Hashable, Codable, CustomStringConvertible {
    case date, title, result, type, voters, expressed, required
    /// One count of the official totals (`.official`) or of a group's published counts.
    case count(CountScope, TallyCount)
    /// A group listed by one copy only (its values: ``FieldValue/notListed`` and its counts).
    case groupListing(group: String)
    /// The named votes: deputies added, removed or with another position.
    case namedVotes
    /// The number of corrections (*mises au point*).
    case corrections

    /// Whose count: the ballot's official totals, or a group's (its id, `PO845401`).
    public enum CountScope: Sendable, Hashable {
        case official
        case group(String)
    }

    /// One count of a ``Tally``; the raw value is its English name.
    public enum TallyCount: String, Sendable, Hashable, CaseIterable {
        case `for`, against, abstentions
        case nonVoting = "non-voting"
        case voluntaryNonVoting = "voluntary non-voting"

        /// The count in `tally`.
        public func value(in tally: Tally) -> Int {
            switch self {
            case .for: tally.for
            case .against: tally.against
            case .abstentions: tally.abstentions
            case .nonVoting: tally.nonVoting
            case .voluntaryNonVoting: tally.voluntaryNonVoting
            }
        }
    }

    /// The English words (`title`, `official for`, `group PO845401 against`, `named votes`): the
    /// JSON's `field`.
    public var description: String {
        switch self {
        case .date: "date"
        case .title: "title"
        case .result: "result"
        case .type: "type"
        case .voters: "voters"
        case .expressed: "expressed"
        case .required: "required"
        case .count(.official, let count): "official \(count.rawValue)"
        case .count(.group(let group), let count): "group \(group) \(count.rawValue)"
        case .groupListing(let group): "group \(group)"
        case .namedVotes: "named votes"
        case .corrections: "corrections"
        }
    }

    /// The field the English words name (nil for words this type never writes).
    public init?(english words: String) {
        let simple: [String: ChangedField] = ["date": .date, "title": .title, "result": .result, "type": .type, "voters": .voters,
                                              "expressed": .expressed, "required": .required, "named votes": .namedVotes,
                                              "corrections": .corrections]
        if let field = simple[words] { self = field; return }
        for count in TallyCount.allCases {
            if words == "official \(count.rawValue)" { self = .count(.official, count); return }
            if words.hasPrefix("group "), words.hasSuffix(" \(count.rawValue)") {
                let group = words.dropFirst("group ".count).dropLast(count.rawValue.count + 1)
                if !group.isEmpty, !group.contains(" ") { self = .count(.group(String(group)), count); return }
            }
        }
        let group = words.dropFirst("group ".count)
        guard words.hasPrefix("group "), !group.isEmpty, !group.contains(" ") else { return nil }
        self = .groupListing(group: String(group))
    }

    public init(from decoder: any Decoder) throws {
        let words = try decoder.singleValueContainer().decode(String.self)
        guard let field = ChangedField(english: words) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a ballot field: \(words)"))
        }
        self = field
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A value of a ``ChangedField``, before or after.
public enum FieldValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A text as published (a title, a type code), or any value read back from JSON.
    case text(String)
    case number(Int)
    case date(CalendarDate)
    case result(BallotResult)
    /// A group's published counts.
    case tally(Tally)
    /// A group the copy does not list.
    case notListed
    /// The named votes of a copy: how many deputies it lists.
    case listed(Int)
    /// The named votes of the newer copy: how many it lists, and how they differ from the older.
    case listedChanges(listed: Int, added: Int, removed: Int, moved: Int)

    /// The English words: the JSON's `before` and `after`.
    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): "\(number)"
        case .date(let date): date.description
        case .result(let result): result.rawValue
        case .tally(let t): "\(t.for) for, \(t.against) against, \(t.abstentions) abstentions, \(t.nonVoting) non-voting"
        case .notListed: "not listed"
        case .listed(let count): "\(count) listed"
        case .listedChanges(let listed, let added, let removed, let moved):
            "\(listed) listed: \(added) added, \(removed) removed, \(moved) with another position"
        }
    }

    /// Read back as text: the JSON holds the words, not the kind of value.
    public init(from decoder: any Decoder) throws {
        self = .text(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
