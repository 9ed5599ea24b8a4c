import HemicycleModel

/// What a seat shows in a diagram: a recorded position, absence, or an empty seat.
public enum SeatState: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Voted for (*pour*).
    case `for`
    /// Voted against (*contre*).
    case against
    /// Abstained (*abstention*).
    case abstention
    /// Listed as non-voting (*non-votant*).
    case nonVoting
    /// A member who is not on the lists (did not take part).
    case absent
    /// A seat with no member (vacancy), drawn when the groups hold fewer members than seats.
    case vacant

    /// The state of a member from their recorded position (nil = absent).
    public init(_ position: VotePosition?) {
        switch position {
        case .for: self = .for
        case .against: self = .against
        case .abstention: self = .abstention
        case .nonVoting: self = .nonVoting
        case nil: self = .absent
        }
    }

    /// The CSS class of the seat (`for`, `against`, `abstention`, `non-voting`, `absent`,
    /// `vacant`); diagrams write `class="seat <cssClass>"`.
    public var cssClass: String {
        switch self {
        case .for: return "for"
        case .against: return "against"
        case .abstention: return "abstention"
        case .nonVoting: return "non-voting"
        case .absent: return "absent"
        case .vacant: return "vacant"
        }
    }

    /// A label for a count of seats in this state (`86 for`, `2 abstentions`; `86 pour`,
    /// `2 abstentions`, `3 non-votants`).
    public func label(count: Int, language: NumberFormatting.Language) -> String {
        let n = NumberFormatting.integer(count, language: language)
        let plural = language == .french ? count > 1 : count != 1
        switch (self, language) {
        case (.for, .english): return "\(n) for"
        case (.against, .english): return "\(n) against"
        case (.abstention, .english): return "\(n) abstention" + (plural ? "s" : "")
        case (.nonVoting, .english): return "\(n) non-voting"
        case (.absent, .english): return "\(n) absent"
        case (.vacant, .english): return "\(n) vacant"
        case (.for, .french): return "\(n) pour"
        case (.against, .french): return "\(n) contre"
        case (.abstention, .french): return "\(n) abstention" + (plural ? "s" : "")
        case (.nonVoting, .french): return "\(n) non-votant" + (plural ? "s" : "")
        case (.absent, .french): return "\(n) absent" + (plural ? "s" : "")
        case (.vacant, .french): return "\(n) siège" + (plural ? "s" : "") + " vacant" + (plural ? "s" : "")
        }
    }

    /// The legend's name for the state (`For`, `Pour`…).
    public func title(language: NumberFormatting.Language) -> String {
        switch (self, language) {
        case (.for, .english): return "For"
        case (.against, .english): return "Against"
        case (.abstention, .english): return "Abstention"
        case (.nonVoting, .english): return "Non-voting"
        case (.absent, .english): return "Absent"
        case (.vacant, .english): return "Vacant"
        case (.for, .french): return "Pour"
        case (.against, .french): return "Contre"
        case (.abstention, .french): return "Abstention"
        case (.nonVoting, .french): return "Non-votant"
        case (.absent, .french): return "Absent"
        case (.vacant, .french): return "Vacant"
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: SeatState, rhs: SeatState) -> Bool { lhs.order < rhs.order }
}
