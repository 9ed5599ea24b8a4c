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
        func compare<T: Equatable>(_ field: ChangedField, _ before: T, _ after: T, _ value: (T) -> FieldValue) {
            if before != after { changes.append(FieldChange(field: field, before: value(before), after: value(after))) }
        }
        let a = old.ballot, b = new.ballot
        compare(.date, a.date, b.date) { .date($0) }
        compare(.title, a.title, b.title) { .text($0) }
        compare(.result, a.result, b.result) { .result($0) }
        compare(.type, a.typeCode, b.typeCode) { .text($0) }
        compare(.voters, a.voters, b.voters) { .number($0) }
        compare(.expressed, a.expressed, b.expressed) { .number($0) }
        compare(.required, a.required, b.required) { .number($0) }
        compareTally(.official, a.official, b.official, into: &changes)

        let oldGroups = Dictionary(old.groups.map { ($0.groupRef, $0.tally) }, uniquingKeysWith: { first, _ in first })
        let newGroups = Dictionary(new.groups.map { ($0.groupRef, $0.tally) }, uniquingKeysWith: { first, _ in first })
        for group in orderedUnique(new.groups.map(\.groupRef) + old.groups.map(\.groupRef)) {
            switch (oldGroups[group], newGroups[group]) {
            case let (before?, after?): compareTally(.group(group), before, after, into: &changes)
            case let (before?, nil): changes.append(FieldChange(field: .groupListing(group: group), before: .tally(before), after: .notListed))
            case let (nil, after?): changes.append(FieldChange(field: .groupListing(group: group), before: .notListed, after: .tally(after)))
            case (nil, nil): break
            }
        }

        let oldVotes = Dictionary(old.votes.map { ($0.deputyRef, $0.position) }, uniquingKeysWith: { first, _ in first })
        let newVotes = Dictionary(new.votes.map { ($0.deputyRef, $0.position) }, uniquingKeysWith: { first, _ in first })
        let moved = newVotes.filter { deputy, position in oldVotes[deputy].map { $0 != position } ?? false }.count
        let added = newVotes.keys.filter { oldVotes[$0] == nil }.count
        let removed = oldVotes.keys.filter { newVotes[$0] == nil }.count
        if moved + added + removed > 0 {
            changes.append(FieldChange(field: .namedVotes, before: .listed(old.votes.count),
                                       after: .listedChanges(listed: new.votes.count, added: added, removed: removed, moved: moved)))
        }
        compare(.corrections, old.corrections.count, new.corrections.count) { .number($0) }
        return changes
    }

    private static func compareTally(_ scope: ChangedField.CountScope, _ before: Tally, _ after: Tally, into changes: inout [FieldChange]) {
        for count in ChangedField.TallyCount.allCases where count.value(in: before) != count.value(in: after) {
            changes.append(FieldChange(field: .count(scope, count), before: .number(count.value(in: before)), after: .number(count.value(in: after))))
        }
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
