import HemicycleAnalytics
import HemicycleModel

/// One deputy's record over a selection of ballots (`hemicycle deputy`, a deputy's page): identity,
/// groups over time, participation in person and by proxy, loyalty to the group's line and each
/// rebellion, overall and legislature by legislature.
///
/// The figures are ``HemicycleAnalytics``' (participation, loyalty); the report gathers them for
/// one person and words them, in English or French.
public struct DeputyReport: Sendable {
    /// The deputy.
    public let person: Deputy
    /// The ballots the figures are over.
    public let selection: AnalyticsSelection
    /// The ballots of the per-deputy figures.
    public let scope: BallotScope
    /// The group line loyalty and rebellions compare with.
    public let groupLine: GroupLineSource
    /// Whether the document shows the counts beside every rate, and the other line where it differs.
    public let explain: Bool

    /// The deputy's participation over the selection (nil: never listed nor in office).
    public let participation: DeputyParticipation?
    /// The deputy's loyalty on ``groupLine`` (nil: never compared).
    public let loyalty: DeputyLoyalty?
    /// With ``explain``, the loyalty on the other line.
    public let otherLoyalty: DeputyLoyalty?
    /// Runs of the group the ballots list the deputy under, in ballot order.
    public let spans: [(group: String, from: CalendarDate, to: CalendarDate, ballots: Int)]
    /// The votes against the group's line, in ballot order.
    public let rebellions: [Rebellion]
    /// The ballots of ``rebellions``, in the same order.
    public let rebellionBallots: [Ballot]
    /// With ``explain``: the other line on each rebellion's ballot, by uid.
    public let otherLines: [String: VotePosition?]
    /// The figures legislature by legislature, where the deputy held a seat or was listed.
    public let legislatures: [LegislatureFigures]
    /// The deputy's seat periods, oldest first.
    public let seats: [SeatPeriod]

    /// Computes the deputy's figures over `selection`.
    public init(person: Deputy, selection: AnalyticsSelection, scope: BallotScope, groupLine: GroupLineSource, explain: Bool) {
        self.person = person
        self.selection = selection
        self.scope = scope
        self.groupLine = groupLine
        self.explain = explain
        let matrix = selection.matrix
        let id = person.uid
        participation = matrix.participation(scope: scope, seatPeriods: selection.seatPeriods).first { $0.deputyID == id }
        loyalty = matrix.loyalty(scope: scope, excludingGroups: selection.loyaltyExcluded, groupLine: groupLine).first { $0.deputyID == id }
        otherLoyalty = explain
            ? matrix.loyalty(scope: scope, excludingGroups: selection.loyaltyExcluded, groupLine: groupLine.other).first { $0.deputyID == id }
            : nil

        var spans: [(group: String, from: CalendarDate, to: CalendarDate, ballots: Int)] = []
        var ownVote: [Int: Int] = [:]  // ballot index → entry index, for the rebellions
        if let d = matrix.deputy(id) {
            for b in matrix.ballots.indices {
                for i in matrix.voteRanges[b] where matrix.entries[i].deputy == d {
                    ownVote[b] = i
                    let group = matrix.groupIDs[Int(matrix.entries[i].group)]
                    let day = matrix.ballots[b].date
                    if let last = spans.last, last.group == group {
                        spans[spans.count - 1].to = day
                        spans[spans.count - 1].ballots += 1
                    } else {
                        spans.append((group, day, day, 1))
                    }
                }
            }
        }
        self.spans = spans
        let ballotIndex = Dictionary(matrix.ballots.enumerated().map { ($1.uid, $0) }, uniquingKeysWith: { a, _ in a })
        var otherLines: [String: VotePosition?] = [:]
        var rebellionBallots: [Ballot] = []
        rebellions = (loyalty?.rebellions ?? []).compactMap { uid in
            guard let b = ballotIndex[uid], let i = ownVote[b] else { return nil }
            let entry = matrix.entries[i]
            let groupEntry = matrix.groupEntries[matrix.groupRanges[b]].first { $0.group == entry.group }
            let line = groupEntry?.line(groupLine)
            otherLines[uid] = groupEntry?.line(groupLine.other)
            let ballot = matrix.ballots[b]
            rebellionBallots.append(ballot)
            let groupID = matrix.groupIDs[Int(entry.group)]
            return Rebellion(uid: uid, number: ballot.number, legislature: ballot.legislature, date: ballot.date.description, position: entry.position.rawValue,
                             groupID: groupID, group: selection.groupLabel(groupID), groupPosition: line?.rawValue ?? "", title: ballot.title)
        }
        self.otherLines = otherLines
        self.rebellionBallots = rebellionBallots
        legislatures = matrix.legislatures.compactMap { leg in
            let part = matrix.selecting { $0.legislature == leg }
            guard let p = part.participation(scope: scope, seatPeriods: selection.seatPeriods).first(where: { $0.deputyID == id }) else { return nil }
            let l = part.loyalty(scope: scope, excludingGroups: selection.loyaltyExcluded, groupLine: groupLine).first { $0.deputyID == id }
            let inOffice = p.participation.denominator + Self.listedNonVoting(p.participation)
            guard inOffice > 0 || p.positions.voters + p.positions.nonVoting > 0 else { return nil }
            return LegislatureFigures(legislature: leg, ballotsInOffice: inOffice, participation: p.participation,
                                      loyalty: l?.loyalty ?? Rate(0, of: 0), rebellions: l?.rebellions.count ?? 0)
        }
        seats = (selection.seatPeriods[id] ?? []).sorted { ($0.start?.description ?? "") < ($1.start?.description ?? "") }
    }

    /// Ballots of a participation rate on which the deputy was listed non-voting (presiding,
    /// government, other): in office, but left out of the rate.
    public static func listedNonVoting(_ participation: Rate) -> Int {
        participation.excluded(.presiding) + participation.excluded(.governmentMember) + participation.excluded(.otherNonVoting)
    }

    /// The participation rate (0 of 0 when never in office).
    public var participationRate: Rate { participation?.participation ?? Rate(0, of: 0) }
    /// The share of votes cast by proxy.
    public var proxyShare: Rate { participation?.proxyShare ?? Rate(0, of: 0) }
    /// Ballots in scope while in office, including those listed non-voting.
    public var ballotsInOffice: Int { participationRate.denominator + Self.listedNonVoting(participationRate) }
}
