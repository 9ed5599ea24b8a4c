import Foundation

/// What one `hemicycle update` did: the dumps it fetched and what their import changed, said
/// record by record. Every line comes from the dumps and the store as they stood before the import.
public struct UpdateSummary: Sendable, Hashable, Codable {
    /// The repository base or folder the dumps came from.
    public var source: String
    /// When the update started and ended.
    public var startedAt: Date
    public var finishedAt: Date
    /// Whether the changes were rolled back on purpose (`--dry-run`): the summary says what an
    /// update would change.
    public var dryRun: Bool
    /// Each dump asked for, in the order fetched.
    public var dumps: [FetchedDump]
    /// Ballots the store did not hold, by legislature and number.
    public var newBallots: [BallotHeadline]
    /// Ballots the store held with another published entry, and what differs.
    public var changedBallots: [BallotChange]
    /// Persons added or whose record changed.
    public var persons: [RecordHeadline]
    /// Political groups added or whose record changed.
    public var groups: [RecordHeadline]
    /// Other bodies and mandates added or changed (counts only).
    public var otherBodiesChanged: Int
    public var mandatesChanged: Int
    /// What the import read and wrote, kind by kind, and the ballot links it left (nil when
    /// nothing was imported: every dump not modified).
    public var imported: ImportedRecords?
    /// Legislative files, documents and amendments added or changed (nil when no legislation
    /// dump was imported: not asked for, or not modified); from ``imported``.
    public var legislation: LegislationChanges? {
        guard let records = imported, records.records.contains(where: { [.dossiers, .documents, .amendments].contains($0.kind) }) else { return nil }
        return LegislationChanges(records)
    }
    /// For each saved watch, the new ballots it matches (empty on a dry run: nothing was stored
    /// to match against).
    public var watchMatches: [WatchMatch] = []

    public init(source: String, startedAt: Date, finishedAt: Date, dryRun: Bool, dumps: [FetchedDump],
                newBallots: [BallotHeadline] = [], changedBallots: [BallotChange] = [], persons: [RecordHeadline] = [],
                groups: [RecordHeadline] = [], otherBodiesChanged: Int = 0, mandatesChanged: Int = 0) {
        self.source = source
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.dryRun = dryRun
        self.dumps = dumps
        self.newBallots = newBallots
        self.changedBallots = changedBallots
        self.persons = persons
        self.groups = groups
        self.otherBodiesChanged = otherBodiesChanged
        self.mandatesChanged = mandatesChanged
    }

    /// Whether the update changed (or, dry, would change) any record.
    public var changedAnything: Bool {
        !newBallots.isEmpty || !changedBallots.isEmpty || !persons.isEmpty || !groups.isEmpty
            || otherBodiesChanged > 0 || mandatesChanged > 0 || (imported?.changedAnything ?? false)
    }
}

/// One dump as `update` found it.
public struct FetchedDump: Sendable, Hashable, Codable {
    /// What the fetch found.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The server answered 304 Not Modified (or the folder's file has the same SHA-256 as last
        /// time): the body was not downloaded.
        case notModified = "not-modified"
        /// Downloaded, but the same bytes (SHA-256) as the dump last imported: not imported again.
        case sameContent = "same-content"
        /// Downloaded, checked and imported.
        case imported
    }

    public var legislature: Int
    public var kind: DumpKind
    /// The URL or file it came from.
    public var location: String
    public var status: Status
    /// SHA-256 of the dump's bytes, hexadecimal (of the copy last imported when not downloaded).
    public var sha256: String?
    /// The server's validators, as sent (nil from a folder, or when the server sends none).
    public var etag: String?
    public var lastModified: String?
    /// Bytes downloaded (0 when not modified).
    public var bytes: Int64
    /// When it was fetched.
    public var fetchedAt: Date

    public init(legislature: Int, kind: DumpKind, location: String, status: Status, sha256: String?, etag: String?,
                lastModified: String?, bytes: Int64, fetchedAt: Date) {
        self.legislature = legislature
        self.kind = kind
        self.location = location
        self.status = status
        self.sha256 = sha256
        self.etag = etag
        self.lastModified = lastModified
        self.bytes = bytes
        self.fetchedAt = fetchedAt
    }
}

/// A ballot in one line: what a summary lists of a new ballot.
public struct BallotHeadline: Sendable, Hashable, Codable {
    public var uid: String
    public var legislature: Int
    public var number: Int
    public var date: CalendarDate
    public var title: String
    public var result: BallotResult

    public init(_ ballot: Ballot) {
        uid = ballot.uid
        legislature = ballot.legislature
        number = ballot.number
        date = ballot.date
        title = ballot.title
        result = ballot.result
    }
}

/// A ballot republished with another content, and what differs from the stored copy.
public struct BallotChange: Sendable, Hashable, Codable {
    /// The ballot as newly published.
    public var ballot: BallotHeadline
    /// Every difference found, in a fixed order (see ``BallotRecordComparison``); empty when the
    /// entry's bytes changed but no figure, title or list did (reordered lists, say).
    public var changes: [FieldChange]

    public init(ballot: BallotHeadline, changes: [FieldChange]) {
        self.ballot = ballot
        self.changes = changes
    }
}

/// A person or body that an update added or changed.
public struct RecordHeadline: Sendable, Hashable, Codable {
    public var uid: String
    /// A name to show (the person's full name, the group's label).
    public var name: String
    /// True when the store did not hold it; false when its record changed.
    public var added: Bool

    public init(uid: String, name: String, added: Bool) {
        self.uid = uid
        self.name = name
        self.added = added
    }
}
