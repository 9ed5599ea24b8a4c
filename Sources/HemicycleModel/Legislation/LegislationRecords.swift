
/// A ballot linked to a dossier or an amendment, with what a timeline shows of it.
public struct LinkedBallot: Hashable, Sendable, Codable {
    /// The ballot (its official counts, title, sitting).
    public var ballot: Ballot
    /// The signal that linked it (`vote_ref`, `sitting`, `sitting_title`, `title`, `number`, `identical`).
    public var method: String

    /// Creates the value from its parts (the store reads them from its rows).
    public init(ballot: Ballot, method: String) {
        self.ballot = ballot
        self.method = method
    }
}

/// A dossier act as stored: one node of the flattened tree.
public struct StoredDossierStep: Hashable, Sendable, Codable {
    /// The position in the file, depth first, from 0.
    public var ordinal: Int
    /// The parent act's ordinal; nil at the top level.
    public var parentOrdinal: Int?
    /// 0 at the top level.
    public var depth: Int
    /// The act itself (its sub-acts are the rows whose parent is this one, not `step.steps`).
    public var step: DossierStep
    /// Who referred the law to the Conseil constitutionnel, for a referral act ("Soixante députés au moins").
    public var referral: String?
    /// The ballots of this act: listed in its `voteRefs`, or held in its sitting.
    public var ballots: [LinkedBallot]

    /// Creates the value from its parts (the store reads them from its rows).
    public init(ordinal: Int, parentOrdinal: Int? = nil, depth: Int, step: DossierStep, referral: String? = nil, ballots: [LinkedBallot]) {
        self.ordinal = ordinal
        self.parentOrdinal = parentOrdinal
        self.depth = depth
        self.step = step
        self.referral = referral
        self.ballots = ballots
    }
}

/// A dossier with its timeline, documents, ballots and amendment counts.
public struct StoredDossier: Hashable, Sendable, Codable {
    public var uid: String
    public var legislature: Int?
    public var title: String
    public var senateURL: String?
    public var procedure: String?
    /// Every act, depth first.
    public var steps: [StoredDossierStep]
    /// The documents the acts refer to that are stored, by uid.
    public var documents: [String: LegislativeDocument]
    /// Ballots linked to the dossier but to none of its acts (title match, other sittings).
    public var otherBallots: [LinkedBallot]
    /// Amendment counts by fate key (`adopted`, `rejected`, `fell`…), a count of amendments.
    public var amendmentFates: [String: Int]
    /// Where it came from.
    public var source: SourceReference?

    /// Creates the value from its parts (the store reads them from its rows).
    public init(uid: String, legislature: Int? = nil, title: String, senateURL: String? = nil, procedure: String? = nil, steps: [StoredDossierStep], documents: [String: LegislativeDocument], otherBallots: [LinkedBallot], amendmentFates: [String: Int], source: SourceReference? = nil) {
        self.uid = uid
        self.legislature = legislature
        self.title = title
        self.senateURL = senateURL
        self.procedure = procedure
        self.steps = steps
        self.documents = documents
        self.otherBallots = otherBallots
        self.amendmentFates = amendmentFates
        self.source = source
    }
}

/// A deputy who signed an amendment, with their name from the `deputy` table when known.
public struct AmendmentSignatory: Hashable, Sendable, Codable {
    public var deputyRef: String
    /// "First Last", or nil when the person is missing from the register.
    public var name: String?
    /// `author` (first signatory) or `cosignatory`.
    public var role: String

    /// Creates the value from its parts (the store reads them from its rows).
    public init(deputyRef: String, name: String? = nil, role: String) {
        self.deputyRef = deputyRef
        self.name = name
        self.role = role
    }
}

/// An amendment as stored, with its signatories, group and ballots.
public struct StoredAmendment: Hashable, Sendable, Codable {
    public var amendment: Amendment
    /// The group of identical amendments it belongs to (`discussionIdentique`).
    public var identicalGroup: String?
    public var signatories: [AmendmentSignatory]
    /// The author's political group: its abbreviation (`"RN"`) or name, when known.
    public var groupName: String?
    /// The government's name, when the government tabled it.
    public var governmentName: String?
    /// The dossier's title.
    public var dossierTitle: String?
    public var ballots: [LinkedBallot]
    public var source: SourceReference?

