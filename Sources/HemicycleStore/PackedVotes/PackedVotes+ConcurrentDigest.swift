import Dispatch

extension PackedVotes {
    /// The digest of a votes blob computed on another thread while this one decodes the same
    /// chunks (``VoteStream/observe``): a copy of each chunk is handed over as it is read.
    ///
    /// Why: SHA-256 of the 17th legislature's 9.6 MB of votes was the largest single cost of
    /// loading a selection that needs the votes (6 % of the four analytics tables in-process,
    /// `perf`); the machine has a second core, idle while a command decodes. The connection is
    /// not shared with that thread (SQLite's connections are not used from two threads at once
    /// here): only copies of the chunks already read cross over.
    final class ConcurrentDigest: @unchecked Sendable {
        /// Every access to `digest` runs on this serial queue, in the chunks' order.
        private let queue = DispatchQueue(label: "hemicycle.packed-votes.digest")
        private var digest: Checksums.VotesDigest
        /// Bytes handed over so far.
        private(set) var bytesFed = 0

        /// Starts the digest of a blob of `byteCount` bytes.
        init(byteCount: Int) { digest = Checksums.VotesDigest(byteCount: byteCount) }

        /// Hands a copy of the next chunk to the digest's thread.
        func feed(_ chunk: UnsafeRawBufferPointer) {
            let copy = [UInt8](chunk)
            bytesFed += copy.count
            queue.async { copy.withUnsafeBytes { self.digest.update($0) } }
        }

        /// Waits for every chunk handed over, then gives the digest.
        func finalize() -> [UInt8] {
            queue.sync { digest.finalize() }
        }
    }
}
