import HemicycleAnalytics
import HemicycleModel

extension TurnoutReport {
    /// A distribution of rates over ballots, in JSON (each figure in 0…1).
    public struct DistributionJSON: Encodable, Sendable {
        public let count: Int
        public let min: Double
        public let lowerQuartile: Double
        public let median: Double
        public let mean: Double
        public let upperQuartile: Double
        public let max: Double

        public init(_ d: Distribution) {
            count = d.count
            min = JSONNumber.round(d.min)
            lowerQuartile = JSONNumber.round(d.lowerQuartile)
            median = JSONNumber.round(d.median)
            mean = JSONNumber.round(d.mean)
            upperQuartile = JSONNumber.round(d.upperQuartile)
            max = JSONNumber.round(d.max)
        }

    }

    /// A low-turnout ballot, in JSON.
    public struct BallotJSON: NullKeepingEncodable, Sendable {
        public let uid: String
        public let number: Int
        public let date: String
        public let type: String
        public let result: String
        public let voters: Int
        public let seats: Int
        /// Voters / seats, in 0…1.
        public let turnout: Double
        /// Seats held on the ballot's day (``HemicycleAnalytics/SittingSeats``), a count of deputies.
        public let sitting: Int
        /// Voters / sitting deputies, in 0…1 (nil when no seat is held).
        public let turnoutOfSitting: Double?
        public let title: String


    }

    /// The fewest and most seats held on the days of the ballots, counts of deputies.
    public struct SittingRangeJSON: Encodable, Sendable {
        public let min: Int
        public let max: Int
    }

    /// The JSON of `hemicycle turnout`.
    public struct Payload: Encodable, Sendable {
        public let ballots: Int
        public let withCorrections: Bool
        public let overall: DistributionJSON?
        public let byType: [String: DistributionJSON]
        public let byMonth: [String: DistributionJSON]
        public let byResult: [String: DistributionJSON]
        /// The count of voters under which a ballot is counted in ``below``.
        public let belowThreshold: Int
        public let below: RateJSON
        public let lowestTurnoutAdopted: [BallotJSON]
        /// Distribution of voters / sitting deputies over the ballots.
        public let overallOfSitting: DistributionJSON?
        public let byTypeOfSitting: [String: DistributionJSON]
        public let sittingDeputies: SittingRangeJSON?
        public let sittingMethod: String

    }

    /// The JSON of the report.
    public var payload: Payload {
        Payload(
            ballots: summary.ballots.count, withCorrections: selection.withCorrections, overall: summary.overall.map(DistributionJSON.init),
            byType: Dictionary(summary.byType.map { ($0.key.keyword, DistributionJSON($0.value)) }, uniquingKeysWith: { a, _ in a }),
            byMonth: summary.byMonth.mapValues(DistributionJSON.init),
            byResult: Dictionary(summary.byResult.map { ($0.key.rawValue, DistributionJSON($0.value)) }, uniquingKeysWith: { a, _ in a }),
            belowThreshold: summary.lowTurnoutThreshold, below: RateJSON(summary.lowTurnoutBallots),
            lowestTurnoutAdopted: summary.lowestTurnoutAdopted.map {
                BallotJSON(uid: $0.ballotUID, number: $0.number, date: $0.date.description, type: $0.type.keyword,
                           result: $0.result.rawValue, voters: $0.voters, seats: $0.seats,
                           turnout: JSONNumber.round($0.rate.value ?? 0), sitting: sittingByBallot[$0.ballotUID]?.sitting ?? 0,
                           turnoutOfSitting: JSONNumber.round(sittingByBallot[$0.ballotUID]?.rate.value), title: titles[$0.ballotUID] ?? "")
            },
            overallOfSitting: sitting.overall.map(DistributionJSON.init),
            byTypeOfSitting: Dictionary(sitting.byType.map { ($0.key.keyword, DistributionJSON($0.value)) }, uniquingKeysWith: { a, _ in a }),
            sittingDeputies: sitting.sittingRange.map { SittingRangeJSON(min: $0.lowerBound, max: $0.upperBound) },
            sittingMethod: Self.sittingMethod)
    }
}
