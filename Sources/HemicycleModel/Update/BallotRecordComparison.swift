/// What differs between two published copies of one ballot: the one stored and the one a newer
/// dump publishes. The Assemblée republishes a ballot when it corrects it (V2 of the 17th
/// legislature: its lists reordered and some counts changed), and a user must see what moved.
public enum BallotRecordComparison {
    /// The differences, in this order: date, title, result, type, the published totals
    /// (voters, expressed, required, then the official for/against/abstentions/non-voting), each
    /// group's published counts (by group id, in the newer copy's order, then groups only the
    /// older one lists), the named votes (deputies added, removed, or whose position changed) and
    /// the corrections (*mises au point*). A change of order alone is no difference.
    public static func changes(from old: BallotRecord, to new: BallotRecord) -> [FieldChange] {
        var changes: [FieldChange] = []
        func compare<T: Equatable>(_ field: String, _ before: T, _ after: T, _ describe: (T) -> String) {
            if before != after { changes.append(FieldChange(field: field, before: describe(before), after: describe(after))) }
        }
        let a = old.ballot, b = new.ballot
        compare("date", a.date, b.date) { $0.description }
        compare("title", a.title, b.title) { $0 }
        compare("result", a.result, b.result) { $0.rawValue }
        compare("type", a.typeCode, b.typeCode) { $0 }
        compare("voters", a.voters, b.voters) { "\($0)" }
        compare("expressed", a.expressed, b.expressed) { "\($0)" }
        compare("required", a.required, b.required) { "\($0)" }
        compareTally("official", a.official, b.official, into: &changes)

        let oldGroups = Dictionary(old.groups.map { ($0.groupRef, $0.tally) }, uniquingKeysWith: { first, _ in first })
        let newGroups = Dictionary(new.groups.map { ($0.groupRef, $0.tally) }, uniquingKeysWith: { first, _ in first })
        for group in orderedUnique(new.groups.map(\.groupRef) + old.groups.map(\.groupRef)) {
            switch (oldGroups[group], newGroups[group]) {
            case let (before?, after?): compareTally("group \(group)", before, after, into: &changes)
            case let (before?, nil): changes.append(FieldChange(field: "group \(group)", before: describe(before), after: "not listed"))
            case let (nil, after?): changes.append(FieldChange(field: "group \(group)", before: "not listed", after: describe(after)))
            case (nil, nil): break
            }
        }

        let oldVotes = Dictionary(old.votes.map { ($0.deputyRef, $0.position) }, uniquingKeysWith: { first, _ in first })
        let newVotes = Dictionary(new.votes.map { ($0.deputyRef, $0.position) }, uniquingKeysWith: { first, _ in first })
        let moved = newVotes.filter { deputy, position in oldVotes[deputy].map { $0 != position } ?? false }.count
        let added = newVotes.keys.filter { oldVotes[$0] == nil }.count
        let removed = oldVotes.keys.filter { newVotes[$0] == nil }.count
        if moved + added + removed > 0 {
            changes.append(FieldChange(field: "named votes", before: "\(old.votes.count) listed",
                                       after: "\(new.votes.count) listed: \(added) added, \(removed) removed, \(moved) with another position"))
        }
        compare("corrections", old.corrections.count, new.corrections.count) { "\($0)" }
        return changes
    }

    private static func compareTally(_ prefix: String, _ before: Tally, _ after: Tally, into changes: inout [FieldChange]) {
        let fields: [(String, KeyPath<Tally, Int>)] = [
            ("for", \.for), ("against", \.against), ("abstentions", \.abstentions), ("non-voting", \.nonVoting),
            ("voluntary non-voting", \.voluntaryNonVoting),
        ]
        for (name, path) in fields where before[keyPath: path] != after[keyPath: path] {
            changes.append(FieldChange(field: "\(prefix) \(name)", before: "\(before[keyPath: path])", after: "\(after[keyPath: path])"))
        }
    }

    private static func describe(_ tally: Tally) -> String {
        "\(tally.for) for, \(tally.against) against, \(tally.abstentions) abstentions, \(tally.nonVoting) non-voting"
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
