import HemicycleModel

/// What `hemicycle card --output F.svg` says it wrote: the card's sentences and files, as a
/// document (in the card's language) and as JSON.
public struct ShareCardSummary: Encodable, Sendable {
    let uid: String
    let number: Int
    /// The card's language code (`fr`, `en`).
    let language: String
    let sentence: String
    let details: String
    /// The result with the Conseil constitutionnel's caveat, as on the card.
    let result: String
    let source: String
    let `for`: Int
    let voters: Int
    let seats: Int
    let svg: String?
    let png: String?

    /// The summary of `card` (drawn from `input`), written to `svg` and `png` when they were.
    public init(card: ShareCard, input: BallotPageInput, svg: String?, png: String?) {
        let b = input.ballot
        (uid, number, language) = (b.uid, b.number, card.language == .french ? "fr" : "en")
        (sentence, details, result, source) = (card.keySentence, card.detailLine, card.resultLine, card.sourceLine)
        (`for`, voters, seats) = (b.official.for, b.voters, b.seats)
        (self.svg, self.png) = (svg, png)
    }

    /// The summary as a document, in the card's language.
    public func document() -> ReportDocument {
        let fr = language == "fr"
        var document = ReportDocument()
        document.heading(fr ? "Carte de partage du scrutin n° \(number)" : "Share card of ballot n° \(number)", level: 1)
        var pairs = [ReportDocument.KeyValue(fr ? "Phrase" : "Sentence", sentence), .init(fr ? "Détails" : "Details", details),
                     .init(fr ? "Résultat" : "Result", result)]
        if let svg { pairs.append(.init("SVG", svg)) }
        if let png { pairs.append(.init("PNG", png)) }
        document.keyValues(pairs)
        return document
    }
}
