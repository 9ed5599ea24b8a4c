import Foundation

/// How fresh the store is: what each legislature holds, and the dumps it came from. The "data as
/// of" of every report is the latest ballot date here, with the fetch time of its dump.
public struct StoreFreshness: Sendable, Hashable, Codable {
    /// One legislature's ballots.
    public struct Legislature: Sendable, Hashable, Codable {
        public var legislature: Int
        public var ballots: Int
        /// The first and last ballot dates, ISO (`2026-07-02`).
        public var firstBallotDate: String
        public var lastBallotDate: String

        public init(legislature: Int, ballots: Int, firstBallotDate: String, lastBallotDate: String) {
            self.legislature = legislature
            self.ballots = ballots
            self.firstBallotDate = firstBallotDate
            self.lastBallotDate = lastBallotDate
        }
    }

    /// One dump that `update` fetched: its latest check, and the last time it was downloaded.
    public struct UpdatedDump: Sendable, Hashable, Codable {
        public var legislature: Int
        /// `persons`, `ballots`, `dossiers` or `amendments` (see `DumpKind`).
        public var kind: String
        public var location: String
        /// When `update` last asked for it, ISO 8601, and what it found then.
        public var lastCheckedAt: String
        public var lastStatus: String
        /// When it was last downloaded (a new copy), ISO 8601; nil if never.
        public var lastDownloadedAt: String?
        /// The server's Last-Modified for the copy held, as sent.
        public var lastModified: String?
        public var sha256: String?
        public var bytes: Int64?

        public init(legislature: Int, kind: String, location: String, lastCheckedAt: String, lastStatus: String,
                    lastDownloadedAt: String?, lastModified: String?, sha256: String?, bytes: Int64?) {
            self.legislature = legislature
            self.kind = kind
            self.location = location
            self.lastCheckedAt = lastCheckedAt
            self.lastStatus = lastStatus
            self.lastDownloadedAt = lastDownloadedAt
            self.lastModified = lastModified
            self.sha256 = sha256
            self.bytes = bytes
        }
    }

    /// A file imported (by `import` or `update`), from the `dump` table.
    public struct ImportedDump: Sendable, Hashable, Codable {
        public var path: String
        public var sha256: String
        /// When its first record was written, ISO 8601.
        public var firstImportedAt: String
        /// Ballots, persons, bodies and mandates whose stored copy comes from it.
        public var ballots: Int
        public var persons: Int
        public var bodies: Int
        public var mandates: Int
        /// Dossiers, documents, amendments and decisions of the Conseil constitutionnel whose
        /// stored copy comes from it (a legislation dump, a decision's page).
        public var dossiers: Int
        public var documents: Int
        public var amendments: Int
        public var decisions: Int

        public init(path: String, sha256: String, firstImportedAt: String, ballots: Int, persons: Int, bodies: Int, mandates: Int,
                    dossiers: Int = 0, documents: Int = 0, amendments: Int = 0, decisions: Int = 0) {
            self.path = path
            self.sha256 = sha256
            self.firstImportedAt = firstImportedAt
            self.ballots = ballots
            self.persons = persons
            self.bodies = bodies
            self.mandates = mandates
            self.dossiers = dossiers
            self.documents = documents
            self.amendments = amendments
            self.decisions = decisions
        }

        /// Whether legislative records come from it.
        public var holdsLegislation: Bool { dossiers + documents + amendments + decisions > 0 }
    }

    public var legislatures: [Legislature]
    public var updatedDumps: [UpdatedDump]
    public var importedDumps: [ImportedDump]
    /// The last completed update: when it finished (ISO 8601), and from where.
    public var lastUpdateAt: String?
    public var lastUpdateSource: String?

    public init(legislatures: [Legislature], updatedDumps: [UpdatedDump], importedDumps: [ImportedDump],
                lastUpdateAt: String?, lastUpdateSource: String?) {
        self.legislatures = legislatures
        self.updatedDumps = updatedDumps
        self.importedDumps = importedDumps
        self.lastUpdateAt = lastUpdateAt
        self.lastUpdateSource = lastUpdateSource
    }
}