    /// The stable key of a fate, as stored in `amendment.fate`.
    public static func fateKey(_ fate: AmendmentFate) -> String {
        switch fate {
        case .adopted: return "adopted"
        case .rejected: return "rejected"
        case .fell: return "fell"
        case .withdrawn: return "withdrawn"
        case .notMoved: return "not_moved"
        case .inadmissible: return "inadmissible"
        case .notExamined: return "not_examined"
        case .other: return "other"
        }
    }

    /// Creates the value from its parts (the store reads them from its rows).
    public init(amendment: Amendment, identicalGroup: String? = nil, signatories: [AmendmentSignatory], groupName: String? = nil, governmentName: String? = nil, dossierTitle: String? = nil, ballots: [LinkedBallot], source: SourceReference? = nil) {
        self.amendment = amendment
        self.identicalGroup = identicalGroup
        self.signatories = signatories
        self.groupName = groupName
        self.governmentName = governmentName
        self.dossierTitle = dossierTitle
        self.ballots = ballots
        self.source = source
    }
}

/// What a ballot was about, in legislative terms: the amendments voted, the bill, and what
/// finally became of the bill.
public struct BallotContext: Hashable, Sendable, Codable {
    public var ballotUID: String
    /// The amendments voted (the one named and its identical ones).
    public var amendments: [StoredAmendment]
    /// The bill's dossier uid and title, with the signal that linked it.
    public var dossierUID: String?
    public var dossierTitle: String?
    public var dossierMethod: String?
    /// What became of the bill: joint committee, referrals, the Council's decision, promulgation.
    public var outcome: BillOutcome
    /// The decision's content, when it was imported (`hemicycle legislation import DECISION.html`).
    public var decisionText: ConstitutionalDecisionText?

    /// Creates the value from its parts (the store reads them from its rows).
    public init(ballotUID: String, amendments: [StoredAmendment], dossierUID: String? = nil, dossierTitle: String? = nil,
                dossierMethod: String? = nil, outcome: BillOutcome, decisionText: ConstitutionalDecisionText? = nil) {
        self.ballotUID = ballotUID
        self.amendments = amendments
        self.dossierUID = dossierUID
        self.dossierTitle = dossierTitle
        self.dossierMethod = dossierMethod
        self.outcome = outcome
        self.decisionText = decisionText
    }
}

/// Link coverage over one legislature's ballots.
public struct LegislationCoverage: Hashable, Sendable, Codable {
    public var legislature: Int
    /// Ballots of the legislature (a count of ballots).
    public var ballots: Int
    /// Ballots linked to a dossier, by signal (a ballot counted under its strongest signal).
    public var linkedToDossier: [String: Int]
    /// Ballots on amendments (title starting "l'amendement" / "les amendements").
    public var amendmentBallots: Int
    /// Amendment ballots linked to at least one amendment.
    public var amendmentBallotsLinked: Int
    /// Amendment ballots whose dossier has amendments stored (the bills whose amendments are in the data).
    public var amendmentBallotsWithData: Int
    /// Of those, linked to their amendment(s).
    public var amendmentBallotsWithDataLinked: Int
    /// Ballots left without a dossier, by reason, a count each.
    public var unlinkedByReason: [String: Int]
    /// Amendment ballots without their amendment, by reason, a count each.
    public var amendmentUnlinkedByReason: [String: Int]
    /// Examples of ballots not linked to a dossier (uid and title), at most 10.
    public var unlinkedExamples: [String]
    /// Amendment ballots of the bills with data that stay unlinked (uid and title).
    public var amendmentUnlinkedWithData: [String]

    /// Creates the value from its parts (the store reads them from its rows).
    public init(legislature: Int, ballots: Int, linkedToDossier: [String: Int], amendmentBallots: Int, amendmentBallotsLinked: Int, amendmentBallotsWithData: Int, amendmentBallotsWithDataLinked: Int, unlinkedByReason: [String: Int], amendmentUnlinkedByReason: [String: Int], unlinkedExamples: [String], amendmentUnlinkedWithData: [String]) {
        self.legislature = legislature
        self.ballots = ballots
        self.linkedToDossier = linkedToDossier
        self.amendmentBallots = amendmentBallots
        self.amendmentBallotsLinked = amendmentBallotsLinked
        self.amendmentBallotsWithData = amendmentBallotsWithData
        self.amendmentBallotsWithDataLinked = amendmentBallotsWithDataLinked
        self.unlinkedByReason = unlinkedByReason
        self.amendmentUnlinkedByReason = amendmentUnlinkedByReason
        self.unlinkedExamples = unlinkedExamples
        self.amendmentUnlinkedWithData = amendmentUnlinkedWithData
    }
}
