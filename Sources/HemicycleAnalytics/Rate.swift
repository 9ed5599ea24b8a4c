/// A proportion with everything needed to judge it: the counts it is made of, what was left out
/// and why, and a 95 % confidence interval.
///
/// Every rate Hemicycle prints (participation, loyalty, turnout share, score…) is a `Rate`, so
/// that a reader can always see *n* and the exclusions behind a percentage.
public struct Rate: Hashable, Sendable, Codable {
    /// The count of successes (deputies, votes, ballots…). A `Double` because a scorecard may
    /// count half points; for every other rate it is a whole number.
    public var numerator: Double
    /// The count of trials, after exclusions.
    public var denominator: Int
    /// What was left out of the denominator, by reason (only reasons with a non-zero count).
    public var exclusions: [Exclusion]

    /// Fewer trials than this make a rate flagged ``isBelowMinimumSample``: 30 is the usual rule
    /// of thumb below which the normal approximation is poor and a percentage is anecdotal.
    public static let minimumSample = 30

    /// The z value of a two-sided 95 % interval (the 0.975 quantile of the standard normal).
    public static let z95 = 1.959963984540054

    /// Creates a rate; exclusions with a zero count are dropped.
    public init(numerator: Double, denominator: Int, exclusions: [Exclusion] = []) {
        self.numerator = numerator
        self.denominator = denominator
        self.exclusions = exclusions.filter { $0.count > 0 }
    }

    /// Creates a rate from whole counts.
    public init(_ numerator: Int, of denominator: Int, exclusions: [Exclusion] = []) {
        self.init(numerator: Double(numerator), denominator: denominator, exclusions: exclusions)
    }

    /// The proportion, in 0…1, or nil when the denominator is 0.
    public var value: Double? {
        denominator > 0 ? numerator / Double(denominator) : nil
    }

    /// Whether the denominator is below ``minimumSample`` (30).
    public var isBelowMinimumSample: Bool { denominator < Rate.minimumSample }

    /// The total count of exclusions, all reasons together.
    public var excludedCount: Int { exclusions.reduce(0) { $0 + $1.count } }

    /// The count excluded for one reason (0 if none).
    public func excluded(_ reason: ExclusionReason) -> Int {
        exclusions.first { $0.reason == reason }?.count ?? 0
    }

    /// The Wilson score interval at 95 % (Wilson 1927), in 0…1, or nil when the denominator is 0.
    ///
    /// Unlike the normal ("Wald") interval it stays inside 0…1 and behaves for rates near 0 or 1
    /// and for small samples.
    public var wilsonInterval: ClosedRange<Double>? {
        guard denominator > 0 else { return nil }
        let n = Double(denominator)
        let p = min(max(numerator / n, 0), 1)
        let z = Rate.z95, z2 = z * z
        let denominatorTerm = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominatorTerm
        let halfWidth = z / denominatorTerm * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        // At p = 0 or 1 one bound is exactly 0 or 1 in theory; set it so rounding cannot leave
        // the observed value outside its own interval.
        let lower = p == 0 ? 0 : max(0, center - halfWidth)
        let upper = p == 1 ? 1 : min(1, center + halfWidth)
        return lower...upper
    }
}

/// A count of items left out of a rate's denominator, with the reason.
public struct Exclusion: Hashable, Sendable, Codable {
    /// Why the items were left out.
    public var reason: ExclusionReason
    /// How many were left out (ballots, votes…; the unit of the rate's denominator).
    public var count: Int

    /// `count` items left out for `reason`.
    public init(reason: ExclusionReason, count: Int) {
        self.reason = reason
        self.count = count
    }
}

/// Why a ballot or a vote is left out of a rate.
public enum ExclusionReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The deputy did not hold a seat on the day of the ballot.
    case notInOffice = "not_in_office"
    /// The deputy was in the chair (*président de séance* or President of the Assemblée).
    case presiding = "presiding"
    /// The deputy was a member of the government, listed as non-voting.
    case governmentMember = "government_member"
    /// The deputy was listed non-voting for another or no published reason.
    case otherNonVoting = "other_non_voting"
    /// The ballot is a motion of censure (*motion de censure*), on which only votes for are
    /// recorded, so absence cannot be told from a vote against.
    case censureMotion = "censure_motion"
    /// The ballot is outside the chosen scope (e.g. not a solemn ballot when the scope is solemn).
    case outOfScope = "out_of_scope"
    /// The deputy's group had no line (``GroupLine``): none of its members voted, or (reading
    /// the published field) the field was missing or "non-voting".
    case noGroupMajority = "no_group_majority"
    /// The deputy's group is excluded from the computation (e.g. the non-attached, *non-inscrits*).
    case excludedGroup = "excluded_group"
    /// The deputy did not vote (absent, or listed non-voting) and the policy ignores absences.
    case absent = "absent"

    /// A short English explanation.
    public var label: String {
        switch self {
        case .notInOffice: return "not in office"
        case .presiding: return "presiding the sitting"
        case .governmentMember: return "member of the government"
        case .otherNonVoting: return "listed non-voting (other reason)"
        case .censureMotion: return "motion of censure"
        case .outOfScope: return "out of scope"
        case .noGroupMajority: return "group had no line"
        case .excludedGroup: return "group excluded"
        case .absent: return "absent"
        }
    }
}

/// Counts exclusions by reason as they are met, then hands them to a ``Rate``.
///
/// The counts live inline, not in a heap array: the analytics make and reset one counter per
/// group and ballot (46,000 in a legislature), which allocated as often.
struct ExclusionCounter: Sendable {
    /// One count per ``ExclusionReason``, at ``index(_:)``.
    private var counts = InlineArray<9, Int>(repeating: 0)

    mutating func add(_ reason: ExclusionReason, _ count: Int = 1) {
        counts[Self.index(reason)] += count
    }

    subscript(reason: ExclusionReason) -> Int { counts[Self.index(reason)] }

    var exclusions: [Exclusion] {
        ExclusionReason.allCases.compactMap { reason in
            let count = counts[Self.index(reason)]
            return count > 0 ? Exclusion(reason: reason, count: count) : nil
        }
    }

    private static func index(_ reason: ExclusionReason) -> Int {
        switch reason {
        case .notInOffice: return 0
        case .presiding: return 1
        case .governmentMember: return 2
        case .otherNonVoting: return 3
        case .censureMotion: return 4
        case .outOfScope: return 5
        case .noGroupMajority: return 6
        case .excludedGroup: return 7
        case .absent: return 8
        }
    }
}
