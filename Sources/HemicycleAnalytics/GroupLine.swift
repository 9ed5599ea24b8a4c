import HemicycleModel

/// Which line of a group loyalty, rebellions, ballots won, the what-if projections and the
/// ballot table compare with (`--group-line published|recounted`).
public enum GroupLineSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// The line recounted from the group's own counts (``GroupLine/recount(_:)``): the default.
    case recounted
    /// The Assemblée's published *positionMajoritaire*, kept for comparison. In the 17th
    /// legislature it disagrees with the group's own counts on about one group-ballot in thirty.
    case published
}

/// A political group's line on one ballot: the position most of its voting members took.
///
/// The rule is Datan's (its Methods: the group "voted for" when more of its members voted for
/// than against and than abstained) and the Assemblée's own for every ballot of the 16th
/// legislature:
/// - the line is the position — for, against or abstention — held by the most members in the
///   group's published counts (*decompteVoix*); members listed non-voting and absentees do not
///   count;
/// - a tie for first place goes to the first tied position in the order for, against,
///   abstention (``tieBreakOrder``): the Assemblée's published lines break all 713 ties of the
///   16th legislature that way, and Datan, which reads that field, inherits it;
/// - a group none of whose members voted has no line (Datan's `nv`); the Assemblée publishes
///   "for" there.
///
/// The published field is kept beside the recount (``GroupLineSource/published``) and is read
/// under the same "no voter, no line" rule, so that the two differ only where the file
/// contradicts its own counts.
///
/// Loyalty does not take the tie-break: where two positions share the highest count the group
/// had no majority, and no vote follows it (``LoyaltyReference/tie``, Datan's rule).
public enum GroupLine {
    /// The order in which a tie for first place is broken: for, then against, then abstention.
    public static let tieBreakOrder: [VotePosition] = [.for, .against, .abstention]

    /// The line recounted from a group's counts, or nil when none of its members voted.
    public static func recount(_ tally: Tally) -> VotePosition? {
        var line: VotePosition?
        var most = 0
        // Strictly more: an equal count later in the order does not take the line (the tie-break).
        for position in tieBreakOrder where tally[position] > most {
            line = position
            most = tally[position]
        }
        return line
    }

    /// Whether two or more positions share the highest count (a line decided by ``tieBreakOrder``).
    public static func isTie(_ tally: Tally) -> Bool {
        let counts = tieBreakOrder.map { tally[$0] }
        guard let most = counts.max(), most > 0 else { return false }
        return counts.count { $0 == most } > 1
    }

    /// The group's line read from `source`: nil when none of its members voted, and (for the
    /// published field) when the field is missing or "non-voting".
    public static func line(published: VotePosition?, tally: Tally, source: GroupLineSource) -> VotePosition? {
        guard tally.voters > 0 else { return nil }
        switch source {
        case .recounted: return recount(tally)
        case .published: return published.flatMap { $0.isVoter ? $0 : nil }
        }
    }

    /// What a member's vote is compared with for loyalty, read from `source`; nil when the group
    /// has no line (none of its members voted, or the published field is missing).
    ///
    /// Recounted, a tie for the highest count is ``LoyaltyReference/tie``: no vote agrees with
    /// it. That is Datan's rule, measured rather than read (its scripts could not be fetched): on
    /// the 17th legislature to 2025-12-26, loyalty computed so is within one point of Datan's
    /// published `scoreLoyaute` for 543 of 570 deputies (median gap 0.05 points), against 473
    /// when ties are broken for-first as the Assemblée does, 410 when tied ballots are left out,
    /// and at most 481 with any other tie-break order. The published field has no ties: it is
    /// one position.
    public static func loyaltyReference(published: VotePosition?, tally: Tally, source: GroupLineSource) -> LoyaltyReference? {
        guard let line = line(published: published, tally: tally, source: source) else { return nil }
        if source == .recounted, isTie(tally) { return .tie }
        return .line(line)
    }

    /// Whether the published field disagrees with the recount on a ballot where the group voted;
    /// nil when none of its members voted (there is then no line to compare).
    public static func publishedDiffers(published: VotePosition?, tally: Tally) -> Bool? {
        guard tally.voters > 0 else { return nil }
        return line(published: published, tally: tally, source: .published) != recount(tally)
    }
}

/// What a member's vote is compared with for loyalty (``GroupLine/loyaltyReference(published:tally:source:)``).
public enum LoyaltyReference: Hashable, Sendable {
    /// The group's line: a vote agrees when it equals it, and is a rebellion otherwise.
    case line(VotePosition)
    /// Two or more positions shared the highest count: the group had no majority, so no vote
    /// agrees with it, and none is a rebellion against it.
    case tie
}

extension GroupVote {
    /// The group's line on the ballot, read from `source` (see ``GroupLine``).
    public func line(_ source: GroupLineSource = .recounted) -> VotePosition? {
        GroupLine.line(published: majorityPosition, tally: tally, source: source)
    }
}

extension VoteMatrix.GroupEntry {
    /// The group's line on the ballot, read from `source` (see ``GroupLine``).
    public func line(_ source: GroupLineSource = .recounted) -> VotePosition? {
        GroupLine.line(published: majorityPosition, tally: tally, source: source)
    }
}
