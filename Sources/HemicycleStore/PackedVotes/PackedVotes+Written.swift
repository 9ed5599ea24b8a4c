import HemicycleModel

extension PackedVotes {
    /// The group entries and votes an import wrote, kept as it writes them, so that a legislature
    /// whose every stored ballot was written by this import is packed from memory instead of
    /// reading its 650,000 votes back from the tables (0.8–0.9 s of a first import of the 17th,
    /// measured in "2026-12-07, evening"). The result is the same as ``PackedVotes/pack(legislature:in:)``:
    /// ballots in uid order, group entries by their ordinal, votes by deputy id (bytewise, as SQLite
    /// compares text), the `PO0` groups as recovered (``regroup(ballotUID:ordinal:group:groupID:)``).
    ///
    /// Votes are kept by the integer ids the import gave their deputy and group in `vote_ref`
    /// (``CompactVotesSchema``), not by their text: packing then hashes no string per vote and
    /// sorts plain integers (hashing and sorting the text ids was 11 % of the import's writing
    /// thread, perf, "2026-12-07, late night" in Benchmarks/README.md).
    struct Written {
        /// A group breakdown as the packing reads it.
        struct GroupEntry {
            var ordinal: Int
            var groupRef: String
            var members: Int
            var majorityPosition: VotePosition?
            var tally: Tally
        }

        /// A nominative vote as the packing reads it: its deputy and group by their `vote_ref` ids.
        struct WrittenVote {
            var deputy: Int
            var group: Int
            var position: VotePosition
            var byProxy: Bool
            /// The cause as stored (its code when the model does not know it), read back as the
            /// packing of the tables does.
            var cause: NonVotingCause?
            var groupEntry: Int?

            /// The vote `vote` as written, with the `vote_ref` ids of its deputy and group.
            init(_ vote: Vote, deputy: Int, group: Int) {
                self.deputy = deputy
                self.group = group
                position = vote.position
                byProxy = vote.byProxy
                cause = vote.cause ?? vote.causeCode.flatMap(NonVotingCause.init(rawValue:))
                groupEntry = vote.groupEntry
            }
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

        /// Records what ``ImportTransaction`` wrote for `record`: `votes` are its votes as written,
        /// in the record's order; nil when one names another ballot than the record's.
        mutating func add(_ record: BallotRecord, votes: [WrittenVote]?) {
            let b = record.ballot
            guard let votes, record.groups.allSatisfy({ $0.ballotUID == b.uid }) else {
                unmirrored.insert(b.legislature)
                ballots[b.uid] = nil
                return
            }
            let groups = record.groups.map {
                GroupEntry(ordinal: $0.order, groupRef: $0.groupRef, members: $0.members, majorityPosition: $0.majorityPosition, tally: $0.tally)
            }
            ballots[b.uid] = WrittenBallot(legislature: b.legislature, groups: groups, votes: votes)
        }

        /// Mirrors the recovery of a `PO0` group entry: the entry and the votes listed under it
        /// take `group`, whose `vote_ref` id is `groupID`.
        mutating func regroup(ballotUID: String, ordinal: Int, group: String, groupID: Int) {
            guard var ballot = ballots[ballotUID] else { return }
            for i in ballot.groups.indices where ballot.groups[i].ordinal == ordinal { ballot.groups[i].groupRef = group }
            for i in ballot.votes.indices where ballot.votes[i].groupEntry == ordinal { ballot.votes[i].group = groupID }
            ballots[ballotUID] = ballot
        }

