import Foundation
import HemicycleModel

/// Matching a bill's title inside a ballot's title ("… de la proposition de loi relative au
/// renforcement de la sûreté dans les transports (première lecture)"). Titles are folded first
/// (``TextFolding/fold(_:)``: lower case, no accents).
enum BillTitle {
    /// Leading words of a dossier title that a ballot's title words differently or not at all.
    static let prefixes = [
        "proposition de loi organique ", "proposition de loi constitutionnelle ", "proposition de loi ",
        "projet de loi organique ", "projet de loi constitutionnel ", "projet de loi de ", "projet de loi ",
        "proposition de resolution europeenne ", "proposition de resolution ",
    ]
    /// Filler words left out of the word-overlap score.
    static let stopWords: Set<String> = ["de", "la", "le", "les", "des", "du", "et", "a", "au", "aux", "en", "l", "d", "un", "une", "pour", "sur", "dans", "par", "relative", "relatif", "visant"]

    /// The distinctive part of a folded dossier title.
    static func key(_ foldedTitle: String) -> String {
        var key = foldedTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in prefixes where key.hasPrefix(prefix) {
            key.removeFirst(prefix.count)
            break
        }
        return key
    }

    /// Significant words of a folded text.
    static func words(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 1 && !stopWords.contains($0) })
    }

    /// The share of the key's significant words found in the ballot title, in 0…1 (0 for a key without any).
    static func overlap(_ ballotTitle: String, _ key: String) -> Double {
        let keyWords = words(key)
        guard !keyWords.isEmpty else { return 0 }
        return Double(keyWords.intersection(words(ballotTitle)).count) / Double(keyWords.count)
    }

    /// A dossier's title key (``key(_:)``) with its UTF-8 bytes, made once per dossier for
    /// ``bestMatch(_:among:)``.
    struct Candidate {
        let id: String
        let key: String
        let bytes: [UInt8]

        init(id: String, key: String) {
            self.id = id
            self.key = key
            bytes = Array(key.utf8)
        }
    }

    /// Every dossier's key, indexed by its first four bytes, to find the keys a ballot title
    /// contains without testing each (``containedKeys(in:)``).
    ///
    /// Hand-written on a measurement: testing the 3,715 ballot titles of the 16th legislature
    /// against the 2,682 dossiers' keys one by one took about 40 s with Foundation's
    /// `String.contains` and still about 1 s with a byte scan; through this index, where each
    /// position of a title is one dictionary look-up, a few tens of milliseconds.
    struct KeyIndex {
        let candidates: [Candidate]
        private var byPrefix: [UInt32: [Int]] = [:]
        /// Keys shorter than four bytes, tested one by one.
        private var short: [Int] = []

        init(_ candidates: [Candidate]) {
            self.candidates = candidates
            for (i, candidate) in candidates.enumerated() {
                if let prefix = Self.prefix(candidate.bytes, at: 0) { byPrefix[prefix, default: []].append(i) } else { short.append(i) }
            }
        }

        /// The four bytes at `offset` as one number, or nil past the end.
        private static func prefix(_ bytes: [UInt8], at offset: Int) -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
        }

        /// The candidates whose key occurs in `title` (UTF-8 bytes of a folded title).
        func containedKeys(in title: [UInt8]) -> [Candidate] {
            var found: Set<Int> = []
            for i in title.indices {
                guard let prefix = Self.prefix(title, at: i) else { break }
                for index in byPrefix[prefix] ?? [] where !found.contains(index) {
                    let key = candidates[index].bytes
                    if i + key.count <= title.count, title[i..<(i + key.count)].elementsEqual(key) { found.insert(index) }
                }
            }
            for index in short where BillTitle.contains(title, candidates[index].bytes) { found.insert(index) }
            return found.map { candidates[$0] }
        }
    }

    /// The candidate of `index` whose key the folded ballot title contains, the longest.
    static func bestMatch(_ ballotTitle: String, in index: KeyIndex) -> String? {
        longest(index.containedKeys(in: Array(ballotTitle.utf8)))
    }

    /// The longest key, ties broken by the smallest id: a title that names "la sûreté dans les
    /// transports" also contains shorter keys of other bills.
    private static func longest(_ contained: [Candidate]) -> String? {
        contained.max(by: { ($0.key.count, $1.id) < ($1.key.count, $0.id) })?.id
    }

    /// The candidate whose title the folded ballot title names: the longest contained key, else
    /// the best word overlap (at least 80 % of the key's words present), when it is unique. (For
    /// the few dossiers of one sitting; over every dossier, where only containment counts,
    /// ``bestMatch(_:in:)``.)
    static func bestMatch(_ ballotTitle: String, among candidates: [Candidate]) -> String? {
        let title = Array(ballotTitle.utf8)
        if let found = longest(candidates.filter { contains(title, $0.bytes) }) { return found }
        let scored = candidates.map { candidate -> (String, Double) in
            (candidate.id, overlap(ballotTitle, candidate.key))
        }.filter { $0.1 >= 0.8 }.sorted { $0.1 > $1.1 }
        guard let best = scored.first else { return nil }
        if scored.count > 1 && scored[1].1 == best.1 { return nil }
        return best.0
    }

    /// Whether `needle` occurs in `haystack`, byte for byte. Both sides are folded titles
    /// (``TextFolding/fold(_:)``), so equal text is equal bytes; Foundation's `String.contains`
    /// was the cost of linking (see ``KeyIndex``). Glibc's `memmem` is not visible from Swift:
    /// the first byte is scanned for, then `memcmp`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                guard let hBase = h.baseAddress, let nBase = n.baseAddress else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first, memcmp(hBase + i, nBase, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
