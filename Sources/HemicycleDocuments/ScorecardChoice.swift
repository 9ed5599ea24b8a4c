import HemicycleModel
import HemicycleStore

/// The ballots a scorecard scores and the position wanted on each, as a person writes them:
/// `773:against`, `16:1274:for`, `VTANR5L16V1274:against` (`hemicycle scorecard --ballot`, the
/// server's `/api/scorecard?ballot=`), and ballots found by a title search with one position.
public struct ScorecardChoice: Sendable {
    /// A choice that cannot be read: what was written and why (plain text).
    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The ballots named, in the order given, with the position wanted.
    public var ballots: [(reference: BallotReference, position: VotePosition)] = []
    /// Words a ballot's title must contain to be scored too, with the position wanted on those.
    public var search: (text: String, position: VotePosition)?
    /// The legislature of plain ballot numbers and of the search (nil: the latest).
    public var legislature: Int?

    /// An empty choice (add ``ballots`` or a ``search``).
    public init(legislature: Int? = nil) {
        self.legislature = legislature
    }

    /// `for`, `against` or `abstention` (also `pour`, `contre`, `abstain`), case-insensitive.
    public static func position(_ text: String) throws -> VotePosition {
        switch text.lowercased() {
        case "for", "pour": return .for
        case "against", "contre": return .against
        case "abstention", "abstain": return .abstention
        default: throw Invalid(description: "'\(text)' is not a wanted position (for, against, abstention)")
        }
    }

    /// `773:against`, `16:1274:for`, `VTANR5L16V1274:against`: a ballot reference, then the wanted
    /// position after the last colon.
    public static func ballot(_ spec: String) throws -> (reference: BallotReference, position: VotePosition) {
        guard let colon = spec.lastIndex(of: ":"), colon != spec.startIndex else {
            throw Invalid(description: "'\(spec)' is not BALLOT:position (e.g. 773:against, 16:1274:against)")
        }
        let reference: BallotReference
        do { reference = try BallotReference(parsing: String(spec[..<colon])) } catch { throw Invalid(description: error.description) }
        return (reference, try position(String(spec[spec.index(after: colon)...])))
    }

    /// The ballots chosen (the named ones, then those the search finds), in that order, and the
    /// position wanted on each, by uid. Throws ``HemicycleStore/StoreError/notFound(_:)`` for a
    /// ballot that is not in the store or a search that finds none.
    public func wantedPositions(in database: HemicycleDatabase) throws -> (uids: [String], positions: [String: VotePosition]) {
        var wanted: [String: VotePosition] = [:]
        var uids: [String] = []
        for (reference, position) in ballots {
            let uid = try database.ballot(reference, legislature: legislature).ballot.uid
            if wanted[uid] == nil { uids.append(uid) }
            wanted[uid] = position
        }
        if let search {
            let found = try database.ballots(BallotFilter(search: search.text, legislature: legislature, newestFirst: false))
            if found.isEmpty { throw StoreError.notFound("no ballot title contains \"\(search.text)\"") }
            for b in found where wanted[b.uid] == nil {
                uids.append(b.uid)
                wanted[b.uid] = search.position
            }
        }
        return (uids, wanted)
    }
}
