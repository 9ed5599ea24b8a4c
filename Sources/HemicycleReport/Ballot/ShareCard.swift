import HemicycleModel

/// A 1200×675 SVG card to share one ballot (*scrutin*) on social networks: the title, one
/// sentence with the key figures, the hemicycle, the date and the source.
///
/// The figures are taken from the ballot's official totals, never typed: in French (the
/// default) "86 député·es sur 577 ont voté pour ; 125 ont pris part au vote.", in English
/// "86 deputies out of 577 voted in favour; 125 took part." ("voted for the motion; …" with a
/// ``subject``). The title, the object of the vote and the
/// whole sentence can be overridden.
public struct ShareCard: Sendable {
    /// The card's width in pixels.
    public static let width = 1200.0
    /// The card's height in pixels (16:9).
    public static let height = 675.0

    /// The ballot (its official totals give the figures).
    public var ballot: Ballot
    /// The groups, left to right, for the hemicycle.
    public var groups: [HemicycleGroup]
    /// The language of the sentence, date and labels.
    public var language: NumberFormatting.Language
    /// The title shown; nil for the ballot's title.
    public var title: String?
    /// What was voted for, appended after "voted for" / "ont voté pour" (e.g. "the motion");
    /// nil for none.
    public var subject: String?
    /// The whole key sentence, replacing the generated one; nil to generate it from the figures.
    public var sentence: String?
    /// Colours and shapes of positions.
    public var palette: SeatPalette
    /// What became of the vote after the houses (the Conseil constitutionnel's decision): the
    /// result is followed by its caveat ("Adopté — loi censurée en partie par le Conseil
    /// constitutionnel (2025-878 DC)") unless the law stands as voted; nil when unknown.
    public var fate: FateLine?
    /// The store the figures were read from: the card's last line says "data as of" its ballot's
    /// legislature (``FreshnessStamp``); nil for no such line.
    public var freshness: StoreFreshness?

    /// Creates a card.
    public init(
        ballot: Ballot, groups: [HemicycleGroup], language: NumberFormatting.Language = .french,
        title: String? = nil, subject: String? = nil, sentence: String? = nil, palette: SeatPalette = .standard, fate: FateLine? = nil
    ) {
        self.fate = fate
        self.ballot = ballot
        self.groups = groups
        self.language = language
        self.title = title
        self.subject = subject
        self.sentence = sentence
        self.palette = palette
    }

    /// A card from the same input as the ballot's HTML page.
    public init(input: BallotPageInput, language: NumberFormatting.Language = .french, title: String? = nil, subject: String? = nil, sentence: String? = nil,
                fate: FateLine? = nil) {
        self.init(ballot: input.ballot, groups: input.hemicycleGroups, language: language, title: title, subject: subject, sentence: sentence, fate: fate)
    }

    /// The key sentence: the override, or one built from the official figures.
    public var keySentence: String {
        if let sentence { return sentence }
        let n = { (value: Int) in NumberFormatting.integer(value, language: self.language) }
        let inFavour = ballot.official.for, seats = ballot.seats, voters = ballot.voters
        let object = subject.map { " " + $0 } ?? ""
        switch language {
        case .french:
            let deputies = inFavour > 1 ? "député·es" : "député·e"
            let voted = inFavour > 1 ? "ont voté pour" : "a voté pour"
            let tookPart = voters > 1 ? "ont pris part au vote" : "a pris part au vote"
            return "\(n(inFavour)) \(deputies) sur \(n(seats)) \(voted)\(object)\(NumberFormatting.narrowNoBreakSpace); \(n(voters)) \(tookPart)."
        case .english:
            let deputies = inFavour == 1 ? "deputy" : "deputies"
            // "voted for" needs an object in English; without one, "voted in favour".
            let voted = subject == nil ? "voted in favour" : "voted for"
            return "\(n(inFavour)) \(deputies) out of \(n(seats)) \(voted)\(object); \(n(voters)) took part."
        }
    }

