/// The report of `hemicycle check`: whether the store is sound (SQLite's integrity check, the
/// packed votes against the tables), and the official discrepancies it holds, which are data kept
/// as published, not faults of the store.
public struct StoreCheckReport: Encodable, Sendable {
    /// One legislature's packed votes.
    public struct PackedVotesLine: Encodable, Sendable {
        public var legislature: Int
        /// `ok`, `not_packed`, `missing`, `checksum_mismatch` or `differs_from_tables`.
        public var state: String
        /// Whether the state is sound (`ok` or `not_packed`).
        public var sound: Bool

        public init(legislature: Int, state: String, sound: Bool) {
            self.legislature = legislature
            self.state = state
            self.sound = sound
        }
    }

    /// The database file.
    public var database: String
    /// SQLite's integrity problems (empty when sound).
    public var integrityProblems: [String]
    /// The compact votes' problems (rows the `vote` view would not show as stored; empty when sound).
    public var voteProblems: [String]
    public var packedVotes: [PackedVotesLine]
    /// Ballots whose published counts differ from their named lists (`16:1927`), kept as published.
    public var discrepantBallots: [String]
    /// Whether every check passed (discrepancies are official data, not a failure).
    public var passed: Bool


    public init(database: String, integrityProblems: [String], voteProblems: [String] = [], packedVotes: [PackedVotesLine],
                discrepantBallots: [String]) {
        self.database = database
        self.integrityProblems = integrityProblems
        self.voteProblems = voteProblems
        self.packedVotes = packedVotes
        self.discrepantBallots = discrepantBallots
        passed = integrityProblems.isEmpty && voteProblems.isEmpty && packedVotes.allSatisfy(\.sound)
    }

    /// What each state means for a reader.
    static func explanation(of state: String) -> String {
        switch state {
        case "ok": return "ok: equal to the tables and to its checksums"
        case "not_packed": return "not packed (an id the layout cannot hold): figures are read from the tables"
        case "missing": return "missing: figures are read from the tables (slower); re-import to pack it"
        case "checksum_mismatch": return "DAMAGED: does not match its checksums; figures are read from the tables; re-import the legislature"
        case "differs_from_tables": return "DIFFERS from the tables it should be made from; re-import the legislature"
        default: return state
        }
    }

    /// The document: a verdict, then each check.
    public func document() -> ReportDocument {
        var document = ReportDocument()
        document.heading("Check of \(database)")
        document.paragraph(passed ? "The store is sound." : "The store is NOT sound: see below.")
        document.keyValues([
            .init("SQLite integrity", integrityProblems.isEmpty ? "ok" : "\(integrityProblems.count) problem(s): " + integrityProblems.prefix(10).joined(separator: "; ")),
            .init("Votes (vote_row, read by the vote view)", voteProblems.isEmpty ? "ok" : voteProblems.joined(separator: "; ")),
        ] + packedVotes.map { .init("Packed votes, legislature \($0.legislature)", Self.explanation(of: $0.state)) })
        if discrepantBallots.isEmpty {
            document.paragraph("Every ballot's published counts agree with its named lists.")
        } else {
            document.paragraph("Published counts differ from the named lists in \(discrepantBallots.count) ballot(s), "
                + "official data kept as published (see `hemicycle ballot REF`): " + discrepantBallots.joined(separator: ", ") + ".")
        }
        return document
    }
}
