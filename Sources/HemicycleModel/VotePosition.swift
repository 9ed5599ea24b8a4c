/// How a deputy is recorded on a ballot.
///
/// The Assemblée nationale lists each voter under *pours* (for), *contres* (against),
/// *abstentions*, or *nonVotants* (non-voting: present or listed but not taking part, such as the
/// presiding officer or a member of the government). Deputies who are not listed at all are
/// *absent*; that is not a position of the record and is modelled by the absence of a ``Vote``.
public enum VotePosition: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    /// *Pour*: voted in favour.
    case `for` = "for"
    /// *Contre*: voted against.
    case against = "against"
    /// *Abstention*: took part and abstained (counted among voters, not among votes cast).
    case abstention = "abstention"
    /// *Non-votant*: listed as not voting (presiding officer, government member, or a voluntary
    /// non-voter). Not counted among voters.
    case nonVoting = "non_voting"

    /// Whether this position counts among the *votants* (voters): for, against or abstention.
    public var isVoter: Bool { self != .nonVoting }

    /// Whether this position is a vote cast (*suffrage exprimé*): for or against.
    public var isExpressed: Bool { self == .for || self == .against }

    /// Parses the French words used by the Assemblée nationale (`pour`, `contre`,
    /// `abstention(s)`, `nonVotant(s)`), case-insensitively.
    public init?(french word: String) {
        switch word.lowercased() {
        case "pour", "pours": self = .for
        case "contre", "contres": self = .against
        case "abstention", "abstentions": self = .abstention
        case "nonvotant", "nonvotants", "non votant", "non-votant", "nonvotantsvolontaires", "nonvotantvolontaire": self = .nonVoting
        default: return nil
        }
    }

    /// A short English label (`for`, `against`, `abstention`, `non-voting`).
    public var label: String {
        switch self {
        case .for: return "for"
        case .against: return "against"
        case .abstention: return "abstention"
        case .nonVoting: return "non-voting"
        }
    }

    /// The French label used by the Assemblée (`pour`, `contre`, `abstention`, `non-votant`).
    public var frenchLabel: String {
        switch self {
        case .for: return "pour"
        case .against: return "contre"
        case .abstention: return "abstention"
        case .nonVoting: return "non-votant"
        }
    }

    private var order: Int {
        switch self {
        case .for: return 0
        case .against: return 1
        case .abstention: return 2
        case .nonVoting: return 3
        }
    }

    public static func < (lhs: VotePosition, rhs: VotePosition) -> Bool { lhs.order < rhs.order }
}
