import HemicycleModel

/// The words for a recorded key where the deputy is on no list: `absent`, or `not a deputy then`
/// for `not_in_office` (no seat that day); any other key as it is.
public func recordedLabel(_ key: String) -> String {
    key == "not_in_office" ? "not a deputy then" : key
}

/// ``recordedLabel(_:)`` in `language`: in French `pour`, `contre`, `abstention`, `non-votant`,
/// `absent`, `pas député à cette date`; an unknown key as it is.
public func recordedLabel(_ key: String, language: NumberFormatting.Language) -> String {
    guard language == .french else { return recordedLabel(key) }
    switch key {
    case "absent": return "absent"
    case "not_in_office": return "pas député à cette date"
    case "non_voting": return VotePosition.nonVoting.frenchLabel
    default: return VotePosition(rawValue: key)?.frenchLabel ?? key
    }
}

/// How a deputy is recorded on a ballot, in words and as a stable key: `for`, `against`,
/// `abstention`, `non_voting` (with the published cause), `absent` (in office, not listed), or
/// `not_in_office`.
public func recordedPosition(_ vote: Vote?, inOffice: Bool) -> (key: String, label: String) {
    guard let vote else {
        let key = inOffice ? "absent" : "not_in_office"
        return (key, recordedLabel(key))
    }
    var label = vote.position.label
    if vote.position == .nonVoting {
        if let cause = vote.cause { label += " (\(cause.label))" } else if let code = vote.causeCode { label += " (\(code))" }
    }
    if vote.byProxy { label += " (by proxy)" }
    return (vote.position.rawValue, label)
}
