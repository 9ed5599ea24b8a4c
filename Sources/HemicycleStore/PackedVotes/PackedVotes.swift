import Foundation
import HemicycleModel

/// One legislature's nominative votes and group breakdowns, packed into a few blobs (a row of
/// table `packed_votes`), so that the analytics read one row instead of 650,000 and assemble a
/// ``VoteMatrix`` for any selection of its ballots without hashing a string per vote.
///
/// Derived data: rebuilt from the `vote` and `group_vote` tables, in the same transaction, by
/// every import that changes a ballot of the legislature (and by the migration that created the
/// table); never written otherwise. Readers fall back to the tables when the row is missing, does
/// not cover a selected ballot, or does not decode.
///
/// Columns (integers little-endian):
/// - `ballot_uids`, `deputy_refs`, `group_refs`: the ids, joined by a line feed (no published id
///   holds one; a legislature where one would is left unpacked). Ballots in uid order.
/// - `ballot_counts`: per ballot, 8 bytes: UInt32 number of votes, UInt32 number of group entries.
/// - `votes`: per nominative vote, ballot after ballot in the order of the `vote` table's key
///   (deputy id), 8 bytes: UInt32 deputy index, UInt16 group index, UInt8 position (0 for,
///   1 against, 2 abstention, 3 non-voting), UInt8 flags (bit 0: by proxy; bits 1–2: published
///   cause of non-voting, 0 none or unknown, 1 `MG`, 2 `PAN`, 3 `PSE`).
/// - `group_entries`: per group breakdown, ballot after ballot in published order, 32 bytes:
///   UInt32 group index, Int32 members, UInt8 majority position (0 none, else position + 1),
///   3 zero bytes, then Int32 for, against, abstentions, non-voting, voluntary non-voting.
struct PackedVotes {
    static let voteSize = 8
    static let groupEntrySize = 32
    static let countsSize = 8

    /// Positions by code (the order of the `position` codes above).
    static let positions: [VotePosition] = [.for, .against, .abstention, .nonVoting]
    /// Causes by code − 1.
    static let causes: [NonVotingCause] = [.governmentMember, .presidentOfAssembly, .presidingSitting]

    var ballotUIDs: [String] = []
    var deputyRefs: [String] = []
    var groupRefs: [String] = []
    var ballotCounts: [UInt8] = []
    var votes: [UInt8] = []
    var groupEntries: [UInt8] = []
}

// MARK: Packing

extension PackedVotes {
    /// Packs ballots one after the other; see ``PackedVotes`` for the layout.
    struct Builder {
        private(set) var packed = PackedVotes()
        private var deputyIndices: [String: UInt32] = [:]
        private var groupIndices: [String: UInt32] = [:]
        private var voteCount: UInt32 = 0
        private var groupCount: UInt32 = 0
        /// Why the legislature cannot be packed (an id with a line feed, a count out of range),
        /// or nil.
        private(set) var unpackable: String?

        /// Starts the next ballot; its groups and votes follow.
        mutating func startBallot(uid: String) {
            closeBallot()
            Self.check(id: uid, &unpackable)
            packed.ballotUIDs.append(uid)
        }

        /// The packed index of deputy `ref`, interned on first sight.
        mutating func deputyIndex(of ref: String) -> UInt32 {
            Self.intern(ref, &deputyIndices, &packed.deputyRefs, &unpackable)
        }

        /// The packed index of group `ref`, interned on first sight.
        mutating func groupIndex(of ref: String) -> UInt32 {
            Self.intern(ref, &groupIndices, &packed.groupRefs, &unpackable)
        }

        /// Adds a group breakdown to the current ballot.
        mutating func addGroupEntry(groupRef: String, members: Int, majorityPosition: VotePosition?, tally: Tally) {
            addGroupEntry(group: groupIndex(of: groupRef), members: members, majorityPosition: majorityPosition, tally: tally)
        }