    /// The second line of figures: against, abstentions, majority required and the result.
    public var detailLine: String {
        let n = { (value: Int) in NumberFormatting.integer(value, language: self.language) }
        let official = ballot.official
        switch language {
        case .french:
            let colon = NumberFormatting.narrowNoBreakSpace + ":"
            var parts = ["Contre\(colon) \(n(official.against))", "abstentions\(colon) \(n(official.abstentions))"]
            if ballot.required > 0 { parts.append("majorité requise\(colon) \(n(ballot.required))") }
            return parts.joined(separator: " · ")
        case .english:
            var parts = ["Against: \(n(official.against))", "abstentions: \(n(official.abstentions))"]
            if ballot.required > 0 { parts.append("majority required: \(n(ballot.required))") }
            return parts.joined(separator: " · ")
        }
    }

    /// The source line: "Source : Assemblée nationale, scrutin n° 773 (VTANR5L17V773) — https://…".
    public var sourceLine: String {
        let url = BallotPageInput.officialURL(legislature: ballot.legislature, number: ballot.number)
        switch language {
        case .french:
            return "Source\(NumberFormatting.narrowNoBreakSpace): Assemblée nationale, scrutin n° \(ballot.number) (\(ballot.uid)) — \(url)"
        case .english:
            return "Source: Assemblée nationale, ballot no. \(ballot.number) (\(ballot.uid)) — \(url)"
        }
    }

    /// "Data as of 2026-07-02 (legislature 17, last ballot); …", or nil without ``freshness``.
    public var dataAsOfLine: String? {
        freshness.flatMap { FreshnessStamp.line($0, legislature: ballot.legislature, language: language) }
    }

    /// The result, with the fate's caveat when the law does not stand as voted.
    public var resultLine: String {
        fate?.cardResult(resultWord, language: language) ?? resultWord
    }

    private var resultWord: String {
        switch (ballot.result, language) {
        case (.adopted, .french): return "Adopté"
        case (.rejected, .french): return "Rejeté"
        case (.adopted, .english): return "Adopted"
        case (.rejected, .english): return "Rejected"
        case (.other, _): return ballot.resultLabel
        }
    }

