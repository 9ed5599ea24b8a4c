import Foundation
import GRDB
import HemicycleModel

extension PackedVotes {
    /// Rebuilds the `packed_votes` row of `legislature` from the `vote` and `group_vote` tables
    /// (removing it when the legislature has no ballot left, or cannot be packed). Runs inside the
    /// caller's transaction: the import's, so that the packed copy never disagrees with the tables
    /// it was made from.
    ///
    /// `written`: what the import wrote, with the official id of each `vote_ref` id, packed
    /// instead of the tables when it holds every ballot of the legislature (the same result,
    /// without reading the votes back).
    static func repack(legislature: Int, in db: Database, written: (votes: Written, refs: [Int: String])? = nil) throws {
        try db.execute(sql: "DELETE FROM packed_votes WHERE legislature = ?", arguments: [legislature])
        let packed: PackedVotes?
        if let written, case .some(let fromMemory) = written.votes.pack(
            legislature: legislature, uids: try ballotUIDs(legislature: legislature, in: db), refs: written.refs) {
            packed = fromMemory
        } else {
            packed = try pack(legislature: legislature, in: db)
        }
        guard let packed else { return }
        let row = packed.row
        try db.execute(sql: """
            INSERT INTO packed_votes (legislature, ballot_uids, deputy_refs, group_refs, ballot_counts, votes, group_entries,
                                      counts_sha256, votes_sha256)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                legislature, row.ballotUIDs, row.deputyRefs, row.groupRefs, Data(packed.ballotCounts), Data(packed.votes),
                Data(packed.groupEntries), Data(row.checksums.counts), Data(row.checksums.votes),
            ])
    }

    /// The ids joined as stored, and the checksums of a packed legislature.
    var row: (ballotUIDs: String, deputyRefs: String, groupRefs: String, checksums: Checksums) {
        let ballotUIDs = ballotUIDs.joined(separator: "\n"), deputies = deputyRefs.joined(separator: "\n")
        let groups = groupRefs.joined(separator: "\n")
        let counts = ballotCounts.withUnsafeBytes { counts in
            groupEntries.withUnsafeBytes { entries in
                Checksums.counts(ballotUIDs: ballotUIDs, deputyRefs: deputies, groupRefs: groups, ballotCounts: counts, groupEntries: entries)
            }
        }
        return (ballotUIDs, deputies, groups, Checksums(counts: counts, votes: votes.withUnsafeBytes { Checksums.votes($0) }))
    }

    /// The uids of the ballots of `legislature`, in the packing's order (SQLite's, bytewise).
    static func ballotUIDs(legislature: Int, in db: Database) throws -> [String] {
        var uids: [String] = []
        try db.scanRaw(sql: "SELECT uid FROM ballot WHERE legislature = ? ORDER BY uid", arguments: [legislature]) { uids.append($0.text(0)) }
        return uids
    }

    /// The votes of `legislature` packed from the `vote` and `group_vote` tables; nil when it has
    /// no ballot, or cannot be packed.
    static func pack(legislature: Int, in db: Database) throws -> PackedVotes? {
        let ballotsOfLegislature = "SELECT uid FROM ballot WHERE legislature = ?"
        let uids = try ballotUIDs(legislature: legislature, in: db)
        guard !uids.isEmpty else { return nil }
        var slot: [String: Int] = [:]
        for (i, uid) in uids.enumerated() { slot[uid] = i }

        // Group entries are kept per ballot; votes come ballot after ballot in uid order (the
        // tables' key order) and are packed as they are read, each ballot started (with its group
        // entries) when its first vote comes, or at the end if it has none.
        var groups = [[GroupVote]](repeating: [], count: uids.count)
        try db.scanRaw(sql: """
            SELECT \(RowDecoding.groupVoteColumns)
            FROM group_vote WHERE ballot_uid IN (\(ballotsOfLegislature)) ORDER BY ballot_uid, ordinal
            """, arguments: [legislature]) { row in
            let group = RowDecoding.groupVote(row)
            if let b = slot[group.ballotUID] { groups[b].append(group) }
        }
        var builder = Builder()
        var next = 0
        func startBallots(through b: Int) {
            while next <= b {
                builder.startBallot(uid: uids[next])
                for g in groups[next] {
                    builder.addGroupEntry(groupRef: g.groupRef, members: g.members, majorityPosition: g.majorityPosition, tally: g.tally)
                }
                next += 1
            }
        }
        try db.scanRaw(sql: """
            SELECT ballot_uid, deputy_ref, group_ref, \(RowDecoding.positionCode), by_proxy, cause
            FROM vote WHERE ballot_uid IN (\(ballotsOfLegislature)) ORDER BY ballot_uid, deputy_ref
            """, arguments: [legislature]) { row in
            guard let b = slot[row.text(0)] else { return }
            guard b >= next - 1 else { throw Mismatch(description: "votes not in ballot order") }
            startBallots(through: b)
            builder.addVote(deputyRef: row.text(1), groupRef: row.text(2), position: RowDecoding.position(code: row.int(3)),
                            byProxy: row.bool(4), cause: row.optionalText(5).flatMap(NonVotingCause.init(rawValue:)))
        }
        startBallots(through: uids.count - 1)
        return builder.finish()
    }

    /// How the stored packed row of `legislature` compares with the tables it was made from
    /// (for `hemicycle check`): packed again from the tables, then compared column by column,
    /// checksums included.
    static func verify(legislature: Int, in db: Database) throws -> PackedVotesCheck {
        let fresh = try pack(legislature: legislature, in: db)
        guard let stored = try Row.fetchOne(db, sql: """
            SELECT ballot_uids, deputy_refs, group_refs, ballot_counts, votes, group_entries, counts_sha256, votes_sha256
            FROM packed_votes WHERE legislature = ?
            """, arguments: [legislature]) else {
            return fresh == nil ? .notPacked : .missing
        }
        guard let fresh else { return .differsFromTables }
        let expected = fresh.row
        func bytes(_ column: Int) -> [UInt8] { [UInt8](stored[column] as Data? ?? Data()) }
        let recomputed = Checksums(
            counts: bytes(3).withUnsafeBytes { counts in
                bytes(5).withUnsafeBytes { entries in
                    Checksums.counts(ballotUIDs: stored[0] as String? ?? "", deputyRefs: stored[1] as String? ?? "",
                                     groupRefs: stored[2] as String? ?? "",
                                     ballotCounts: counts, groupEntries: entries)
                }
            },
            votes: bytes(4).withUnsafeBytes { Checksums.votes($0) })
        guard recomputed == Checksums(counts: bytes(6), votes: bytes(7)) else { return .checksumMismatch }
        guard recomputed == expected.checksums else { return .differsFromTables }
        return .ok
    }

    /// The matrix of `ballots` (all of `legislature`, in the order given) from the packed row of
    /// the legislature; nil when there is no row, or it lacks one of the ballots or does not
    /// decode (the caller then reads the tables).
    ///
    /// - Throws: ``ChecksumMismatch`` when what is read does not match its stored digest (the
    ///   caller reads the tables, and says so).
    static func matrix(legislature: Int, ballots: [Ballot], corrections: [[Correction]], includingVotes: Bool,
                       in db: Database) throws -> VoteMatrix? {
        var matrix: VoteMatrix?
        // The votes (9.6 MB for the 17th) are not selected here: they are read in chunks through
        // SQLite's incremental I/O (``PackedVotes/VoteStream``), and not at all without them.
        try db.scanRaw(sql: """
            SELECT ballot_uids, deputy_refs, group_refs, ballot_counts, group_entries, counts_sha256, votes_sha256
            FROM packed_votes WHERE legislature = ?
            """, arguments: [legislature]) { row in
            let uids = row.text(0), deputies = row.text(1), groups = row.text(2)
            let stored = Checksums(counts: row.withBlob(5) { Array($0) }, votes: row.withBlob(6) { Array($0) })
            matrix = try row.withBlob(3) { counts in
                try row.withBlob(4) { groupEntries in
                    guard Checksums.counts(ballotUIDs: uids, deputyRefs: deputies, groupRefs: groups,
                                           ballotCounts: counts, groupEntries: groupEntries) == stored.counts else {
                        throw ChecksumMismatch(legislature: legislature, part: "counts")
                    }
                    let columns = Columns(ballotUIDs: uids[...], deputyRefs: deputies[...], groupRefs: groups[...],
                                          ballotCounts: counts, groupEntries: groupEntries)
                    func decoded(_ votes: VoteStream?) throws -> VoteMatrix? {
                        do {
                            return try PackedVotes.matrix(from: columns, votes: votes, ballots: ballots, corrections: corrections)
                        } catch is Mismatch {
                            return nil
                        }
                    }
                    guard includingVotes else { return try decoded(nil) }
                    // `legislature` is the table's INTEGER PRIMARY KEY, so the rowid.
                    return try db.withIncrementalBlob(table: "packed_votes", column: "votes", rowID: Int64(legislature)) { blob in
                        // The votes are decoded while another thread computes their digest from
                        // the same chunks (``ConcurrentDigest``); the matrix is returned only if
                        // the digest matches. A blob that does not decode is checked whole
                        // before it is given up, so that a damaged copy is said to be damaged.
                        var votes = VoteStream(byteCount: blob.byteCount) { try blob.read(into: $0, at: $1) }
                        let digest = ConcurrentDigest(byteCount: blob.byteCount)
                        votes.observe = { digest.feed($0) }
                        let matrix = try decoded(votes)
                        let computed = digest.bytesFed == blob.byteCount ? digest.finalize() : try VoteStream(byteCount: blob.byteCount) {
                            try blob.read(into: $0, at: $1)
                        }.digest()
                        guard computed == stored.votes else { throw ChecksumMismatch(legislature: legislature, part: "votes") }
                        return matrix
                    }
                }
            }
        }
        return matrix
    }
}
