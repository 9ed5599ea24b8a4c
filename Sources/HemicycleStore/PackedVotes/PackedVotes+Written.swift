import HemicycleModel

extension PackedVotes {
    /// The group entries and votes an import wrote, kept as it writes them, so that a legislature
    /// whose every stored ballot was written by this import is packed from memory instead of
    /// reading its 650,000 votes back from the tables (0.8–0.9 s of a first import of the 17th,
    /// measured in "2026-12-07, evening"). The result is the same as ``PackedVotes/pack(legislature:in:)``:
    /// ballots in uid order, group entries by their ordinal, votes by deputy id (bytewise, as SQLite
    /// compares text), the `PO0` groups as recovered (``regroup(ballotUID:ordinal:group:)``).
    struct Written {
        /// A group breakdown as the packing reads it.
        struct GroupEntry {
            var ordinal: Int
            var groupRef: String
            var members: Int
            var majorityPosition: VotePosition?
            var tally: Tally
        }

        /// A nominative vote as the packing reads it.
        struct WrittenVote {
            var deputyRef: String
            var groupRef: String
            var position: VotePosition
            var byProxy: Bool
            /// The cause as stored (its code when the model does not know it), read back as the
            /// packing of the tables does.
            var cause: NonVotingCause?
            var groupEntry: Int?
        }

        struct WrittenBallot {
            var legislature: Int
            var groups: [GroupEntry]
            var votes: [WrittenVote]
        }

        /// Ballots written, by uid (the last write of a uid wins, as in the tables).
        private var ballots: [String: WrittenBallot] = [:]
        /// Legislatures some record of which cannot be mirrored here (a group entry or vote naming
        /// another ballot than the one it came with): packed from the tables.
        private var unmirrored: Set<Int> = []

        /// Records what ``ImportTransaction`` wrote for `record`.
        mutating func add(_ record: BallotRecord) {
            let b = record.ballot
            guard record.groups.allSatisfy({ $0.ballotUID == b.uid }), record.votes.allSatisfy({ $0.ballotUID == b.uid }) else {
                unmirrored.insert(b.legislature)
                ballots[b.uid] = nil
                return
            }
            let groups = record.groups.map {
                GroupEntry(ordinal: $0.order, groupRef: $0.groupRef, members: $0.members, majorityPosition: $0.majorityPosition, tally: $0.tally)
            }
            let votes = record.votes.map { v in
                WrittenVote(deputyRef: v.deputyRef, groupRef: v.groupRef, position: v.position, byProxy: v.byProxy,
                            cause: (v.cause?.rawValue ?? v.causeCode).flatMap(NonVotingCause.init(rawValue:)), groupEntry: v.groupEntry)
            }
            ballots[b.uid] = WrittenBallot(legislature: b.legislature, groups: groups, votes: votes)
        }

        /// Mirrors the recovery of a `PO0` group entry: the entry and the votes listed under it take `group`.
        mutating func regroup(ballotUID: String, ordinal: Int, group: String) {
            guard var ballot = ballots[ballotUID] else { return }
            for i in ballot.groups.indices where ballot.groups[i].ordinal == ordinal { ballot.groups[i].groupRef = group }
            for i in ballot.votes.indices where ballot.votes[i].groupEntry == ordinal { ballot.votes[i].groupRef = group }
            ballots[ballotUID] = ballot
        }

        /// The packing of the ballots `uids` (a legislature's, as stored, in uid order) when every
        /// one of them was written here; nil when one was not (the caller packs the tables).
        /// The outer optional is nil when packing from memory is not possible; the inner one is
        /// the packing's result (nil when the legislature cannot be packed).
        func pack(legislature: Int, uids: [String]) -> PackedVotes?? {
            guard !unmirrored.contains(legislature), !uids.isEmpty else { return nil }
            var written: [WrittenBallot] = []
            written.reserveCapacity(uids.count)
            for uid in uids {
                guard let ballot = ballots[uid], ballot.legislature == legislature else { return nil }
                written.append(ballot)
            }
            // Each deputy's rank in bytewise order, computed once for the few hundred deputies:
            // comparing the strings for each of 650,000 votes was 4 % of the import (perf).
            let deputies = Set(written.lazy.flatMap(\.votes).map(\.deputyRef))
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let rank = Dictionary(uniqueKeysWithValues: deputies.enumerated().map { ($1, $0) })
            var builder = Builder()
            for (uid, ballot) in zip(uids, written) {
                builder.startBallot(uid: uid)
                for g in ballot.groups.sorted(by: { $0.ordinal < $1.ordinal }) {
                    builder.addGroupEntry(groupRef: g.groupRef, members: g.members, majorityPosition: g.majorityPosition, tally: g.tally)
                }
                let ranked = ballot.votes.map { (rank: rank[$0.deputyRef] ?? 0, vote: $0) }.sorted { $0.rank < $1.rank }
                for v in ranked.lazy.map(\.vote) {
                    builder.addVote(deputyRef: v.deputyRef, groupRef: v.groupRef, position: v.position, byProxy: v.byProxy, cause: v.cause)
                }
            }
            return .some(builder.finish())
        }
    }
}
