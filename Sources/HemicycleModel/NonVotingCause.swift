/// Why a deputy is listed as non-voting (*cause de la position de vote*).
///
/// The Assemblée nationale gives a code only for non-voters (`causePositionVote`).
public enum NonVotingCause: String, Codable, Sendable, Hashable {
    /// `MG`: member of the government (a minister keeps their seat's entry but does not vote).
    case governmentMember = "MG"
    /// `PAN`: *Président de l'Assemblée nationale*.
    case presidentOfAssembly = "PAN"
    /// `PSE`: *président de séance*, the deputy chairing the sitting.
    case presidingSitting = "PSE"

    /// A short English explanation.
    public var label: String {
        switch self {
        case .governmentMember: return "member of the government"
        case .presidentOfAssembly: return "President of the Assembly"
        case .presidingSitting: return "presiding the sitting"
        }
    }

    /// Whether the deputy was in the chair (president of the Assembly or of the sitting).
    public var isPresiding: Bool { self != .governmentMember }
}