        /// Adds a group breakdown to the current ballot, its group given by packed index (``groupIndex(of:)``).
        mutating func addGroupEntry(group: UInt32, members: Int, majorityPosition: VotePosition?, tally: Tally) {
            let members = int32(members)
            Self.append(group, to: &packed.groupEntries)
            Self.append(members, to: &packed.groupEntries)
            packed.groupEntries.append(majorityPosition.flatMap { PackedVotes.positions.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0)
            packed.groupEntries.append(contentsOf: [0, 0, 0])
            for count in [tally.for, tally.against, tally.abstentions, tally.nonVoting, tally.voluntaryNonVoting] {
                let count = int32(count)
                Self.append(count, to: &packed.groupEntries)
            }
            groupCount += 1
        }

        /// Adds a nominative vote to the current ballot.
        mutating func addVote(deputyRef: String, groupRef: String, position: VotePosition, byProxy: Bool, cause: NonVotingCause?) {
            let deputy = deputyIndex(of: deputyRef)
            addVote(deputy: deputy, group: groupIndex(of: groupRef), position: position, byProxy: byProxy, cause: cause)
        }

        /// Adds a nominative vote to the current ballot, its deputy and group given by packed index
        /// (``deputyIndex(of:)``, ``groupIndex(of:)``).
        mutating func addVote(deputy: UInt32, group: UInt32, position: VotePosition, byProxy: Bool, cause: NonVotingCause?) {
            if group > UInt32(UInt16.max) { unpackable = "more than \(UInt16.max) groups" }
            Self.append(deputy, to: &packed.votes)
            packed.votes.append(UInt8(truncatingIfNeeded: group))
            packed.votes.append(UInt8(truncatingIfNeeded: group >> 8))
            packed.votes.append(UInt8(PackedVotes.positions.firstIndex(of: position) ?? 3))
            let causeCode = cause.flatMap { PackedVotes.causes.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0
            packed.votes.append((byProxy ? 1 : 0) | causeCode << 1)
            voteCount += 1
        }

        /// The packed ballots, or nil when they cannot be packed (see ``unpackable``).
        mutating func finish() -> PackedVotes? {
            closeBallot()
            return unpackable == nil ? packed : nil
        }

        private mutating func closeBallot() {
            guard packed.ballotCounts.count < packed.ballotUIDs.count * PackedVotes.countsSize else { return }
            Self.append(voteCount, to: &packed.ballotCounts)
            Self.append(groupCount, to: &packed.ballotCounts)
            voteCount = 0
            groupCount = 0
        }

        /// The index of `id` in `ids`, appending it on first sight.
        private static func intern(_ id: String, _ index: inout [String: UInt32], _ ids: inout [String],
                                   _ unpackable: inout String?) -> UInt32 {
            if let i = index[id] { return i }
            check(id: id, &unpackable)
            let i = UInt32(ids.count)
            index[id] = i
            ids.append(id)
            return i
        }

        /// Ids are stored joined by line feeds: one holding a line feed cannot be packed.
        private static func check(id: String, _ unpackable: inout String?) {
            if id.utf8.contains(UInt8(ascii: "\n")) { unpackable = "an id holds a line feed: \(id.debugDescription)" }
        }

        private mutating func int32(_ value: Int) -> UInt32 {
            guard let narrow = Int32(exactly: value) else {
                unpackable = "a count does not fit 32 bits: \(value)"
                return 0
            }
            return UInt32(bitPattern: narrow)
        }

        private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }
}

// MARK: Unpacking

extension PackedVotes {
    /// Why a packed row cannot be read: the reader then falls back to the tables.
    struct Mismatch: Error, CustomStringConvertible {
        let description: String
    }

    /// The columns of a `packed_votes` row as stored but the votes, read without copying them.
    struct Columns {
        var ballotUIDs: Substring
        var deputyRefs: Substring
        var groupRefs: Substring
        var ballotCounts: UnsafeRawBufferPointer
        var groupEntries: UnsafeRawBufferPointer
    }

    /// The `votes` blob of a packed row, read in consecutive chunks rather than whole: the whole
    /// blob (9.6 MB for the 17th legislature) copied into fresh memory cost its allocation and a
    /// page fault per 4 KiB on top of the matrix itself (`perf`, `hemicycle deputies`).
    struct VoteStream {
        /// Bytes per chunk: a multiple of ``PackedVotes/voteSize`` small enough to stay in cache.
        static let chunkSize = 8192 * PackedVotes.voteSize

        /// The blob's size, in bytes.
        let byteCount: Int
        /// Copies the `buffer.count` bytes of the blob at byte `offset` into `buffer`.
        let read: (_ buffer: UnsafeMutableRawBufferPointer, _ offset: Int) throws -> Void
        /// Called with each chunk as it is read, before ``forEachChunk(_:)``'s body (the
        /// concurrent digest: ``ConcurrentDigest``).
        var observe: ((_ chunk: UnsafeRawBufferPointer) -> Void)?

        /// Calls `body` with each chunk of the blob in order, and the offset of its first byte.
        func forEachChunk(_ body: (_ chunk: UnsafeRawBufferPointer, _ offset: Int) throws -> Void) throws {
            guard byteCount > 0 else { return }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(Self.chunkSize, byteCount), alignment: 8)
            defer { buffer.deallocate() }
            var offset = 0
            while offset < byteCount {
                let chunk = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(buffer.count, byteCount - offset)])
                try read(chunk, offset)
                observe?(UnsafeRawBufferPointer(chunk))
                try body(UnsafeRawBufferPointer(chunk), offset)
                offset += chunk.count
            }
        }

