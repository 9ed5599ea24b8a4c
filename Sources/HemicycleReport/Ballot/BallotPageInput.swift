import HemicycleModel

/// Everything the HTML page of one ballot (*scrutin*) shows, as plain values: the caller (the
/// command line) gathers them from the store, so the page itself does no look-ups.
public struct BallotPageInput: Sendable, Hashable {
    /// One political group (*groupe politique*) on the ballot, as published in the breakdown by
    /// group.
    public struct GroupRow: Sendable, Hashable {
        /// Short label (`RN`).
        public var label: String
        /// Full name ("Rassemblement National").
        public var name: String
        /// The group's colour as CSS (`#313567`), if known.
        public var color: String?
        /// Members of the group on the day (*nombreMembresGroupe*), a count of deputies.
        public var members: Int
        /// The group's published counts.
        public var tally: Tally
        /// The group's line (the position most of its voting members took), nil when none voted.
        public var majorityPosition: VotePosition?
        /// The group's id (`PO845401`), for a page that links it; nil when not known.
        public var id: String?

        public init(label: String, name: String, color: String? = nil, members: Int, tally: Tally, majorityPosition: VotePosition? = nil,
                    id: String? = nil) {
            self.id = id
            self.label = label
            self.name = name
            self.color = color
            self.members = members
            self.tally = tally
            self.majorityPosition = majorityPosition
        }

        /// Members not on the lists: members − (for + against + abstentions + non-voting), never
        /// below 0.
        public var absent: Int {
            max(0, members - tally.voters - tally.nonVoting)
        }
    }

    /// One deputy's recorded vote (from the nominative lists, *décompte nominatif*).
    public struct NamedVote: Sendable, Hashable {
        /// "Yaël Braun-Pivet".
        public var deputyName: String
        /// The label of the group the ballot lists them under.
        public var groupLabel: String
        /// The recorded position.
        public var position: VotePosition
        /// Whether another deputy cast the vote for them (*par délégation*, by proxy).
        public var byProxy: Bool
        /// A note on a correction (*mise au point*) they made, e.g. "meant to vote against".
        public var correctionNote: String?
        /// The deputy's id (`PA721908`), for a page that links it; nil when not known.
        public var deputyID: String?

        public init(deputyName: String, groupLabel: String, position: VotePosition, byProxy: Bool = false, correctionNote: String? = nil,
                    deputyID: String? = nil) {
            self.deputyID = deputyID
            self.deputyName = deputyName
            self.groupLabel = groupLabel
            self.position = position
            self.byProxy = byProxy
            self.correctionNote = correctionNote
        }
    }

    /// A correction (*mise au point*): a deputy's statement of how they meant to vote. It never
    /// changes the official result.
    public struct CorrectionRow: Sendable, Hashable {
        public var deputyName: String
        public var groupLabel: String
        /// The position on the lists, nil when the deputy was not on them.
        public var recordedPosition: VotePosition?
        /// The position the deputy says they meant to take.
        public var intendedPosition: VotePosition
        /// A statement or a reported voting-machine malfunction.
        public var kind: Correction.Kind

        public init(deputyName: String, groupLabel: String, recordedPosition: VotePosition?, intendedPosition: VotePosition, kind: Correction.Kind = .statement) {
            self.deputyName = deputyName
            self.groupLabel = groupLabel
            self.recordedPosition = recordedPosition
            self.intendedPosition = intendedPosition
            self.kind = kind
        }
    }

    /// Where the figures come from.
    public struct Sources: Sendable, Hashable {
        /// The ballot's uid (`VTANR5L17V773`).
        public var ballotUID: String
        /// The file name of the open-data dump (`Scrutins_XVII.json.zip`).
        public var dumpFileName: String?
        /// When the dump was downloaded or published.
        public var dumpDate: CalendarDate?
        /// SHA-256 of the dump, hexadecimal.
        public var dumpSHA256: String?
        /// The ballot's page on the Assemblée's site.
        public var officialURL: String

        public init(ballotUID: String, dumpFileName: String? = nil, dumpDate: CalendarDate? = nil, dumpSHA256: String? = nil, officialURL: String) {
            self.ballotUID = ballotUID
            self.dumpFileName = dumpFileName
            self.dumpDate = dumpDate
            self.dumpSHA256 = dumpSHA256
            self.officialURL = officialURL
        }

        /// Sources with the official URL derived from the ballot.
        public init(ballot: Ballot, dumpFileName: String? = nil, dumpDate: CalendarDate? = nil, dumpSHA256: String? = nil) {
            self.init(
                ballotUID: ballot.uid, dumpFileName: dumpFileName, dumpDate: dumpDate, dumpSHA256: dumpSHA256,
                officialURL: BallotPageInput.officialURL(legislature: ballot.legislature, number: ballot.number))
        }
    }

    /// The ballot with its official totals.
    public var ballot: Ballot
    /// The groups, in the chamber's order from left to right.
    public var groups: [GroupRow]
    /// The nominative votes.
    public var votes: [NamedVote]
    /// The corrections (*mises au point*).
    public var corrections: [CorrectionRow]
    /// Where the figures come from.
    public var sources: Sources
    /// One line saying where the ballot's file disagrees with itself, if it does.
    public var discrepancyNote: String?

    public init(ballot: Ballot, groups: [GroupRow], votes: [NamedVote] = [], corrections: [CorrectionRow] = [], sources: Sources, discrepancyNote: String? = nil) {
        self.discrepancyNote = discrepancyNote
        self.ballot = ballot
        self.groups = groups
        self.votes = votes
        self.corrections = corrections
        self.sources = sources
    }

    /// The ballot's page on the Assemblée's site:
    /// `https://www.assemblee-nationale.fr/dyn/{legislature}/scrutins/{number}`.
    public static func officialURL(legislature: Int, number: Int) -> String {
        "https://www.assemblee-nationale.fr/dyn/\(legislature)/scrutins/\(number)"
    }

    /// The groups as the hemicycle draws them (positions from the published group counts).
    public var hemicycleGroups: [HemicycleGroup] {
        groups.map { HemicycleGroup(label: $0.label, name: $0.name, color: $0.color, members: $0.members, tally: $0.tally) }
    }
}
