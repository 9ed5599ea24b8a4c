/// Entity tags: a stable digest of the store's import state and of what was asked.
enum ETag {
    /// FNV-1a, 64 bits, in hexadecimal: stable across runs and machines (Swift's `Hasher` is
    /// seeded per process), which is all a cache validator needs; not a cryptographic hash.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The weak validator of one representation: the import state and the request's path and
    /// query (which carry the language and the format). Weak, as the gzip and plain bodies share it.
    static func of(state: String, target: String) -> String {
        "W/\"\(state)-\(digest(target))\""
    }

    /// Whether an `If-None-Match` header names `tag` (or is `*`).
    static func matches(_ header: String, _ tag: String) -> Bool {
        let opaque = { (value: Substring) -> Substring in
            let trimmed = value.drop { $0 == " " }
            return trimmed.hasPrefix("W/") ? trimmed.dropFirst(2) : trimmed
        }
        let wanted = opaque(Substring(tag))
        return header.split(separator: ",").contains { opaque($0).trimmingSuffixSpaces == wanted || $0.trimmingSuffixSpaces == "*" || $0.drop { $0 == " " } == "*" }
    }
}

private extension Substring {
    var trimmingSuffixSpaces: Substring {
        var text = self
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
