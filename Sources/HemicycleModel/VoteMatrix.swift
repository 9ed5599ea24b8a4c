/// A compact, read-only view of many ballots for fast analytics: deputies and groups are
/// interned to integer indices once, and every nominative vote becomes a small fixed-size entry.
///
/// Build it once, from records (``init(records:)``) or from the parts the store keeps packed
/// (``init(ballots:deputyIDs:groupIDs:entries:voteRanges:groupEntries:groupRanges:corrections:)``),
/// then pass it to every analysis (in `HemicycleAnalytics`): the whole 17th legislature (3,876
/// ballots, ~650,000 votes) fits in a few megabytes and each table is one linear pass over the
/// entries.
///
/// Invariants: ballots keep the order they are given in; the entries of ballot `b` are
/// `entries[voteRanges[b]]` and its group breakdown is `groupEntries[groupRanges[b]]`, the
/// ranges following one another from 0; every deputy and group index is valid in
/// ``deputyIDs`` and ``groupIDs``, whose ids are distinct.
public struct VoteMatrix: Sendable, Equatable {
    /// One nominative vote: who, under which group, which position.
    public struct Entry: Hashable, Sendable {
        /// Index into ``VoteMatrix/deputyIDs``.
        public var deputy: Int32
        /// Index into ``VoteMatrix/groupIDs``: the group the ballot lists the deputy under.
        public var group: Int32
        /// The recorded position.
        public var position: VotePosition
        /// Whether the vote was cast by proxy (*par délégation*).
        public var byProxy: Bool
        /// Why the deputy is listed non-voting, if published.
        public var cause: NonVotingCause?

        public init(deputy: Int32, group: Int32, position: VotePosition, byProxy: Bool, cause: NonVotingCause?) {
            self.deputy = deputy
            self.group = group
            self.position = position
            self.byProxy = byProxy
            self.cause = cause
        }
    }

    /// One group's published breakdown on one ballot (*ventilation des votes*).
    public struct GroupEntry: Hashable, Sendable {
        /// Index into ``VoteMatrix/groupIDs``.
        public var group: Int32
        /// Members of the group that day (*nombreMembresGroupe*), a count of deputies.
        public var members: Int
        /// The published majority position (*positionMajoritaire*), if any.
        public var majorityPosition: VotePosition?
        /// The group's published counts.
        public var tally: Tally

        public init(group: Int32, members: Int, majorityPosition: VotePosition?, tally: Tally) {
            self.group = group
            self.members = members
            self.majorityPosition = majorityPosition
            self.tally = tally
        }
    }

    /// The ballots, in the order given.
    public let ballots: [Ballot]
    /// Deputy ids (`PA…`), indexed by ``Entry/deputy``.
    public let deputyIDs: [String]
    /// Group ids (`PO…`), indexed by ``Entry/group`` and ``GroupEntry/group``.
    public let groupIDs: [String]
    /// Every nominative vote, ballot after ballot.
    public let entries: [Entry]
    /// For each ballot, its range in ``entries``.
    public let voteRanges: [Range<Int>]
    /// Every group breakdown, ballot after ballot, in the published order.
    public let groupEntries: [GroupEntry]
    /// For each ballot, its range in ``groupEntries``.
    public let groupRanges: [Range<Int>]
    /// The corrections (*mises au point*) of each ballot, as published.
    public let corrections: [[Correction]]

    private let deputyIndex: [String: Int32]
    private let groupIndex: [String: Int32]

    /// Interns the records. Cost: one dictionary look-up per vote.
    public init(records: [BallotRecord]) {
        var deputyIndex: [String: Int32] = [:]
        var groupIndex: [String: Int32] = [:]
        var deputyIDs: [String] = []
        var groupIDs: [String] = []
        var entries: [Entry] = []
        var groupEntries: [GroupEntry] = []
        var voteRanges: [Range<Int>] = []
        var groupRanges: [Range<Int>] = []
        entries.reserveCapacity(records.reduce(0) { $0 + $1.votes.count })
        voteRanges.reserveCapacity(records.count)
        groupRanges.reserveCapacity(records.count)

        for record in records {
            let groupStart = groupEntries.count
            for g in record.groups {
                groupEntries.append(GroupEntry(
                    group: Self.intern(g.groupRef, &groupIndex, &groupIDs), members: g.members,
                    majorityPosition: g.majorityPosition, tally: g.tally))
            }
            groupRanges.append(groupStart..<groupEntries.count)
            let voteStart = entries.count
            // The lists come group by group, so the previous group id usually matches: a string
            // comparison instead of a hash look-up.
            var lastGroupRef = "", lastGroup: Int32 = -1
            for v in record.votes {
                if lastGroup < 0 || v.groupRef != lastGroupRef {
                    lastGroupRef = v.groupRef
                    lastGroup = Self.intern(v.groupRef, &groupIndex, &groupIDs)
                }
                entries.append(Entry(
                    deputy: Self.intern(v.deputyRef, &deputyIndex, &deputyIDs), group: lastGroup,
                    position: v.position, byProxy: v.byProxy, cause: v.cause))
            }
            voteRanges.append(voteStart..<entries.count)
        }
        self.init(ballots: records.map(\.ballot), deputyIDs: deputyIDs, groupIDs: groupIDs, entries: entries,
                  voteRanges: voteRanges, groupEntries: groupEntries, groupRanges: groupRanges,
                  corrections: records.map(\.corrections))
    }

    /// Assembles a matrix from its parts, already interned (as the store's packed copy of the
    /// votes gives them); the parts must satisfy the invariants stated on the type.
    ///
    /// - Precondition: `voteRanges`, `groupRanges` and `corrections` have one element per ballot.
    public init(ballots: [Ballot], deputyIDs: [String], groupIDs: [String], entries: [Entry], voteRanges: [Range<Int>],
                groupEntries: [GroupEntry], groupRanges: [Range<Int>], corrections: [[Correction]]) {
        precondition(voteRanges.count == ballots.count && groupRanges.count == ballots.count && corrections.count == ballots.count,
                     "one vote range, group range and correction list per ballot")
        self.ballots = ballots
        self.deputyIDs = deputyIDs
        self.groupIDs = groupIDs
        self.entries = entries
        self.voteRanges = voteRanges
        self.groupEntries = groupEntries
        self.groupRanges = groupRanges
        self.corrections = corrections
        deputyIndex = Dictionary(deputyIDs.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        groupIndex = Dictionary(groupIDs.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The index of `id` in `ids`, appending it (and recording it in `index`) when first seen.
    static func intern(_ id: String, _ index: inout [String: Int32], _ ids: inout [String]) -> Int32 {
        if let i = index[id] { return i }
        let i = Int32(ids.count)
        index[id] = i
        ids.append(id)
        return i
    }

    /// The index of a deputy id, or nil if the deputy is listed on none of the ballots.
    public func deputy(_ id: String) -> Int32? { deputyIndex[id] }

    /// The index of a group id, or nil if no ballot mentions the group.
    public func group(_ id: String) -> Int32? { groupIndex[id] }

    /// The number of interned deputies.
    public var deputyCount: Int { deputyIDs.count }

    /// The number of interned groups.
    public var groupCount: Int { groupIDs.count }
}
