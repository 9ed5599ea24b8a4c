/// The kind of a public ballot (*type de scrutin*), from `typeVote.codeTypeVote`.
public enum BallotType: String, Codable, Sendable, Hashable, CaseIterable {
    /// `SPO`: *scrutin public ordinaire*, an ordinary public ballot (amendments, articles…).
    case ordinary = "SPO"
    /// `SPS`: *scrutin public solennel*, a solemn ballot on a whole text, announced in advance.
    case solemn = "SPS"
    /// `MOC`: *motion de censure*, a no-confidence motion; only votes *for* are recorded.
    case censureMotion = "MOC"
    /// Any other code the Assemblée may publish; the raw code is kept in ``Ballot/typeCode``.
    case other = "other"

    /// Creates the type from an Assemblée code; unknown codes map to ``other``.
    public init(code: String) {
        self = BallotType(rawValue: code.uppercased()) ?? .other
    }

    /// A user-facing English label.
    public var label: String {
        switch self {
        case .ordinary: return "ordinary"
        case .solemn: return "solemn"
        case .censureMotion: return "motion of censure"
        case .other: return "other"
        }
    }

    /// The short word a user types on the command line (`ordinary`, `solemn`, `censure`).
    public var keyword: String {
        switch self {
        case .ordinary: return "ordinary"
        case .solemn: return "solemn"
        case .censureMotion: return "censure"
        case .other: return "other"
        }
    }

    /// Accepts a keyword, a label or an Assemblée code (`SPO`, `solemn`, `censure`…).
    public init?(keyword: String) {
        switch keyword.lowercased() {
        case "spo", "ordinary", "ordinaire": self = .ordinary
        case "sps", "solemn", "solennel": self = .solemn
        case "moc", "censure", "motion", "motion of censure": self = .censureMotion
        case "other": self = .other
        default: return nil
        }
    }
}
