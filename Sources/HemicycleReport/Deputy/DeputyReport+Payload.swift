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

        enum CodingKeys: String, CodingKey {
            case groupID = "group_id", label, from, to, ballots
        }
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

        enum CodingKeys: String, CodingKey {
            case uid, number, legislature, date, position, group, title
            case groupID = "group_id", groupPosition = "group_position"
        }
    }

    /// One legislature of a career.
    public struct LegislatureFigures: Encodable, Sendable {
        public let legislature: Int
        /// Ballots in scope while in office (including those listed non-voting).
        public let ballotsInOffice: Int
        public let participation: Rate
        public let loyalty: Rate
        public let rebellions: Int

        enum CodingKeys: String, CodingKey {
            case legislature, participation, loyalty, rebellions
            case ballotsInOffice = "ballots_in_office"
        }

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
    public struct Payload: Encodable, Sendable {
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

        enum CodingKeys: String, CodingKey {
            case name, civility, profession, groups, scope, positions, participation, absences, loyalty, rebellions, legislatures
            case deputyID = "deputy_id", birthDate = "birth_date", seatPeriods = "seat_periods"
            case withCorrections = "with_corrections", ballotsInOffice = "ballots_in_office", inPerson = "in_person"
            case byProxy = "by_proxy", proxyShare = "proxy_share", tiedVotes = "tied_votes"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(deputyID, forKey: .deputyID)
            try c.encode(name, forKey: .name)
            try c.encode(civility, forKey: .civility)
            try c.encode(birthDate, forKey: .birthDate)
            try c.encode(profession, forKey: .profession)
            try c.encode(seatPeriods, forKey: .seatPeriods)
            try c.encode(groups, forKey: .groups)
            try c.encode(scope, forKey: .scope)
            try c.encode(withCorrections, forKey: .withCorrections)
            try c.encode(ballotsInOffice, forKey: .ballotsInOffice)
            try c.encode(positions, forKey: .positions)
            try c.encode(participation, forKey: .participation)
            try c.encode(inPerson, forKey: .inPerson)
            try c.encode(byProxy, forKey: .byProxy)
            try c.encode(proxyShare, forKey: .proxyShare)
            try c.encode(absences, forKey: .absences)
            try c.encode(loyalty, forKey: .loyalty)
            try c.encode(rebellions, forKey: .rebellions)
            try c.encode(tiedVotes, forKey: .tiedVotes)
            try c.encode(legislatures, forKey: .legislatures)
        }
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
