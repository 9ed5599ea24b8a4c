/// The result of reading an amendment's operative text (*dispositif*).
public struct DispositifParse: Hashable, Sendable {
    /// How much of the text was understood.
    public enum Coverage: String, Hashable, Sendable {
        /// Every instruction was understood.
        case full
        /// Some instructions were understood, others are in ``DispositifParse/leftover``.
        case partial
        /// Nothing was understood (or the text is empty).
        case none
    }

    /// The edits understood, in the order written.
    public var operations: [AmendmentOperation]
    /// The instructions not understood, as written.
    public var leftover: [String]

    /// Creates a value from its parts (see the properties for their meaning).
    public init(operations: [AmendmentOperation], leftover: [String]) {
        self.operations = operations
        self.leftover = leftover
    }

    /// Full when nothing is left over, none when nothing was understood.
    public var coverage: Coverage {
        if operations.isEmpty { return .none }
        return leftover.isEmpty ? .full : .partial
    }
}