        /// The packing of the ballots `uids` (a legislature's, as stored, in uid order) when every
        /// one of them was written here; nil when one was not (the caller packs the tables).
        /// The outer optional is nil when packing from memory is not possible; the inner one is
        /// the packing's result (nil when the legislature cannot be packed).
        ///
        /// - Parameter refs: the official id of each `vote_ref` id the votes name.
        func pack(legislature: Int, uids: [String], refs: [Int: String]) -> PackedVotes?? {
            guard !unmirrored.contains(legislature), !uids.isEmpty else { return nil }
            var written: [WrittenBallot] = []
            written.reserveCapacity(uids.count)
            for uid in uids {
                guard let ballot = ballots[uid], ballot.legislature == legislature else { return nil }
                written.append(ballot)
            }
            guard let names = RefNames(refs) else { return nil }
            // Each deputy's rank in bytewise order of their ids, computed once for the few hundred
            // deputies, by `vote_ref` id.
            var isDeputy = [Bool](repeating: false, count: names.count)
            for ballot in written {
                for v in ballot.votes {
                    guard names.contains(v.deputy), names.contains(v.group) else { return nil }
                    isDeputy[v.deputy] = true
                }
            }
            var rank = [Int32](repeating: -1, count: names.count)
            let deputies = isDeputy.indices.filter { isDeputy[$0] }
            for (r, id) in deputies.sorted(by: { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }).enumerated() {
                rank[id] = Int32(r)
            }
            // The packed index of each `vote_ref` id, assigned by the builder on first sight, so
            // that ids are interned in the same order as when packing the tables.
            var deputyIndex = [Int32](repeating: -1, count: names.count)
            var groupIndex = [Int32](repeating: -1, count: names.count)
            var builder = Builder()
            // A ballot's votes by their deputy's rank: `vote_row`'s key (ballot, deputy) makes a
            // deputy vote once per ballot, so each rank holds one vote at most and placing them
            // by rank orders them, without comparing (sorting was 1.8 % of the writing thread).
            var byRank = [Int32](repeating: -1, count: deputies.count)
            for (uid, ballot) in zip(uids, written) {
                builder.startBallot(uid: uid)
                for g in ballot.groups.sorted(by: { $0.ordinal < $1.ordinal }) {
                    builder.addGroupEntry(group: builder.groupIndex(of: g.groupRef), members: g.members,
                                          majorityPosition: g.majorityPosition, tally: g.tally)
                }
                var lowest = byRank.count, highest = -1
                for (i, v) in ballot.votes.enumerated() {
                    let r = Int(rank[v.deputy])
                    guard byRank[r] < 0 else { return nil }  // not one vote per deputy: pack the tables
                    byRank[r] = Int32(i)
                    lowest = min(lowest, r)
                    highest = max(highest, r)
                }
                guard lowest <= highest else { continue }
                for r in lowest...highest where byRank[r] >= 0 {
                    let v = ballot.votes[Int(byRank[r])]
                    byRank[r] = -1
                    if deputyIndex[v.deputy] < 0 { deputyIndex[v.deputy] = Int32(builder.deputyIndex(of: names[v.deputy])) }
                    if groupIndex[v.group] < 0 { groupIndex[v.group] = Int32(builder.groupIndex(of: names[v.group])) }
                    builder.addVote(deputy: UInt32(deputyIndex[v.deputy]), group: UInt32(groupIndex[v.group]),
                                    position: v.position, byProxy: v.byProxy, cause: v.cause)
                }
            }
            return .some(builder.finish())
        }
    }

    /// The official ids of `vote_ref` ids, in an array indexed by id (ids are small and dense:
    /// SQLite numbers them from 1).
    private struct RefNames {
        private var names: [String?]

        /// Nil when an id is negative or far beyond the number of ids (not the dense numbering
        /// this relies on): the caller then packs the tables.
        init?(_ refs: [Int: String]) {
            let largest = refs.keys.max() ?? 0
            guard refs.keys.allSatisfy({ $0 >= 0 }), largest <= 4 * refs.count + 1024 else { return nil }
            names = [String?](repeating: nil, count: largest + 1)
            for (id, ref) in refs { names[id] = ref }
        }

        var count: Int { names.count }
        func contains(_ id: Int) -> Bool { id >= 0 && id < names.count && names[id] != nil }
        /// The official id of `id`, which ``contains(_:)``.
        subscript(id: Int) -> String { names[id] ?? "" }
    }
}
