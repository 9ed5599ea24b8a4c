import HemicycleModel

/// One political group (*groupe politique*) as a diagram draws it: its seats and how each of
/// its members is recorded on a ballot.
public struct HemicycleGroup: Sendable, Hashable {
    /// The short label (`RN`, `LFI-NFP`), written in `data-group` and in the legend.
    public var label: String
    /// The full name ("Rassemblement National"), shown on hover.
    public var name: String
    /// The group's colour as CSS (`#313567`), drawn as an arc outside its wedge; nil for grey.
    public var color: String?
    /// Each member's recorded position; nil is a member absent from the lists.
    public var positions: [VotePosition?]
    /// The seats the group occupies, a count of deputies: at least `positions.count`.
    public var seats: Int

    /// Creates a group from its members' positions.
    /// - Parameters:
    ///   - seats: the group's size; members beyond `positions.count` are drawn absent. When
    ///     nil, or smaller than `positions.count`, the number of positions is used.
    public init(label: String, name: String, color: String? = nil, seats: Int? = nil, positions: [VotePosition?]) {
        self.label = label
        self.name = name
        self.color = color
        self.positions = positions
        self.seats = max(seats ?? positions.count, positions.count)
    }

    /// Creates a group from its published counts: `tally.for` members for, then against,
    /// abstentions and non-voting, and the rest of `members` absent. If the counts add up to more
    /// than `members` (the lists and the group size can disagree), the group gets that many seats.
    public init(label: String, name: String, color: String? = nil, members: Int, tally: Tally) {
        var positions: [VotePosition?] = []
        for position in VotePosition.allCases {
            positions += Array(repeating: position, count: max(0, tally[position]))
        }
        self.init(label: label, name: name, color: color, seats: members, positions: positions)
    }

    /// One state per seat, sorted for, against, abstention, non-voting, absent, so that each
    /// position fills a contiguous part of the group's wedge.
    public var seatStates: [SeatState] {
        var states = positions.map(SeatState.init)
        states += Array(repeating: .absent, count: max(0, seats - positions.count))
        return states.sorted()
    }

    /// Seats per state.
    public var counts: [SeatState: Int] {
        seatStates.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// "RN — Rassemblement National: 12 for, 3 against, 0 abstentions, 0 non-voting, 108 absent".
    func summary(language: NumberFormatting.Language) -> String {
        let counts = counts
        let figures = SeatState.allCases.filter { $0 != .vacant }
            .map { $0.label(count: counts[$0] ?? 0, language: language) }
            .joined(separator: ", ")
        let head = name.isEmpty || name == label ? label : "\(label) — \(name)"
        let colon = language == .french ? NumberFormatting.narrowNoBreakSpace + ":" : ":"
        return "\(head)\(colon) \(figures)"
    }
}
