/// A ballot linked to a dossier or to an amendment, with the signal the link came from.
public struct BallotLink: Hashable, Sendable {
    /// The ballot's uid (`VTANR5L17V773`).
    public var ballot: String
    /// The dossier's or the amendment's uid.
    public var target: String
    /// The signal: `vote_ref`, `sitting`, `sitting_title`, `title` (dossiers); `number`,
    /// `identical` (amendments).
    public var method: String

    /// A link from `ballot` to `target`, found by `method`.
    public init(ballot: String, target: String, method: String) {
        (self.ballot, self.target, self.method) = (ballot, target, method)
    }
}

/// What linking ballots to the legislative files reads: the ballots' titles and sittings, the
/// dossiers' acts and titles, the amendments. The store reads it with SQL; the rules
/// (``BallotLinkRules``) only see these values.
public struct BallotLinkInputs: Sendable {
    /// A ballot to link.
    public struct Ballot: Sendable {
        /// The ballot's uid, its title as published, its sitting (`seanceRef`).
        public var uid: String, title: String, sittingRef: String?
        /// A ballot as stored.
        public init(uid: String, title: String, sittingRef: String?) { (self.uid, self.title, self.sittingRef) = (uid, title, sittingRef) }
    }

    /// An act of a dossier that names ballots (`voteRefs`) or a sitting.
    public struct DossierAct: Sendable {
        /// The dossier, the ballot uids the act lists, its sitting.
        public var dossierUID: String, voteRefs: [String], sittingRef: String?
        /// An act as stored.
        public init(dossierUID: String, voteRefs: [String], sittingRef: String?) {
            (self.dossierUID, self.voteRefs, self.sittingRef) = (dossierUID, voteRefs, sittingRef)
        }
    }

    /// An amendment that a ballot may be about.
    public struct Amendment: Sendable {
        /// The amendment's uid, number, number prefix (`CL` for committee amendments, empty in
        /// the sitting), sitting, group of identical amendments, text and dossier.
        public var uid: String, number: Int, numberPrefix: String, sittingRef: String?, identicalGroup: String?, textRef: String, dossierRef: String
        /// Its fate (`adopted`, `withdrawn`, `not_moved`…).
        public var fate: String
        /// An amendment as stored.
        public init(uid: String, number: Int, numberPrefix: String, sittingRef: String?, identicalGroup: String?, textRef: String, dossierRef: String, fate: String) {
            (self.uid, self.number, self.numberPrefix, self.sittingRef, self.identicalGroup, self.textRef, self.dossierRef, self.fate)
                = (uid, number, numberPrefix, sittingRef, identicalGroup, textRef, dossierRef, fate)
        }
    }

    /// The ballots to link (every one, or those an import changed).
    public var ballots: [Ballot]
    /// The acts of every dossier that list ballots or have a sitting.
    public var acts: [DossierAct]
    /// Every dossier's title, folded (``TextFolding/fold(_:)``), by uid.
    public var foldedDossierTitles: [String: String]
    /// The amendments with a number and a dossier.
    public var amendments: [Amendment]

    /// The inputs of one linking run.
    public init(ballots: [Ballot], acts: [DossierAct], foldedDossierTitles: [String: String], amendments: [Amendment]) {
        (self.ballots, self.acts, self.foldedDossierTitles, self.amendments) = (ballots, acts, foldedDossierTitles, amendments)
    }
}

/// The rules that link ballots to dossiers and amendments (HemicycleLegislation's
/// `BallotLinkingRules`). The store runs them inside its import transactions, so that a ballot is
/// never stored without its links, and writes the differences; the rules themselves are not SQL,
/// so they live with the legislation, and the store receives them from its caller.
public protocol BallotLinkRules: Sendable {
    /// The ballot → dossier links of `inputs.ballots`.
    func dossierLinks(_ inputs: BallotLinkInputs) -> Set<BallotLink>
    /// The ballot → amendment links of `inputs.ballots`, given each ballot's dossier.
    func amendmentLinks(_ inputs: BallotLinkInputs, dossierOf: [String: String]) -> Set<BallotLink>
}
