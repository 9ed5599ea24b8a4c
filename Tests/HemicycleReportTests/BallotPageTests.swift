import Testing
import HemicycleModel
@testable import HemicycleReport

@Suite("BallotPage and ShareCard")
struct BallotPageTests {
    @Test("Summary line from the official totals")
    func summaryLine() {
        // 125 / 577 = 21.66 % → 21.7 % (the one percent formatter: as the terminal prints it); the
        // page prints the terminal's summary line, non-voting and votes cast included.
        let line = BallotPage(input: Fixtures.pageInput).summaryLine
        #expect(line == "125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions; 1 non-voting; majority required: 62 of 123 votes cast")
        #expect(line == BallotReport.summaryLine(of: Fixtures.pageInput.ballot, language: .english))
    }

    @Test("Official URL pattern")
    func officialURL() {
        #expect(BallotPageInput.officialURL(legislature: 17, number: 773) == "https://www.assemblee-nationale.fr/dyn/17/scrutins/773")
    }

    @Test("The page has every section, the figures and 577 seats")
    func sections() {
        let html = BallotPage(input: Fixtures.pageInput).html()
        for id in ["groups", "hemicycle", "bars", "names", "corrections", "sources"] {
            #expect(html.contains("<section id=\"\(id)\">"), "missing section \(id)")
        }
        #expect(Fixtures.count("<circle", in: html) == 577)
        // The hemicycle's figures come from the group counts: 50 + 36 for, 37 against, 2 abstentions,
        // 1 non-voting; absent 21 + 53 + 86 = 160; vacant 577 - (71 + 92 + 123) = 291.
        #expect(html.contains("Hemicycle of 577 seats: 86 for, 37 against, 2 abstentions, 1 non-voting, 160 absent, 291 vacant."))
        #expect(html.contains("href=\"https://www.assemblee-nationale.fr/dyn/17/scrutins/773\""))
        #expect(html.contains("Scrutins_XVII.json.zip"))
        // Official totals row: absent = 577 seats - 125 voters - 1 non-voting = 451.
        #expect(html.contains("<th scope=\"row\">Official totals</th><td class=\"num\">577</td><td class=\"num\">86</td><td class=\"num\">37</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">451</td>"))
        #expect(html.contains("11 February 2025"))
        #expect(html.contains("<h3 id=\"names-for\">For (1)</h3>"))
        #expect(html.contains("Jean &lt;Dupont&gt; <span class=\"group\">(LFI-NFP)</span> <span class=\"proxy\">by proxy</span>"))
        #expect(html.contains("<span class=\"note\">meant to vote for</span>"))
        #expect(html.contains("<td>Marie Curie</td><td>EPR</td><td>abstention</td><td>for</td><td>statement</td>"))
        #expect(html.contains("@media print"))
        #expect(html.contains("name=\"viewport\""))
    }

    @Test("A hostile title, group and deputy appear only escaped")
    func escaping() {
        let html = BallotPage(input: Fixtures.pageInput).html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("'quotes'"))
        #expect(!html.contains("alert(\"x\")"))
        #expect(html.contains("<h1>\(Fixtures.hostileEscaped)</h1>"))
        #expect(html.contains("<title>Ballot no. 773 — \(Fixtures.hostileEscaped)</title>"))
        // A colour that is not #rgb/#rrggbb never reaches a style attribute.
        #expect(!html.contains("evil"))
    }

    @Test("Share card, French: the sentence comes from the figures")
    func cardFrench() {
        let card = ShareCard(input: Fixtures.pageInput)
        #expect(card.keySentence == "86 député·es sur 577 ont voté pour\u{202F}; 125 ont pris part au vote.")
        let svg = card.svg()
        #expect(svg.contains("width=\"1200\" height=\"675\""))
        #expect(svg.contains("viewBox=\"0 0 1200 675\""))
        #expect(svg.contains("86 député·es sur 577"))
        #expect(svg.contains("125 ont pris part au vote."))
        #expect(svg.contains("11 février 2025 · Adopté"))
        #expect(svg.contains("https://www.assemblee-nationale.fr/dyn/17/scrutins/773"))
        #expect(svg.contains("Contre\u{202F}: 37"))
        #expect(Fixtures.count("<circle", in: svg) == 577)
        #expect(!svg.contains("<script"))
        #expect(svg.contains("role=\"img\""))
    }

    @Test("Share card, English, with title and subject overridden")
    func cardEnglish() {
        var ballot = Fixtures.ballot(title: "Whatever")
        ballot.official = Tally(for: 1, against: 2)
        ballot.voters = 3
        let card = ShareCard(ballot: ballot, groups: Fixtures.groups, language: .english, title: "Budget 2025", subject: "the budget")
        #expect(card.keySentence == "1 deputy out of 577 voted for the budget; 3 took part.")
        let svg = card.svg()
        #expect(svg.contains("<title>Budget 2025</title>"))
        #expect(!svg.contains("Whatever"))
        #expect(svg.contains("11 February 2025 · Adopted"))
        let noSubject = ShareCard(ballot: ballot, groups: [], language: .english)
        #expect(noSubject.keySentence == "1 deputy out of 577 voted in favour; 3 took part.")
        let custom = ShareCard(ballot: ballot, groups: [], sentence: "Custom wording.")
        #expect(custom.keySentence == "Custom wording.")
        #expect(custom.svg().contains("Custom wording."))
    }

    @Test("Card text wraps by words and ends with … when cut")
    func wrapping() {
        #expect(ShareCard.wrap("one two three four", maxCharacters: 9, maxLines: 5) == ["one two", "three", "four"])
        #expect(ShareCard.wrap("one two three four", maxCharacters: 9, maxLines: 2) == ["one two", "three…"])
        #expect(ShareCard.wrap("abcdefghij", maxCharacters: 4, maxLines: 5) == ["abcd", "efgh", "ij"])
    }
}
