import Foundation

/// Why an operation could not be applied to a text. Applying never guesses: an operation that
/// does not fit the text is reported, and the text is left as it was.
public enum ApplicationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The quoted words are not in the targeted part of the text.
    case notFound(words: String, scope: String)
    /// The quoted words occur several times in the targeted part, so which one is meant is unclear.
    case ambiguous(words: String, occurrences: Int, scope: String)
    /// The targeted part (part, item, alinéa, sentence) does not exist in the text.
    case noSuchUnit(String)
    /// The operation does not change an existing text (a new article).
    case unsupported(String)

    /// A readable description.
    public var description: String {
        switch self {
        case .notFound(let words, let scope):
            return "not applicable: « \(words) » not found in \(scope)"
        case .ambiguous(let words, let occurrences, let scope):
            return "not applicable: « \(words) » occurs \(occurrences) times in \(scope)"
        case .noSuchUnit(let unit):
            return "not applicable: \(unit) not found in the text"
        case .unsupported(let what):
            return "not applicable: \(what)"
        }
    }
}

extension AmendmentOperations {
    /// Applies operations, in order, to the plain text of one article (one alinéa a line).
    ///
    /// Each operation acts within its target: the part (a line starting "XI. –" up to the next
    /// part), the item ("3°"), the alinéa (the n-th line of that scope), the sentence (the n-th
    /// sentence of that scope). The law and article of the target are not checked: the caller
    /// chose the article. The first operation that does not fit stops the application.
    ///
    /// - Returns: the new text, or why an operation is not applicable.
    public static func apply(_ operations: [AmendmentOperation], to text: String) -> Result<String, ApplicationError> {
        var current = text
        for operation in operations {
            switch apply(operation, to: current) {
            case .success(let next): current = next
            case .failure(let error): return .failure(error)
            }
        }
        return .success(current)
    }

    /// Applies one operation; see ``apply(_:to:)-(_,String)``.
    public static func apply(_ operation: AmendmentOperation, to text: String) -> Result<String, ApplicationError> {
        let target = operation.target
        switch operation.edit {
        case .deleteArticle:
            return .success("")
        case .addArticle:
            return .failure(.unsupported("adding a new article does not change an existing text"))
        case .insert(let inserted, .afterAlinea(let n)), .insert(let inserted, .beforeAlinea(let n)):
            var lines = text.components(separatedBy: "\n")
            guard n >= 1, n <= lines.count else { return .failure(.noSuchUnit("alinéa \(n)")) }
            let isAfter: Bool
            if case .insert(_, .afterAlinea) = operation.edit { isAfter = true } else { isAfter = false }
            lines.insert(contentsOf: inserted.components(separatedBy: "\n"), at: isAfter ? n : n - 1)
            return .success(lines.joined(separator: "\n"))
        default:
            break
        }
        let scope: TextScope
        switch TextScope.locate(target, in: text) {
        case .success(let found): scope = found
        case .failure(let error): return .failure(error)
        }
        var result = text
        let region = text[scope.range]
        switch operation.edit {
        case .replace(let old, let new):
            switch uniqueRange(of: old, in: text, within: scope, occurrence: target.occurrence) {
            case .success(let range): result.replaceSubrange(range, with: new)
            case .failure(let error): return .failure(error)
            }
        case .delete(let words):
            switch uniqueRange(of: words, in: text, within: scope, occurrence: target.occurrence) {
            case .success(let range):
                result.removeSubrange(range)
                result = tidySpaces(result)
            case .failure(let error): return .failure(error)
            }
        case .insert(let inserted, .after(let anchor)), .insert(let inserted, .before(let anchor)):
            switch uniqueRange(of: anchor, in: text, within: scope, occurrence: target.occurrence) {
            case .success(let range):
                if case .insert(_, .after) = operation.edit {
                    let glue = inserted.first.map { ",.;:)".contains($0) } == true ? "" : " "
                    result.insert(contentsOf: glue + inserted, at: range.upperBound)
                } else {
                    result.insert(contentsOf: inserted + " ", at: range.lowerBound)
                }
            case .failure(let error): return .failure(error)
            }
        case .insert(let inserted, .atEnd):
            // "Compléter … par les mots : « , et Y »": the words go before the final full stop.
            var end = scope.range.upperBound
            if region.last == "." { end = text.index(before: end) }
            let glue = inserted.first.map { ",.;:)".contains($0) } == true ? "" : " "
            result.insert(contentsOf: glue + inserted, at: end)
        case .insert(let inserted, .afterTarget):
            // A new sentence follows on the same line; new alinéas on lines of their own.
            let separator = target.sentence != nil ? " " : "\n"
            result.insert(contentsOf: separator + inserted, at: scope.range.upperBound)
        case .insert(let inserted, .beforeTarget):
            let separator = target.sentence != nil ? " " : "\n"
            result.insert(contentsOf: inserted + separator, at: scope.range.lowerBound)
        case .rewriteEnd(let anchor, let newText):
            switch uniqueRange(of: anchor, in: text, within: scope, occurrence: target.occurrence) {
            case .success(let range):
                // "supprimer la fin" keeps the unit's final full stop.
                let replacement = newText.isEmpty ? (region.last == "." ? "." : "") : " " + newText
                result.replaceSubrange(range.upperBound..<scope.range.upperBound, with: replacement)
            case .failure(let error): return .failure(error)
            }
        case .insert(let inserted, .atStart):
            result.insert(contentsOf: inserted + " ", at: scope.range.lowerBound)
        case .rewrite(_, let newText):
            result.replaceSubrange(scope.range, with: newText)
        case .deleteUnit:
            result.removeSubrange(scope.range)
            result = tidySpaces(result)
        default:
            return .failure(.unsupported("\(operation.edit)"))
        }
        return .success(result)
    }

    /// The range of the only occurrence of `words` in the scope, or of the occurrence named.
    static func uniqueRange(of words: String, in text: String, within scope: TextScope, occurrence: TextOrdinal? = nil) -> Result<Range<String.Index>, ApplicationError> {
        var ranges: [Range<String.Index>] = []
        var searchStart = scope.range.lowerBound
        while searchStart < scope.range.upperBound, let found = text.range(of: words, range: searchStart..<scope.range.upperBound) {
            ranges.append(found)
            searchStart = found.upperBound
        }
        guard let first = ranges.first else { return .failure(.notFound(words: words, scope: scope.name)) }
        if let occurrence {
            guard let index = TextScope.index(of: occurrence, count: ranges.count) else {
                return .failure(.notFound(words: words, scope: "\(scope.name) as occurrence \(occurrence) (it occurs \(ranges.count) times)"))
            }
            return .success(ranges[index])
        }
        guard ranges.count == 1 else { return .failure(.ambiguous(words: words, occurrences: ranges.count, scope: scope.name)) }
        return .success(first)
    }

    /// Double spaces to one, no space before `,` or `.`, no empty lines, after a deletion.
    static func tidySpaces(_ text: String) -> String {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            var tidy = line
            while tidy.contains("  ") { tidy = tidy.replacingOccurrences(of: "  ", with: " ") }
            tidy = tidy.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " .", with: ".")
            tidy = tidy.trimmingCharacters(in: .whitespaces)
            if !tidy.isEmpty { lines.append(tidy) }
        }
        return lines.joined(separator: "\n")
    }
}
