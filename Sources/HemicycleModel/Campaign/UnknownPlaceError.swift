/// A place name that no register knows, with the closest known names.
public struct UnknownPlaceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name looked up, as given.
    public var name: String
    /// The closest known names, nearest first (possibly empty).
    public var suggestions: [String]

    /// Creates the error.
    public init(name: String, suggestions: [String]) {
        self.name = name
        self.suggestions = suggestions
    }

    public var description: String {
        suggestions.isEmpty
            ? "unknown town \"\(name)\""
            : "unknown town \"\(name)\"; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
    }
}
