import HemicycleModel

/// The words of the legislation documents (dossier, amendment, ballot context, fate line) in
/// either language: one place, so that every face says "adoptée" or "rejected" the same way.
/// JSON and CSV keep their stable English keys; these are for the readable formats only.
public enum LegislationLabels {
    /// A ballot's result: `adopted` / `adopté`, `rejected` / `rejeté` (*le scrutin est masculin*).
    public static func result(_ result: BallotResult, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return result.rawValue }
        switch result {
        case .adopted: return "adopté"
        case .rejected: return "rejeté"
        case .other: return "autre"
        }
    }

    /// An amendment's fate from its stable key (`adopted`, `not_moved`…), as a reader says it:
    /// English words (`not moved`), or the Assemblée's own (`non soutenu`, `tombé`, `irrecevable`).
    /// A key this library does not know is shown as stored.
    public static func fate(key: String, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return key.replacingOccurrences(of: "_", with: " ") }
        switch key {
        case "adopted": return "adopté"
        case "rejected": return "rejeté"
        case "fell": return "tombé"
        case "withdrawn": return "retiré"
        case "not_moved": return "non soutenu"
        case "inadmissible": return "irrecevable"
        case "not_examined": return "non examiné"
        case "other": return "autre"
        default: return key.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// An amendment's fate as a reader says it (`adopted` / `adopté`; an unknown label verbatim).
    public static func fate(_ fate: AmendmentFate, _ language: NumberFormatting.Language) -> String {
        if case .other(let label) = fate { return label }
        return language == .french ? self.fate(key: StoredAmendment.fateKey(fate), .french) : fate.description
    }

    /// The fates this library knows, to read back an English description.
    private static let knownFates: [AmendmentFate] = [.adopted, .rejected, .fell, .withdrawn, .notMoved, .inadmissible, .notExamined]

    /// An outcome given as an English description (``AmendmentFate/description``, or a ballot's
    /// result) in `language`; any other text (the Assemblée's own label) is kept as it is.
    public static func fate(description: String, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return description }
        if let fate = knownFates.first(where: { $0.description == description }) { return self.fate(fate, .french) }
        return description
    }
}
