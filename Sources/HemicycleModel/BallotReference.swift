import Foundation

/// How a user names a ballot, in every command and notebook: its number in the latest legislature
/// (`773`), a legislature and a number (`16:1274`), or the Assemblée's uid (`VTANR5L16V1274`).
///
/// Parsing is pure; finding the ballot is the store's job, which turns a number without a
/// legislature into one of the latest legislature (or of the one a command's `--legislature`
/// names).
public enum BallotReference: Hashable, Sendable, CustomStringConvertible {
    /// A ballot number, in `legislature` when given, else in the default one.
    case number(Int, legislature: Int?)
    /// The Assemblée's uid, upper-cased (`VTANR5L16V1274`).
    case uid(String)

    /// Parses `773`, `16:1274` or `VTANR5L16V1274` (any case, surrounding spaces ignored).
    public init(parsing text: String) throws(BallotReferenceError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func positive(_ digits: Substring) -> Int? {
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits), value > 0 else { return nil }
            return value
        }
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1, let number = positive(parts[0]) {
            self = .number(number, legislature: nil)
        } else if parts.count == 2, let legislature = positive(parts[0]), let number = positive(parts[1]) {
            self = .number(number, legislature: legislature)
        } else if parts.count == 1, trimmed.uppercased().hasPrefix("VT"), trimmed.count <= 40,
                  trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            self = .uid(trimmed.uppercased())
        } else {
            throw BallotReferenceError(text: text)
        }
    }

    /// The reference with `legislature` filled in where the text gave none (a `--legislature`
    /// option, say); a legislature written in the reference wins.
    public func defaulting(legislature: Int?) -> BallotReference {
        if case .number(let number, nil) = self, let legislature { return .number(number, legislature: legislature) }
        return self
    }

    /// The reference as a user would write it again: `773`, `16:1274` or the uid.
    public var description: String {
        switch self {
        case .number(let number, nil): return "\(number)"
        case .number(let number, let legislature?): return "\(legislature):\(number)"
        case .uid(let uid): return uid
        }
    }
}

/// A text that is not a ballot reference.
public struct BallotReferenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text as given.
    public var text: String

    public init(text: String) { self.text = text }

    public var description: String {
        "'\(text)' is not a ballot: write its number (773, in the latest legislature), legislature:number (16:1274) or its uid (VTANR5L16V1274)"
    }
}