        /// The digest of the blob (``Checksums/votes(_:)``), read chunk by chunk.
        func digest() throws -> [UInt8] {
            var digest = Checksums.VotesDigest(byteCount: byteCount)
            try forEachChunk { chunk, _ in digest.update(chunk) }
            return digest.finalize()
        }
    }

    /// The matrix of `ballots` (in their order) from a packed row; `votes` nil to leave the
    /// nominative votes out (each ballot's vote range empty). The caller checks the checksums:
    /// the other columns' before, the votes' while this decodes them (``ConcurrentDigest``); a
    /// matrix is used only once both match.
    ///
    /// Deputies and groups are interned in order of first appearance, groups of a ballot's
    /// breakdown before those of its votes, exactly as ``VoteMatrix/init(records:)`` does: the
    /// two matrices are equal, index for index.
    ///
    /// The votes are read in two passes, with no copy of the blob: each chunk's votes are written
    /// straight to their place in the matrix (the ballots' order, not the packed uid order) with
    /// their packed indices, then the matrix's ballots are walked in order to give the deputies
    /// and groups their indices of first appearance.
    ///
    /// - Throws: ``Mismatch`` when a ballot is not in the row, or the row does not decode.
    static func matrix(from columns: Columns, votes: VoteStream?, ballots: [Ballot], corrections: [[Correction]]) throws -> VoteMatrix {
        // The ids, joined by line feeds; an empty column holds none.
        func ids(_ joined: Substring) -> [Substring] {
            joined.isEmpty ? [] : joined.split(separator: "\n", omittingEmptySubsequences: false)
        }
        let uids = ids(columns.ballotUIDs), deputyRefs = ids(columns.deputyRefs), groupRefs = ids(columns.groupRefs)
        guard columns.ballotCounts.count == uids.count * countsSize else {
            throw Mismatch(description: "\(uids.count) ballots but \(columns.ballotCounts.count) bytes of counts")
        }
        // Where each packed ballot's votes and group entries start.
        var voteStart = [Int](repeating: 0, count: uids.count + 1)
        var groupStart = [Int](repeating: 0, count: uids.count + 1)
        for i in uids.indices {
            voteStart[i + 1] = voteStart[i] + Int(columns.ballotCounts.loadUInt32(at: i * countsSize))
            groupStart[i + 1] = groupStart[i] + Int(columns.ballotCounts.loadUInt32(at: i * countsSize + 4))
        }
        guard votes.map({ voteStart[uids.count] * voteSize == $0.byteCount }) ?? true,
              groupStart[uids.count] * groupEntrySize == columns.groupEntries.count else {
            throw Mismatch(description: "the counts do not match the sizes of the vote and group blobs")
        }
        var slot: [Substring: Int] = [:]
        slot.reserveCapacity(uids.count)
        for (i, uid) in uids.enumerated() { slot[uid] = i }

        // The packed ballot of each ballot asked for, and where its votes go in the matrix
        // (-1: a packed ballot not asked for).
        var packedSlots: [Int] = []
        packedSlots.reserveCapacity(ballots.count)
        var destination = [Int](repeating: -1, count: uids.count)
        var voteCount = 0
        for b in ballots.indices {  // by index: `for ballot in ballots` copied each ballot (retaining its strings)
            let uid = ballots[b].uid
            guard let p = slot[Substring(uid)] else { throw Mismatch(description: "ballot \(uid) is not packed") }
            guard destination[p] < 0 else { throw Mismatch(description: "ballot \(uid) asked for twice") }
            packedSlots.append(p)
            destination[p] = voteCount
            voteCount += voteStart[p + 1] - voteStart[p]
        }

        let positions = Self.positions, causes = Self.causes  // read once, not at every vote
        var entries: [VoteMatrix.Entry] = []
        if let votes {
            // Pass 1: every vote asked for at its place, with its packed deputy and group indices.
            let deputyCount = deputyRefs.count, groupCount = groupRefs.count
            entries = try [VoteMatrix.Entry](unsafeUninitializedCapacity: voteCount) { buffer, initialized in
                var p = 0  // the packed ballot of vote k
                try votes.forEachChunk { chunk, offset in
                    var k = offset / voteSize
                    for at in stride(from: 0, to: chunk.count, by: voteSize) {
                        while k >= voteStart[p + 1] { p += 1 }
                        let target = destination[p]
                        if target >= 0 {
                            let deputy = Int(chunk.loadUInt32(at: at))
                            let group = Int(chunk[at + 4]) | Int(chunk[at + 5]) << 8
                            let positionCode = Int(chunk[at + 6]), flags = chunk[at + 7]
                            guard deputy < deputyCount, group < groupCount, positionCode < positions.count else {
                                throw Mismatch(description: "vote \(k): deputy \(deputy), group \(group), position code \(positionCode)")
                            }
                            let causeCode = Int(flags >> 1 & 3)
                            buffer[target + k - voteStart[p]] = VoteMatrix.Entry(
                                deputy: Int32(deputy), group: Int32(group), position: positions[positionCode], byProxy: flags & 1 != 0,
                                cause: causeCode == 0 ? nil : causes[causeCode - 1])
                        }
                        k += 1
                    }
                }
                // Every vote asked for was written: the blob holds every packed ballot's votes.
                initialized = voteCount
            }
        }

        // Pass 2, ballot after ballot in the order asked: the group breakdown, then the votes'
        // indices of first appearance.
        var deputies = FirstAppearance(deputyRefs, kind: "deputy")
        var groups = FirstAppearance(groupRefs, kind: "group")
        var groupEntries: [VoteMatrix.GroupEntry] = []
        var voteRanges: [Range<Int>] = []
        var groupRanges: [Range<Int>] = []
        voteRanges.reserveCapacity(ballots.count)
        groupRanges.reserveCapacity(ballots.count)
        groupEntries.reserveCapacity(ballots.count == uids.count ? groupStart[uids.count] : 0)
        try entries.withUnsafeMutableBufferPointer { entries in
            for p in packedSlots {
                let groupsStartHere = groupEntries.count
                for k in groupStart[p]..<groupStart[p + 1] {
                    let offset = k * groupEntrySize
                    let bytes = columns.groupEntries
                    let majorityCode = Int(bytes[offset + 8])
                    guard majorityCode <= positions.count else { throw Mismatch(description: "majority position code \(majorityCode)") }
                    func count(_ field: Int) -> Int { Int(Int32(bitPattern: bytes.loadUInt32(at: offset + 12 + 4 * field))) }
                    groupEntries.append(VoteMatrix.GroupEntry(
                        group: try groups.index(Int(bytes.loadUInt32(at: offset))),
                        members: Int(Int32(bitPattern: bytes.loadUInt32(at: offset + 4))),
                        majorityPosition: majorityCode == 0 ? nil : positions[majorityCode - 1],
                        tally: Tally(for: count(0), against: count(1), abstentions: count(2), nonVoting: count(3),
                                     voluntaryNonVoting: count(4))))
                }
                groupRanges.append(groupsStartHere..<groupEntries.count)
                guard votes != nil else {
                    voteRanges.append(0..<0)
                    continue
                }
                let range = destination[p]..<(destination[p] + voteStart[p + 1] - voteStart[p])
                for i in range {
                    entries[i].deputy = try deputies.index(Int(entries[i].deputy))
                    entries[i].group = try groups.index(Int(entries[i].group))
                }
                voteRanges.append(range)
            }
        }
        return VoteMatrix(ballots: ballots, deputyIDs: deputies.ids, groupIDs: groups.ids, entries: entries, voteRanges: voteRanges,
                          groupEntries: groupEntries, groupRanges: groupRanges, corrections: corrections)
    }
}

