import HemicycleModel

/// A published count that the ballot's own file recounts otherwise, in one clause of English or
/// French: the words of `ballot` (its discrepancy line) and of `import` (the ballots it found so).
enum DiscrepancyWording {
    /// "group LFI-NUPES publishes 3 against but names 2 (−1)", "le groupe LFI-NUPES publie 3
    /// contre mais en nomme 2 (−1)"; `groupLabel` names a group by its published id.
    static func clause(_ d: BallotDiscrepancy, groupLabel: (String) -> String, language: NumberFormatting.Language) -> String {
        let n = { (value: Int) in NumberFormatting.integer(value, language: language) }
        let difference = (d.difference > 0 ? "+" : "−") + n(abs(d.difference))
        guard language == .french else { return d.description(groupLabel: groupLabel) + " (\(difference))" }
        let subject = d.groupRef.map { "le groupe \(groupLabel($0))" } ?? "le total"
        let what: String
        switch d.count {
        case .position(.for): what = "pour"
        case .position(.against): what = "contre"
        case .position(.abstention): what = d.published > 1 ? "abstentions" : "abstention"
        case .position(.nonVoting): what = d.published > 1 ? "non-votants" : "non-votant"
        case .voters: what = d.published > 1 ? "votants" : "votant"
        case .expressed: what = d.published > 1 ? "suffrages exprimés" : "suffrage exprimé"
        }
        let recount: String
        switch d.basis {
        case .names: recount = "mais en nomme \(n(d.recounted))"
        case .groups: recount = "mais les décomptes des groupes totalisent \(n(d.recounted))"
        case .positions: recount = "mais ses décomptes par position totalisent \(n(d.recounted))"
        }
        return "\(subject) publie \(n(d.published)) \(what) \(recount) (\(difference))"
    }
}
