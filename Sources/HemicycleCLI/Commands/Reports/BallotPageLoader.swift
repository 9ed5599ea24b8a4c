import HemicycleReport
import HemicycleStore

/// Reads one ballot (*scrutin*) from the store as the input of its page and card, the same
/// way `hemicycle ballot` builds its report.
enum BallotPageLoader {
    static func input(_ ballot: BallotReferenceOptions, database: HemicycleDatabase) throws -> BallotPageInput {
        let stored = try ballot.stored(in: database)
        return BallotReport(record: stored.record, groups: stored.groups, deputies: stored.deputies, source: stored.source).pageInput
    }
}
