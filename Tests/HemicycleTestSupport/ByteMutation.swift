/// One edit a mutation fuzzer makes to a byte buffer, at an index drawn by the caller. The
/// mutation-fuzzing suites of the AN JSON, CSV and zip readers each draw from their own list
/// (``apply(oneOf:to:at:using:)``), with the bytes that matter to their reader.
public enum ByteMutation: Sendable {
    /// XORs the byte with a random non-zero value.
    case flip
    /// Removes the byte.
    case remove
    /// Inserts one of these byte strings, drawn at random, before the byte.
    case insert([[UInt8]])
    /// Inserts one of these byte strings, drawn at random, at the start of the buffer.
    case prepend([[UInt8]])
    /// Cuts the buffer at the byte.
    case truncate
    /// Inserts a copy of the 1…64 bytes from the index (fewer at the end) before them.
    case duplicate

    /// Applies the mutation at `i`, a valid index of `bytes`.
    public func apply(to bytes: inout [UInt8], at i: Int, using rng: inout SplitMix64) {
        switch self {
        case .flip: bytes[i] ^= UInt8.random(in: 1...255, using: &rng)
        case .remove: bytes.remove(at: i)
        case .insert(let tokens): bytes.insert(contentsOf: tokens.randomElement(using: &rng) ?? [], at: i)
        case .prepend(let tokens): bytes.insert(contentsOf: tokens.randomElement(using: &rng) ?? [], at: 0)
        case .truncate: bytes.removeSubrange(i..<bytes.count)
        case .duplicate:
            let j = min(bytes.count, i + Int.random(in: 1...64, using: &rng))
            bytes.insert(contentsOf: bytes[i..<j], at: i)
        }
    }

    /// Applies one of `mutations`, drawn at random, at `i`.
    public static func apply(oneOf mutations: [ByteMutation], to bytes: inout [UInt8], at i: Int, using rng: inout SplitMix64) {
        mutations[Int.random(in: 0..<mutations.count, using: &rng)].apply(to: &bytes, at: i, using: &rng)
    }
}
