import HemicycleAnalytics
import HemicycleModel

extension DeputyReport {
    /// A run of ballots on which the deputy is listed under one group, in JSON.
    public struct GroupSpan: Encodable, Sendable {
        public let groupID: String
        /// The group's short label, unique among the selection's groups (``AnalyticsSelection/groupLabel(_:)``).
        public let label: String
        /// The first and last days of the run (ISO dates).
        public let from: String
        public let to: String
        /// The ballots of the run.
        public let ballots: Int

    }

    /// A vote against the group's line, in JSON.
    public struct Rebellion: Encodable, Sendable {
        /// The ballot's uid, number, legislature and day.
        public let uid: String
        public let number: Int
        public let legislature: Int
        public let date: String
        /// The deputy's position (``HemicycleModel/VotePosition`` raw value).
        public let position: String
        public let groupID: String
        public let group: String
        /// The group's line the vote is compared with; empty when the group had none.
        public let groupPosition: String
        public let title: String

    }

    /// One legislature of a career.
    public struct LegislatureFigures: Encodable, Sendable {
        public let legislature: Int
        /// Ballots in scope while in office (including those listed non-voting).
        public let ballotsInOffice: Int
        public let participation: Rate
        public let loyalty: Rate
        public let rebellions: Int

        // The rates are written as ``RateJSON``; the keys' spelling is ``JSONKeyStyle``'s.
        private enum CodingKeys: CodingKey { case legislature, ballotsInOffice, participation, loyalty, rebellions }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(legislature, forKey: .legislature)
            try c.encode(ballotsInOffice, forKey: .ballotsInOffice)
            try c.encode(RateJSON(participation), forKey: .participation)
            try c.encode(RateJSON(loyalty), forKey: .loyalty)
            try c.encode(rebellions, forKey: .rebellions)
        }
    }

    /// The JSON of `hemicycle deputy` (and its CSV, one row).
    public struct Payload: NullKeepingEncodable, Sendable {
        public let deputyID: String
        public let name: String
        public let civility: String?
        /// ISO date.
        public let birthDate: String?
        public let profession: String?
        /// Each seat period's `start` and `end` (ISO dates; null: unknown or still in office).
        public let seatPeriods: [[String: String?]]
        public let groups: [GroupSpan]
        /// ``HemicycleAnalytics/BallotScope`` raw value.
        public let scope: String
        public let withCorrections: Bool
        public let ballotsInOffice: Int
        /// Votes by position: `for`, `against`, `abstentions`, `non_voting`.
        public let positions: [String: Int]
        public let participation: RateJSON
        public let inPerson: Int
        public let byProxy: Int
        public let proxyShare: RateJSON
        public let absences: Int
        public let loyalty: RateJSON
        public let rebellions: [Rebellion]
        /// Votes compared on ballots where the group's recounted line was a tie: in loyalty's
        /// denominator, neither agreeing nor rebellions.
        public let tiedVotes: Int
        /// The figures of each legislature of the selection where the deputy sat.
        public let legislatures: [LegislatureFigures]


    }

    /// The JSON of the report.
    public var payload: Payload {
        let positions = participation?.positions ?? Tally()
        return Payload(
            deputyID: person.uid, name: person.fullName, civility: person.civility, birthDate: person.birthDate?.description,
            profession: person.profession,
            seatPeriods: seats.map { ["start": $0.start?.description, "end": $0.end?.description] },
            groups: spans.map { GroupSpan(groupID: $0.group, label: selection.groupLabel($0.group), from: $0.from.description, to: $0.to.description, ballots: $0.ballots) },
            scope: scope.rawValue, withCorrections: selection.withCorrections, ballotsInOffice: ballotsInOffice,
            positions: ["for": positions.for, "against": positions.against, "abstentions": positions.abstentions, "non_voting": positions.nonVoting],
            participation: RateJSON(participationRate), inPerson: participation?.inPerson ?? 0, byProxy: participation?.byProxy ?? 0,
            proxyShare: RateJSON(proxyShare), absences: participation?.absences ?? 0,
            loyalty: RateJSON(loyalty?.loyalty ?? Rate(0, of: 0)), rebellions: rebellions, tiedVotes: loyalty?.tiedVotes ?? 0, legislatures: legislatures)
    }
}
