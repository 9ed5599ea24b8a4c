import HemicycleModel

/// Which ballots a per-deputy figure is computed on.
public enum BallotScope: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every ballot except motions of censure (*motions de censure*), on which only votes for
    /// are recorded: absence and opposition cannot be told apart. Datan's "all votes" scope.
    case allButCensure = "all"
    /// Solemn ballots only (*scrutins publics solennels*, `SPS`): announced in advance, on whole
    /// texts. Datan's "solemn votes" scope.
    case solemn = "solemn"
    /// Every ballot, censure motions included.
    case everything = "everything"

    /// Whether a ballot is in scope, or the reason it is not.
    public func exclusionReason(for ballot: Ballot) -> ExclusionReason? {
        switch self {
        case .allButCensure: return ballot.type == .censureMotion ? .censureMotion : nil
        case .solemn: return ballot.type == .solemn ? nil : (ballot.type == .censureMotion ? .censureMotion : .outOfScope)
        case .everything: return nil
        }
    }

    /// Whether a ballot is in scope.
    public func contains(_ ballot: Ballot) -> Bool { exclusionReason(for: ballot) == nil }
}
