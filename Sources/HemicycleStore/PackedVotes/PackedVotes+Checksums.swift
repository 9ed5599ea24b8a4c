import Crypto
import Foundation

extension PackedVotes {
    /// The SHA-256 digests stored beside a packed row, checked on every read: a flipped bit in the
    /// blobs would otherwise change figures silently (issue 22). Two digests, so that a reader that
    /// leaves the votes out (``AnalyticsSnapshot/Votes/countsOnly``) checks what it reads without
    /// reading the 5 MB of votes; SHA-256 (swift-crypto) costs about 3 ms for those 5 MB here.
    struct Checksums: Equatable {
        /// Over the ids, the counts and the group entries.
        var counts: [UInt8]
        /// Over the votes.
        var votes: [UInt8]

        /// The digest of the ids, counts and group entries; each part is preceded by its length,
        /// so that no byte can move from one part to the next unnoticed.
        static func counts(ballotUIDs: String, deputyRefs: String, groupRefs: String,
                           ballotCounts: UnsafeRawBufferPointer, groupEntries: UnsafeRawBufferPointer) -> [UInt8] {
            var hasher = SHA256()
            for ids in [ballotUIDs, deputyRefs, groupRefs] {
                var ids = ids
                ids.withUTF8 { update(&hasher, UnsafeRawBufferPointer($0)) }
            }
            update(&hasher, ballotCounts)
            update(&hasher, groupEntries)
            return Array(hasher.finalize())
        }

        /// The digest of the votes blob.
        static func votes(_ votes: UnsafeRawBufferPointer) -> [UInt8] {
            var digest = VotesDigest(byteCount: votes.count)
            digest.update(votes)
            return digest.finalize()
        }

        /// The digest of the votes blob fed in consecutive chunks, for a reader that streams it
        /// (``PackedVotes/VoteStream``): the same bytes as ``votes(_:)`` of the whole blob.
        struct VotesDigest {
            private var hasher = SHA256()

            /// Starts the digest of a blob of `byteCount` bytes (its length leads, as in every part).
            init(byteCount: Int) { Checksums.addLength(byteCount, to: &hasher) }

            /// Adds the next chunk of the blob.
            mutating func update(_ chunk: UnsafeRawBufferPointer) { hasher.update(bufferPointer: chunk) }

            /// The digest, once every chunk is in.
            func finalize() -> [UInt8] { Array(hasher.finalize()) }
        }

        private static func update(_ hasher: inout SHA256, _ bytes: UnsafeRawBufferPointer) {
            addLength(bytes.count, to: &hasher)
            hasher.update(bufferPointer: bytes)
        }

        /// The length that precedes every part, 8 bytes little-endian.
        private static func addLength(_ count: Int, to hasher: inout SHA256) {
            withUnsafeBytes(of: UInt64(count).littleEndian) { hasher.update(bufferPointer: $0) }
        }
    }

    /// A packed row whose content does not match its stored digest: the reader falls back to the
    /// tables, and says so (see ``AnalyticsSnapshot/damagedPackedVotes``).
    struct ChecksumMismatch: Error, CustomStringConvertible {
        let legislature: Int
        /// `"counts"` or `"votes"`.
        let part: String
        var description: String {
            "the packed votes of legislature \(legislature) do not match their checksum (\(part))"
        }
    }
}
