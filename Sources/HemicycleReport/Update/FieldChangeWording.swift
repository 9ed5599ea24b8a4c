import HemicycleModel

/// The words of a republished ballot's change (``HemicycleModel/FieldChange``) in `update`'s
/// report: `official for 86 → 87` in English (the JSON's words), `total officiel pour 86 → 87` in
/// French.
public enum FieldChangeWording {
    /// One change: the field, its value before, an arrow, its value after.
    public static func line(_ change: FieldChange, language: NumberFormatting.Language) -> String {
        "\(field(change.field, language)) \(value(change.before, language)) → \(value(change.after, language))"
    }

    /// The field's name.
    public static func field(_ field: ChangedField, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return field.description }
        switch field {
        case .date: return "date"
        case .title: return "titre"
        case .result: return "résultat"
        case .type: return "type"
        case .voters: return "votants"
        case .expressed: return "exprimés"
        case .required: return "majorité requise"
        case .count(.official, let count): return "total officiel \(french(count))"
        case .count(.group(let group), let count): return "groupe \(group) \(french(count))"
        case .groupListing(let group): return "groupe \(group)"
        case .namedVotes: return "votes nominatifs"
        case .corrections: return "mises au point"
        }
    }

    /// A value, numbers in the language's digits grouping.
    public static func value(_ value: FieldValue, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return value.description }
        let count = { (n: Int) in NumberFormatting.integer(n, language: .french) }
        let colon = NumberFormatting.narrowNoBreakSpace + ":"
        // French counts 0 and 1 in the singular.
        let s = { (n: Int) in n > 1 ? "s" : "" }
        switch value {
        case .text(let text): return text
        case .number(let number): return count(number)
        case .date(let date): return date.description
        case .result(let result): return LegislationLabels.result(result, .french)
        case .tally(let t):
            return "\(count(t.for)) pour, \(count(t.against)) contre, \(count(t.abstentions)) abstention\(s(t.abstentions)), \(count(t.nonVoting)) non-votant\(s(t.nonVoting))"
        case .notListed: return "absent de la liste"
        case .listed(let n): return "\(count(n)) nommé\(s(n))"
        case .listedChanges(let listed, let added, let removed, let moved):
            return "\(count(listed)) nommé\(s(listed))\(colon) \(count(added)) ajouté\(s(added)), \(count(removed)) retiré\(s(removed)), \(count(moved)) de position changée"
        }
    }

    /// A count of a tally in French.
    private static func french(_ count: ChangedField.TallyCount) -> String {
        switch count {
        case .for: "pour"
        case .against: "contre"
        case .abstentions: "abstentions"
        case .nonVoting: "non-votants"
        case .voluntaryNonVoting: "non-votants volontaires"
        }
    }
}
