import HemicycleModel

/// Every standard table of a set of ballots, computed in one call: turnout, group cohesion,
/// participation, loyalty and the agreement matrix (the tables of the benchmark peers, with the
/// definitions of this module).
public struct AnalyticsTables: Hashable, Sendable, Codable {
    /// Turnout per ballot and its distributions.
    public var turnout: TurnoutSummary
    /// Cohesion of every group on every ballot.
    public var groupCohesion: [GroupBallotCohesion]
    /// Mean cohesion per group.
    public var cohesionSummary: [GroupCohesionSummary]
    /// Participation per deputy.
    public var participation: [DeputyParticipation]
    /// Loyalty and rebellions per deputy.
    public var loyalty: [DeputyLoyalty]
    /// Hix–Noury–Roland agreement between groups.
    public var agreement: AgreementMatrix

    /// Computes every table.
    ///
    /// - Parameters:
    ///   - matrix: the ballots.
    ///   - seatPeriods: seat periods by deputy id (see ``SeatPeriod/fromMandates(_:)``).
    ///   - scope: the ballots participation and loyalty are computed on.
    ///   - loyaltyExcludingGroups: groups not compared with a line (the non-attached).
    ///   - agreementExcludingGroups: groups left out of the agreement matrix.
    public init(
        matrix: VoteMatrix, seatPeriods: [String: [SeatPeriod]], scope: BallotScope = .allButCensure,
        loyaltyExcludingGroups: Set<String> = [], agreementExcludingGroups: Set<String> = []
    ) {
        turnout = TurnoutSummary(ballots: matrix.ballots)
        groupCohesion = matrix.groupCohesion()
        cohesionSummary = matrix.groupCohesionSummary()
        participation = matrix.participation(scope: scope, seatPeriods: seatPeriods)
        loyalty = matrix.loyalty(scope: scope, excludingGroups: loyaltyExcludingGroups)
        agreement = matrix.groupAgreement(excludingGroups: agreementExcludingGroups)
    }
}
