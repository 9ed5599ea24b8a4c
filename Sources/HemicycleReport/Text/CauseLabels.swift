import HemicycleModel

/// Why a deputy is listed non-voting, in words, in either language (the one place both the
/// ballot report and the representatives report take them from).
public enum CauseLabels {
    /// `member of the government` / `membre du gouvernement`, `President of the Assembly` /
    /// `présidence de l’Assemblée`, `presiding the sitting` / `présidence de séance`.
    public static func label(_ cause: NonVotingCause, _ language: NumberFormatting.Language) -> String {
        guard language == .french else { return cause.label }
        switch cause {
        case .governmentMember: return "membre du gouvernement"
        case .presidentOfAssembly: return "présidence de l’Assemblée"
        case .presidingSitting: return "présidence de séance"
        }
    }
}
