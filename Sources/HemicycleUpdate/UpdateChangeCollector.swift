import HemicycleImport
import HemicycleModel
import HemicycleStore

/// Writes the records of the dumps an update imports, and notes what each write changed: the
/// new ballots, the republished ones with what differs from the stored copy (read before the
/// write replaces it), and the persons, groups, bodies and mandates added or changed.
struct UpdateChangeCollector {
    let transaction: ImportTransaction
    private(set) var newBallots: [BallotHeadline] = []
    private(set) var changedBallots: [BallotChange] = []
    private(set) var persons: [RecordHeadline] = []
    private(set) var groups: [RecordHeadline] = []
    private(set) var otherBodiesChanged = 0
    private(set) var mandatesChanged = 0

    init(transaction: ImportTransaction) {
        self.transaction = transaction
    }

    /// Writes one record, its source naming the dump's URL or file (not the temporary copy).
    mutating func write(_ record: ANRecord, location: String) throws {
        switch record {
        case .ballot(let ballot, var source):
            source.dump = location
            let replaced = try transaction.replacedBallot(uid: ballot.ballot.uid, entrySHA256: source.entrySHA256)
            switch try transaction.write(ballot, source: source) {
            case .added:
                newBallots.append(BallotHeadline(ballot.ballot))
            case .updated:
                let changes = replaced.map { BallotRecordComparison.changes(from: $0, to: ballot) } ?? []
                changedBallots.append(BallotChange(ballot: BallotHeadline(ballot.ballot), changes: changes))
            case .unchanged:
                break
            }
        case .deputy(let deputy, var source, let hash):
            source.dump = location
            let change = try transaction.write(deputy, source: source, contentHash: hash)
            if change != .unchanged { persons.append(RecordHeadline(uid: deputy.uid, name: deputy.fullName, added: change == .added)) }
        case .body(let body, var source, let hash):
            source.dump = location
            let change = try transaction.write(body, source: source, contentHash: hash)
            guard change != .unchanged else { return }
            if body.isPoliticalGroup {
                groups.append(RecordHeadline(uid: body.uid, name: body.label, added: change == .added))
            } else {
                otherBodiesChanged += 1
            }
        case .mandate(let mandate, var source, let hash):
            source.dump = location
            if try transaction.write(mandate, source: source, contentHash: hash) != .unchanged { mandatesChanged += 1 }
        }
    }

    /// Copies what was noted into a summary.
    func fill(_ summary: inout UpdateSummary) {
        summary.newBallots = newBallots.sorted { ($0.legislature, $0.number) < ($1.legislature, $1.number) }
        summary.changedBallots = changedBallots.sorted { ($0.ballot.legislature, $0.ballot.number) < ($1.ballot.legislature, $1.ballot.number) }
        summary.persons = persons
        summary.groups = groups
        summary.otherBodiesChanged = otherBodiesChanged
        summary.mandatesChanged = mandatesChanged
    }
}