    /// The `<svg>` document, 1200×675.
    public func svg() -> String {
        let e = HTMLEscaping.escape
        let n = SVGText.number
        let textLeft = 60.0, textWidth = 600.0
        let diagram = HemicycleDiagram(groups: groups, totalSeats: ballot.seats, palette: palette, language: language, idPrefix: "card")
        let diagramWidth = 470.0
        let diagramHeight = diagram.height(width: diagramWidth)
        let diagramX = Self.width - diagramWidth - 50
        let diagramY = max(40, (Self.height - diagramHeight) / 2)

        let kicker = language == .french
            ? "ASSEMBLÉE NATIONALE · SCRUTIN N° \(ballot.number)"
            : "ASSEMBLÉE NATIONALE · BALLOT NO. \(ballot.number)"
        let titleLines = Self.wrap(title ?? ballot.title, maxCharacters: Int(textWidth / 23), maxLines: 4)
        let sentenceLines = Self.wrap(keySentence, maxCharacters: Int(textWidth / 14.5), maxLines: 4)
        let dateLine = "\(DateFormatting.long(ballot.date, language: language)) · \(resultLine)"
        // The caveat goes under the date and result, in smaller type (two lines of the column at most).
        let caveat = fate?.cardCaveat(language: language).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let caveatLines = caveat.map { Self.wrap($0, maxCharacters: Int(textWidth / 11), maxLines: 2) } ?? []
        let alternative = "\(title ?? ballot.title). \(keySentence) \(detailLine). \(dateLine). \(sourceLine)"

        var out: [String] = []
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"share-card\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" width=\"\(n(Self.width))\" height=\"\(n(Self.height))\" role=\"img\" aria-label=\"\(e(alternative))\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">")
        out.append("<title>\(e(title ?? ballot.title))</title>")
        out.append("<rect width=\"\(n(Self.width))\" height=\"\(n(Self.height))\" fill=\"#ffffff\"/>")
        out.append("<rect width=\"14\" height=\"\(n(Self.height))\" fill=\"#0b4f9c\"/>")
        out.append("<text class=\"kicker\" x=\"\(n(textLeft))\" y=\"70\" font-size=\"20\" letter-spacing=\"1.5\" fill=\"#5b5b66\">\(e(kicker))</text>")

        var y = 130.0
        out.append(Self.textBlock(titleLines, className: "title", x: textLeft, y: y, fontSize: 38, lineHeight: 46, weight: "700", color: "#1b1b1f"))
        y += Double(titleLines.count) * 46 + 28
        out.append(Self.textBlock(sentenceLines, className: "sentence", x: textLeft, y: y, fontSize: 27, lineHeight: 36, weight: "400", color: "#1b1b1f"))
        y += Double(sentenceLines.count) * 36 + 8
        out.append("<text class=\"details\" x=\"\(n(textLeft))\" y=\"\(n(y))\" font-size=\"22\" fill=\"#5b5b66\">\(e(detailLine))</text>")

        let resultOnly = "\(DateFormatting.long(ballot.date, language: language)) · \(resultWord)"
        if caveatLines.isEmpty {
            out.append("<text class=\"date\" x=\"\(n(textLeft))\" y=\"\(n(Self.height - 78))\" font-size=\"24\" font-weight=\"600\" fill=\"#1b1b1f\">\(e(resultOnly))</text>")
        } else {
            let firstCaveat = Self.height - 70 - Double(caveatLines.count - 1) * 26
            out.append("<text class=\"date\" x=\"\(n(textLeft))\" y=\"\(n(firstCaveat - 32))\" font-size=\"24\" font-weight=\"600\" fill=\"#1b1b1f\">\(e(resultOnly))</text>")
            out.append(Self.textBlock(caveatLines, className: "fate", x: textLeft, y: firstCaveat, fontSize: 20, lineHeight: 26, weight: "600", color: "#a4161a"))
        }
        out.append("<text class=\"source\" x=\"\(n(textLeft))\" y=\"\(n(Self.height - 40))\" font-size=\"17\" fill=\"#5b5b66\">\(e(sourceLine))</text>")
        if let dataAsOfLine {
            out.append("<text class=\"data-as-of\" x=\"\(n(textLeft))\" y=\"\(n(Self.height - 16))\" font-size=\"14\" fill=\"#5b5b66\">\(e(dataAsOfLine))</text>")
        }

        out.append("<g class=\"card-hemicycle\" transform=\"translate(\(n(diagramX)) \(n(diagramY)))\">")
        out.append(diagram.svg(width: diagramWidth))
        out.append("</g>")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A multi-line `<text>` with one `<tspan>` per line.
    private static func textBlock(_ lines: [String], className: String, x: Double, y: Double, fontSize: Double, lineHeight: Double, weight: String, color: String) -> String {
        let spans = lines.enumerated().map { index, line in
            "<tspan x=\"\(SVGText.number(x))\" dy=\"\(index == 0 ? "0" : SVGText.number(lineHeight))\">\(HTMLEscaping.escape(line))</tspan>"
        }.joined()
        return "<text class=\"\(className)\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" font-size=\"\(SVGText.number(fontSize))\" font-weight=\"\(weight)\" fill=\"\(color)\">\(spans)</text>"
    }

    /// Greedy word wrap by character count (SVG text does not wrap); the last allowed line ends
    /// with `…` when text is left over. Words longer than a line are cut.
    static func wrap(_ text: String, maxCharacters: Int, maxLines: Int) -> [String] {
        let limit = max(1, maxCharacters)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            var word = String(word)
            while word.count > limit {  // a single over-long word: cut it
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(limit)))
                word = String(word.dropFirst(limit))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        let last = kept[maxLines - 1]
        kept[maxLines - 1] = (last.count >= limit ? String(last.prefix(limit - 1)) : last) + "…"
        return kept
    }
}
