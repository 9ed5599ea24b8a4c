import HemicycleModel

extension CorrectionsReport {
    /// A ballot's counts, result and margin, in JSON.
    public struct CountsJSON: Encodable, Sendable {
        public let `for`: Int, against: Int, abstentions: Int, nonVoting: Int
        /// `adopted` or `rejected`.
        public let result: String
        /// Votes for − votes for needed for adoption (adopted iff ≥ 0).
        public let margin: Int
    }

    /// One correction, in JSON.
    public struct CorrectionJSON: NullKeepingEncodable, Sendable {
        public let deputyID: String, deputy: String
        public let groupID: String?, group: String?
        /// nil when the deputy is not in the lists (recorded absent).
        public let recordedPosition: String?
        public let intendedPosition: String
        public let voluntary: Bool
        /// `statement` or `malfunction` (a reported voting-machine malfunction).
        public let kind: String


    }

    /// A ballot and its corrections, in JSON.
    public struct BallotJSON: Encodable, Sendable {
        public let uid: String, number: Int, date: String, type: String, title: String
        public let official: CountsJSON, corrected: CountsJSON
        /// Whether the corrections would change the outcome.
        public let flips: Bool
        public let corrections: [CorrectionJSON]
    }

    /// The JSON of `hemicycle corrections`.
    public struct Payload: Encodable, Sendable {
        public let ballotsSelected: Int
        public let ballotsWithCorrections: Int
        public let corrections: Int
        public let malfunctions: Int
        public let flips: Int
        public let ballots: [BallotJSON]

    }

    /// The JSON of the report: the ballots shown, with the counts over every ballot with corrections.
    public var payload: Payload {
        func counts(_ t: Tally, adopted: Bool, margin: Int) -> CountsJSON {
            CountsJSON(for: t.for, against: t.against, abstentions: t.abstentions, nonVoting: t.nonVoting,
                       result: Self.result(adopted, language: .english), margin: margin)
        }
        return Payload(
            ballotsSelected: ballotsSelected, ballotsWithCorrections: all.count, corrections: correctionCount,
            malfunctions: malfunctions, flips: flipCount,
            ballots: shown.map { b in
                BallotJSON(uid: b.ballot.uid, number: b.ballot.number, date: b.ballot.date.description, type: b.ballot.type.keyword,
                           title: b.ballot.title,
                           official: counts(b.tally.official, adopted: b.tally.adoptedAsRecorded, margin: b.officialMargin),
                           corrected: counts(b.tally.corrected, adopted: b.tally.adoptedAsCorrected, margin: b.correctedMargin),
                           flips: b.flips,
                           corrections: b.entries.map { e in
                               CorrectionJSON(deputyID: e.correction.deputyRef, deputy: name(e.correction.deputyRef),
                                              groupID: e.groupRef.flatMap { $0.isEmpty ? nil : $0 }, group: groupLabel(e.groupRef),
                                              recordedPosition: e.recordedPosition?.rawValue,
                                              intendedPosition: e.correction.intendedPosition.rawValue,
                                              voluntary: e.correction.voluntary, kind: e.correction.kind.rawValue)
                           })
            })
    }
}
