import HemicycleImport
import HemicycleIngest
import HemicycleModel
import HemicycleStore

/// Notes what each write of an update's import changed (it watches ``ImportPipeline``'s writes):
/// the new ballots, the republished ones with what differs from the stored copy (read before the
/// write replaces it), and the persons, groups, bodies and mandates added or changed.
final class UpdateChangeCollector: ImportObserver {
    private(set) var newBallots: [BallotHeadline] = []
    private(set) var changedBallots: [BallotChange] = []
    private(set) var persons: [RecordHeadline] = []
    private(set) var groups: [RecordHeadline] = []
    private(set) var otherBodiesChanged = 0
    private(set) var mandatesChanged = 0
    /// The stored copy the ballot about to be written replaces (nil when new or the same).
    private var replaced: BallotRecord?

    func willWrite(_ record: ANRecord, in transaction: ImportTransaction) throws {
        guard case .ballot(let ballot, let source) = record else { return }
        replaced = try transaction.replacedBallot(uid: ballot.ballot.uid, entrySHA256: source.entrySHA256)
    }

    func didWrite(_ record: ANRecord, change: RecordChange) {
        guard change != .unchanged else { return }
        switch record {
        case .ballot(let ballot, _):
            if change == .added {
                newBallots.append(BallotHeadline(ballot.ballot))
            } else {
                let changes = replaced.map { BallotRecordComparison.changes(from: $0, to: ballot) } ?? []
                changedBallots.append(BallotChange(ballot: BallotHeadline(ballot.ballot), changes: changes))
            }
        case .deputy(let deputy, _, _):
            persons.append(RecordHeadline(uid: deputy.uid, name: deputy.fullName, added: change == .added))
        case .body(let body, _, _):
            if body.isPoliticalGroup {
                groups.append(RecordHeadline(uid: body.uid, name: body.label, added: change == .added))
            } else {
                otherBodiesChanged += 1
            }
        case .mandate:
            mandatesChanged += 1
        }
    }

    /// Copies what was noted into a summary, with the import's account of records and links
    /// (`records`, counted once everything is written and linked).
    func fill(_ summary: inout UpdateSummary, records: ImportedRecords) {
        summary.newBallots = newBallots.sorted { ($0.legislature, $0.number) < ($1.legislature, $1.number) }
        summary.changedBallots = changedBallots.sorted { ($0.ballot.legislature, $0.ballot.number) < ($1.ballot.legislature, $1.ballot.number) }
        summary.persons = persons
        summary.groups = groups
        summary.otherBodiesChanged = otherBodiesChanged
        summary.mandatesChanged = mandatesChanged
        summary.imported = records
    }
}
