/// One instruction of a dispositif: a numbered item ("1° À la première phrase du I, …"), an
/// unnumbered sentence ("Supprimer cet article."), with the quoted alinéas that follow it.
struct DispositifInstruction: Sendable {
    /// The instruction as written, lines joined by "\n".
    var source: String
    /// The nesting level of its marker: 1 for "I. –", 2 for "1°", 3 for "a)", 4 for none
    /// (an unnumbered instruction inherits every header in force).
    var level: Int
    /// The normalized text with the marker and "En conséquence," removed and each group of
    /// quotes replaced by `⟨n⟩`.
    var skeleton: String
    /// The quoted texts, in order; a group of consecutive quotes (several alinéas) is one text
    /// whose alinéas are separated by "\n".
    var quotes: [String]

    /// Splits a dispositif into instructions. A line continues the current instruction when it
    /// is inside or starts a quote, or starts with a lower-case word ("les mots : …"); a line
    /// starting with a marker (I., 1°, a)) or a capital starts a new one.
    /// The level of an instruction without a marker.
    static let unnumberedLevel = 4

    static func split(_ text: String) -> [DispositifInstruction] {
        var groups: [(lines: [String], level: Int)] = []
        var depth = 0
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let startsQuoted = depth > 0 || line.hasPrefix("«") || line.hasPrefix("\"")
            // A quotation of several alinéas opens « on each alinéa and closes » once, at the end:
            // an opening quote at the start of a line inside a quotation is not a nested one.
            let counted = depth > 0 && line.hasPrefix("«") ? line.dropFirst() : Substring(line)
            depth = max(0, depth + counted.reduce(0) { $0 + ($1 == "«" ? 1 : $1 == "»" ? -1 : 0) })
            let level = markerLevel(of: line)
            if !groups.isEmpty, startsQuoted || (level == nil && line.first?.isLowercase == true) {
                groups[groups.count - 1].lines.append(line)
            } else {
                groups.append(([line], level ?? unnumberedLevel))
            }
        }
        return groups.map { DispositifInstruction(lines: $0.lines, level: $0.level) }
    }

    /// The level of the marker a line starts with, nil if none.
    static func markerLevel(of line: String) -> Int? {
        let normalized = DraftingText.normalize(line)
        if DraftingText.firstMatch(#"^(?-i:[IVXL]+|[A-H])\.? ?[–—-]"#, in: normalized) != nil { return 1 }
        if DraftingText.firstMatch(#"^[0-9]+° ?(?:bis|ter|quater|quinquies)?\b"#, in: normalized) != nil { return 2 }
        if DraftingText.firstMatch(#"^(?-i:[a-z]{1,2})\) "#, in: normalized) != nil { return 3 }
        return nil
    }

    init(lines: [String], level: Int) {
        source = lines.joined(separator: "\n")
        self.level = level
        var skeleton = ""
        var quotes: [String] = []
        var depth = 0
        var current = ""
        var pendingJoin = false  // the previous top-level quote may continue (consecutive alinéas)
        var between = ""
        var atLineStart = true
        for character in source {
            defer { atLineStart = character == "\n" || (atLineStart && character.isWhitespace) }
            if character == "«" && atLineStart && depth >= 1 {
                // The « that opens each alinéa of a multi-alinéa quotation.
                continue
            }
            if character == "«" {
                depth += 1
                if depth == 1 {
                    if pendingJoin && between.allSatisfy({ $0.isWhitespace || $0 == "." || $0 == ";" || $0 == "," }) && !quotes.isEmpty {
                        // Consecutive quoted alinéas: one text.
                        current = quotes.removeLast() + "\n"
                        skeleton = String(skeleton.dropLast("⟨\(quotes.count)⟩".count))
                    } else {
                        skeleton += between
                        current = ""
                    }
                    between = ""
                    pendingJoin = false
                    continue
                }
            } else if character == "»" && depth > 0 {
                depth -= 1
                if depth == 0 {
                    quotes.append(Self.clean(current))
                    skeleton += "⟨\(quotes.count - 1)⟩"
                    pendingJoin = true
                    continue
                }
            }
            if depth > 0 {
                current.append(character)
            } else if pendingJoin {
                between.append(character)
                if !(character.isWhitespace || character == "." || character == ";" || character == ",") {
                    skeleton += between
                    between = ""
                    pendingJoin = false
                }
            } else {
                skeleton.append(character)
            }
        }
        if depth > 0 {
            // An unclosed quote: keep its text rather than lose it.
            quotes.append(Self.clean(current))
            skeleton += "⟨\(quotes.count - 1)⟩"
        }
        skeleton += between
        self.quotes = quotes
        self.skeleton = Self.stripMarker(DraftingText.normalize(skeleton))
    }

    /// A quoted text: trimmed, lines trimmed, typographic apostrophes kept (they are the law's).
    static func clean(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(separator: "\n").map { line in
            line.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Removes the leading marker ("I. – ", "1° ", "a) ") and "En conséquence, ".
    static func stripMarker(_ text: String) -> String {
        var result = text
        for pattern in [#"^(?-i:[IVXL]+|[A-H])\.? ?[–—-] ?"#, #"^[0-9]+° ?(?:(?:bis|ter|quater|quinquies)\b)? ?"#, #"^(?-i:[a-z]{1,2})\) "#, #"^en conséquence, ?"#] {
            if let match = DraftingText.firstMatch(pattern, in: result), let whole = match[0] {
                result = String(result.dropFirst(whole.count))
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
