import Foundation

/// The part of an article's text an operation's target points at, found by narrowing:
/// part ("XI. –"), item ("3°", "a)"), alinéa (line), sentence.
struct TextScope: Sendable {
    /// The range in the whole text.
    var range: Range<String.Index>
    /// A readable name ("the first sentence of XI"), for error messages.
    var name: String

    static func locate(_ target: EditTarget, in text: String) -> Result<TextScope, ApplicationError> {
        var range = text.startIndex..<text.endIndex
        var names: [String] = []
        if let part = target.part {
            guard let found = block(startingWith: #"^\#(part)\.? ?[–—-]"#, nextBlock: #"^(?-i:[IVXL]+)\.? ?[–—-]"#, in: text, within: range) else {
                return .failure(.noSuchUnit("part \(part)"))
            }
            range = found
            names.append(part)
        }
        for item in target.items {
            let escaped = NSRegularExpression.escapedPattern(for: item)
            let next = item.hasSuffix("°") ? #"^[0-9]+° ?"# : #"^(?-i:[a-z]{1,2})\) "#
            guard let found = block(startingWith: "^" + escaped, nextBlock: next, in: text, within: range) else {
                return .failure(.noSuchUnit("item \(item)"))
            }
            range = found
            names.append(item)
        }
        let lines = lineRanges(in: text, within: range)
        if let alineas = target.alineas {
            guard alineas.lowerBound >= 1, alineas.upperBound <= lines.count else {
                return .failure(.noSuchUnit("alinéa \(alineas.lowerBound)" + (alineas.count > 1 ? " to \(alineas.upperBound)" : "")))
            }
            range = lines[alineas.lowerBound - 1].lowerBound..<lines[alineas.upperBound - 1].upperBound
            names.append("alinéa \(alineas.lowerBound)")
        } else if let ordinal = target.alineaOrdinal {
            guard let index = index(of: ordinal, count: lines.count) else { return .failure(.noSuchUnit("alinéa \(ordinal)")) }
            range = lines[index]
            names.append("alinéa \(ordinal)")
        }
        if let ordinal = target.sentence {
            let sentences = sentenceRanges(in: text, within: range)
            guard let index = index(of: ordinal, count: sentences.count) else { return .failure(.noSuchUnit("sentence \(ordinal) of \(names.last ?? "the text")")) }
            range = sentences[index]
            names.append("sentence \(ordinal)")
        }
        let name = names.isEmpty ? "the text" : names.reversed().joined(separator: " of ")
        return .success(TextScope(range: range, name: name))
    }

    static func index(of ordinal: TextOrdinal, count: Int) -> Int? {
        switch ordinal {
        case .number(let n): return n >= 1 && n <= count ? n - 1 : nil
        case .fromEnd(let n): return n >= 1 && n <= count ? count - n : nil
        }
    }

    /// The ranges of the lines inside `range`.
    static func lineRanges(in text: String, within range: Range<String.Index>) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let end = text[start..<range.upperBound].firstIndex(of: "\n") ?? range.upperBound
            if start < end { result.append(start..<end) }
            start = end < range.upperBound ? text.index(after: end) : end
        }
        return result
    }

    /// The ranges of the sentences inside `range`: a sentence ends with `.`, `!` or `?`
    /// followed by a space or line end, or at a line end. The marker "I. –" is not a sentence end.
    static func sentenceRanges(in text: String, within range: Range<String.Index>) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for line in lineRanges(in: text, within: range) {
            var start = line.lowerBound
            // Skip a part marker ("XI. – ") so that its full stop does not end a sentence.
            if let marker = text[line].range(of: #"^[IVXL]+\. ?[–—-] ?"#, options: .regularExpression) {
                start = marker.upperBound
            }
            var cursor = start
            while cursor < line.upperBound {
                let character = text[cursor]
                let next = text.index(after: cursor)
                if ".!?".contains(character), next == line.upperBound || text[next] == " " {
                    result.append(start..<next)
                    start = next
                    while start < line.upperBound, text[start] == " " { start = text.index(after: start) }
                    cursor = start
                    continue
                }
                cursor = next
            }
            if start < line.upperBound { result.append(start..<line.upperBound) }
        }
        return result
    }

    /// The lines from the first matching `startPattern` up to the next matching `nextPattern`.
    static func block(startingWith startPattern: String, nextBlock nextPattern: String, in text: String, within range: Range<String.Index>) -> Range<String.Index>? {
        let lines = lineRanges(in: text, within: range)
        guard let first = lines.firstIndex(where: { DraftingText.firstMatch(startPattern, in: String(text[$0])) != nil }) else { return nil }
        var last = first
        while last + 1 < lines.count, DraftingText.firstMatch(nextPattern, in: String(text[lines[last + 1]])) == nil {
            last += 1
        }
        return lines[first].lowerBound..<lines[last].upperBound
    }
}
