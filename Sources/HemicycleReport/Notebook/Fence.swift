/// A Markdown code fence (CommonMark): up to three spaces of indentation, then at least three
/// backticks or tildes, then an info string (the block's language, e.g. `hemicycle`).
struct Fence: Sendable, Hashable {
    /// "`" or "~".
    let marker: Character
    /// How many markers (at least 3).
    let length: Int
    /// The indentation before the markers (0 to 3 spaces).
    let indent: String
    /// The first word of the info string ("" when none).
    let info: String

    init(marker: Character, length: Int, indent: String, info: String) {
        self.marker = marker
        self.length = length
        self.indent = indent
        self.info = info
    }

    /// The fence a line opens, if it opens one.
    init?(openingLine line: String) {
        let indent = line.prefix(while: { $0 == " " })
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let run = rest.prefix(while: { $0 == marker })
        guard run.count >= 3 else { return nil }
        let infoText = String(rest.dropFirst(run.count)).trimmingWhitespace()
        // A backtick fence's info string may not contain backticks (CommonMark).
        if marker == "`", infoText.contains("`") { return nil }
        self.init(marker: marker, length: run.count, indent: String(indent), info: String(infoText.split(separator: " ").first ?? ""))
    }

    /// Whether a line closes this fence: the same marker, at least as many, nothing after.
    func isClosed(by line: String) -> Bool {
        let indent = line.prefix(while: { $0 == " " })
        guard indent.count <= 3 else { return false }
        let rest = line.dropFirst(indent.count)
        let run = rest.prefix(while: { $0 == marker })
        return run.count >= length && String(rest.dropFirst(run.count)).trimmingWhitespace().isEmpty
    }

    var openingLine: String { indent + String(repeating: marker, count: length) + info }
    var closingLine: String { indent + String(repeating: marker, count: length) }

    /// This fence, lengthened when a content line would close it (an output holding a fence).
    func fitting(_ content: [String]) -> Fence {
        let longest = content.filter { isClosed(by: $0) }
            .map { $0.drop(while: { $0 == " " }).prefix(while: { $0 == marker }).count }
            .max() ?? 0
        guard longest >= length else { return self }
        return Fence(marker: marker, length: longest + 1, indent: indent, info: info)
    }
}
