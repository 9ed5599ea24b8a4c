import Foundation

/// A stable fingerprint of a record's content, to tell on a later import whether a person, body
/// or mandate changed even when it comes from another file (a mandate is published on its own
/// and inside its person's file).
///
/// The fingerprint is the 64-bit FNV-1a of the record's canonical JSON encoding (keys sorted),
/// in hexadecimal: stored in the database, so it must not change between runs or versions —
/// Swift's `Hasher` is seeded per process, hence this. Pure and thread-safe: the importer computes
/// it on its decoding threads.
public enum ContentHash {
    /// The fingerprint of `value` (16 hexadecimal digits at most, no leading zeros).
    public static func of(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        try encoder.encode(value).withUnsafeBytes { bytes in
            for byte in bytes {
                state ^= UInt64(byte)
                state = state &* 0x0000_0100_0000_01B3
            }
        }
        return String(state, radix: 16)
    }

    /// The same fingerprint for a record that writes its canonical JSON itself (persons, bodies,
    /// mandates): equal to ``of(_:)-(Encodable)`` for every value, without `JSONEncoder`.
    public static func of(_ value: some CanonicallyEncodable) -> String {
        var writer = CanonicalJSONWriter()
        value.writeCanonicalJSON(to: &writer)
        return String(writer.fingerprint, radix: 16)
    }
}
