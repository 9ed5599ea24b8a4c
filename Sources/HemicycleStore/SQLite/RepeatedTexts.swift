import Foundation

/// The text columns of a scan whose values repeat from row to row (a ballot's type label,
/// majority rule, sitting, requester…): each value is made into a `String` when first met and
/// that string shared by the rows that repeat it, instead of being allocated and checked as
/// UTF-8 again for every row (the 7,978 ballots of an analytics table: 9–13 % of `turnout` and
/// `agreement` decoded ballot rows, perf). Columns of distinct values (a title) are read as usual.
///
/// A lookup compares the bytes with the few values last met in the column, most recent first.
final class RepeatedTexts {
    /// Values remembered per column: enough for the few labels of a column, and for runs of one
    /// sitting's ballots.
    static let capacity = 8

    /// Bit `i` set: column `i` (below 64) is read through the cache.
    private let columns: UInt64
    /// Per column, the values last met, most recent first: their bytes and their string.
    private var recent: [[(bytes: [UInt8], text: String)]]

    /// A cache for the columns at `indices` (from 0; those from 64 on are read as usual).
    init(columns indices: [Int32]) {
        columns = indices.filter { (0..<64).contains($0) }.reduce(0) { $0 | 1 << UInt64($1) }
        recent = Array(repeating: [], count: 64)
    }

    /// `row` read through the cache.
    func reading(_ row: RawRow) -> Row { Row(raw: row, cache: self) }

    /// A raw row whose cached columns are read through ``RepeatedTexts``.
    struct Row: PositionalColumns {
        let raw: RawRow
        let cache: RepeatedTexts

        func text(_ i: Int32) -> String {
            guard i >= 0, i < 64, cache.columns & 1 << UInt64(i) != 0 else { return raw.text(i) }
            return raw.withBytes(i) { cache.text(column: Int(i), bytes: $0) }
        }

        func optionalText(_ i: Int32) -> String? { raw.isNull(i) ? nil : text(i) }
        func int(_ i: Int32) -> Int { raw.int(i) }
        func optionalInt(_ i: Int32) -> Int? { raw.optionalInt(i) }
    }

    /// The string of `bytes` in `column`: the one made before when it was met recently.
    private func text(column: Int, bytes: UnsafeBufferPointer<UInt8>) -> String {
        for (k, known) in recent[column].enumerated() where known.bytes.count == bytes.count {
            let same = known.bytes.withUnsafeBufferPointer { stored in
                guard let a = stored.baseAddress, let b = bytes.baseAddress else { return bytes.isEmpty }
                return memcmp(a, b, bytes.count) == 0
            }
            guard same else { continue }
            if k > 0 { recent[column].swapAt(k, k - 1) }  // a frequent value moves to the front
            return known.text
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if recent[column].count == Self.capacity { recent[column].removeLast() }
        recent[column].insert((Array(bytes), text), at: 0)
        return text
    }
}
