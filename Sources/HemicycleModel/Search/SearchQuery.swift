/// What a user typed to find votes by subject, read as terms: every term must match, each word as
/// a prefix (`algorithm` finds "algorithmiques"), case and accents folded ("vidéo" = "video").
///
/// A term may have alternatives: a few words of the law's vocabulary that the public says
/// otherwise (``synonyms``), so that a campaign's word finds the texts written in the law's.
public struct SearchQuery: Hashable, Sendable {
    /// One word of the query and the alternatives searched with it.
    public struct Term: Hashable, Sendable {
        /// The word as folded (`"videosurveillance"`).
        public var word: String
        /// Other words searched in its place (`["videoprotection"]`).
        public var alternatives: [String]
    }

    /// The terms, in the order typed; empty when the text has no word.
    public var terms: [Term]

    /// Words the law writes otherwise, folded, both ways. The law has said *vidéoprotection*
    /// since loi n° 2011-267 (LOPPSI 2); campaigns and the press say *vidéosurveillance*, and
    /// amendment n° 237 on ballot 773 says only the former.
    public static let synonyms: [String: [String]] = [
        "videosurveillance": ["videoprotection"],
        "videoprotection": ["videosurveillance"],
    ]

    /// Reads the text: words are runs of letters and digits after folding (as SQLite's
    /// `unicode61` tokenizer splits them); one-letter words (the `l` of "l'article") are dropped
    /// unless nothing else is left.
    public init(_ text: String) {
        let folded = TextFolding.fold(text)
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let meaningful = words.filter { $0.count > 1 }
        terms = (meaningful.isEmpty ? words : meaningful).map { Term(word: $0, alternatives: Self.synonyms[$0] ?? []) }
    }

    /// The alternatives searched besides the words typed (`["videoprotection"]`), to say so.
    public var expansions: [String] { terms.flatMap(\.alternatives) }
}