/// Matrix indices given to packed indices (of deputies or groups) in order of first appearance,
/// with the ids in that order. A struct rather than a closure over local arrays, which the
/// compiler boxes: this runs once per vote.
private struct FirstAppearance {
    private let refs: [Substring]
    private let kind: String
    /// Matrix index by packed index; -1 until the packed index is first met.
    private var map: [Int32]
    /// The ids, by matrix index.
    private(set) var ids: [String] = []

    init(_ refs: [Substring], kind: String) {
        self.refs = refs
        self.kind = kind
        map = [Int32](repeating: -1, count: refs.count)
    }

    /// The matrix index of `packed`, assigned now if it is met for the first time.
    @inline(__always)
    mutating func index(_ packed: Int) throws -> Int32 {
        guard packed >= 0, packed < map.count else { throw PackedVotes.Mismatch(description: "\(kind) index \(packed) out of range") }
        let known = map[packed]
        return known >= 0 ? known : assign(packed)
    }

    /// Gives `packed` the next matrix index (kept out of line: it runs once per id, the look-up
    /// above once per vote).
    @inline(never)
    private mutating func assign(_ packed: Int) -> Int32 {
        let assigned = Int32(ids.count)
        map[packed] = assigned
        ids.append(String(refs[packed]))
        return assigned
    }
}

extension UnsafeRawBufferPointer {
    /// The little-endian UInt32 at `offset` (any alignment). The caller has checked the bounds.
    fileprivate func loadUInt32(at offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
