/// What an import read and wrote, kind by kind, and the links between ballots and legislative
/// records it left: the one "records read / added / updated / unchanged" account that `import`,
/// `legislation import` and `update` report (HemicycleReport's `ImportRecordsTable` words it).
public struct ImportedRecords: Sendable, Hashable, Codable {
    /// A kind of record an import counts. The raw value is the kind's name in JSON (stable,
    /// English, whatever the language of the document).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case ballots, persons, bodies, mandates, dossiers, documents, amendments
        /// Decisions of the Conseil constitutionnel (their JSON name predates this type).
        case decisions = "decisions of the Conseil constitutionnel"

        /// One record of the kind, as English sentences name it (`ballot`, `person`…).
        public var singular: String {
            switch self {
            case .ballots: "ballot"
            case .persons: "person"
            case .bodies: "body"
            case .mandates: "mandate"
            case .dossiers: "dossier"
            case .documents: "document"
            case .amendments: "amendment"
            case .decisions: "decision"
            }
        }
    }

    /// A link table.
    public enum LinkKind: String, Sendable, Hashable, Codable, CaseIterable {
        case ballotDossier = "ballot ↔ dossier"
        case ballotAmendment = "ballot ↔ amendment"
    }

    /// The counts of one kind of record.
    public struct Line: Sendable, Hashable, Codable {
        public var kind: Kind
        public var counts: ChangeCounts
        /// A line of the account.
        public init(_ kind: Kind, _ counts: ChangeCounts) { (self.kind, self.counts) = (kind, counts) }
    }

    /// The counts of one link table.
    public struct LinkLine: Sendable, Hashable, Codable {
        public var kind: LinkKind
        public var counts: LinkCounts
        /// A line of the account.
        public init(_ kind: LinkKind, _ counts: LinkCounts) { (self.kind, self.counts) = (kind, counts) }
    }

    /// The kinds of record counted, in the order they are reported.
    public var records: [Line]
    /// The link tables relinked (empty when the import linked nothing anew).
    public var links: [LinkLine]

    /// An account from its lines.
    public init(records: [Line] = [], links: [LinkLine] = []) { (self.records, self.links) = (records, links) }

    /// The counts of `kind` (zero when it was not counted).
    public subscript(kind: Kind) -> ChangeCounts { records.first { $0.kind == kind }?.counts ?? ChangeCounts() }

    /// The counts of the link table `kind` (zero when it was not relinked).
    public subscript(link kind: LinkKind) -> LinkCounts { links.first { $0.kind == kind }?.counts ?? LinkCounts() }

    /// Whether the import added, replaced or removed any record or link.
    public var changedAnything: Bool {
        records.contains { $0.counts.changedAnything } || links.contains { $0.counts.changedAnything }
    }
}
