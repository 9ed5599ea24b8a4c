import HemicycleModel
import Testing
@testable import HemicycleReport

/// The fate line never says more than the record: a law the Conseil constitutionnel did not
/// declare "Conforme" as a whole is said to be struck down in part (or whole), with the decision
/// named and linked, and the provision "may not be in force".
@Suite("FateLine: what became of a vote or a bill")
struct FateLineTests {
    static let url = "http://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm"

    static func outcome(ruling: String?, url: String? = FateLineTests.url, promulgated: Bool = true) -> BillOutcome {
        BillOutcome(
            referrals: ["2025-03-24: Soixante députés au moins"],
            decision: ConstitutionalDecision(reference: "2025-878 DC", number: "878", year: "2025", ruling: ruling, url: url),
            decisionDate: CalendarDate(year: 2025, month: 4, day: 24),
            promulgation: promulgated ? Promulgation(lawNumber: "2025-379", title: nil, journalDate: nil, journalNumber: nil, nor: nil, legifranceURL: nil) : nil,
            promulgationDate: promulgated ? CalendarDate(year: 2025, month: 4, day: 28) : nil
        )
    }

    @Test("'Partiellement conforme': the adopted provision may not be in force, the decision named and linked")
    func partlyStruckDown() throws {
        let line = FateLine(voted: "adopted", outcome: Self.outcome(ruling: "Partiellement conforme"))
        let sentence = try #require(line.sentence)
        #expect(sentence.hasPrefix("adopted; the law was then partly struck down by the Conseil constitutionnel (2025-878 DC, 24 April 2025"))
        #expect(sentence.contains("this provision may not be in force"))
        #expect(sentence.contains("<\(Self.url)>"))
        #expect(sentence.contains("loi n° 2025-379 on 28 April 2025"))
        #expect(line.warnsNotInForce)
        #expect(line.cardResult("Adopté", language: .french) == "Adopté — loi censurée en partie par le Conseil constitutionnel (2025-878 DC)")
        #expect(line.cardResult("Adopted", language: .english) == "Adopted — law partly struck down by the Conseil constitutionnel (2025-878 DC)")
    }

    @Test("'Conforme': no caveat, no warning")
    func conforming() throws {
        let line = FateLine(voted: "adopted", outcome: Self.outcome(ruling: "Conforme"))
        let sentence = try #require(line.sentence)
        #expect(sentence == "adopted; the law was then declared in conformity with the Constitution (2025-878 DC, 24 April 2025) and promulgated as loi n° 2025-379 on 28 April 2025")
        #expect(!line.warnsNotInForce)
        #expect(line.cardResult("Adopté", language: .french) == "Adopté")
    }

    @Test("'Conforme avec réserve' is not a censure: it says the provision applies as the Council reads it")
    func reservations() throws {
        let line = FateLine(voted: "adopted", outcome: Self.outcome(ruling: "Conforme avec réserve"))
        let sentence = try #require(line.sentence)
        #expect(sentence.contains("declared in conformity with reservations"))
        #expect(sentence.contains("only as the Council interprets it"))
        #expect(!sentence.contains("struck"))
        #expect(line.warnsNotInForce)
        #expect(line.cardResult("Adopté", language: .french).contains("validée avec réserves"))
    }

    @Test("'Non conforme' and an unknown ruling: not, or maybe not, in force")
    func struckDownAndUnknown() throws {
        let whole = try #require(FateLine(voted: "adopted", outcome: Self.outcome(ruling: "Non conforme", promulgated: false)).sentence)
        #expect(whole.contains("struck down by the Conseil constitutionnel"))
        #expect(whole.contains("this provision is not in force"))
        let unknown = FateLine(voted: "adopted", outcome: Self.outcome(ruling: nil, url: nil))
        let text = try #require(unknown.sentence)
        #expect(text.contains("ruling not recorded"))
        #expect(text.contains("may not be in force"))
        // No published URL: the Council's address, in the pattern the Assemblée's files use.
        #expect(text.contains("<https://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm>"))
    }

    @Test("a bill's line speaks of some of its provisions; a promulgation alone is not a decision")
    func billLevel() throws {
        let bill = try #require(FateLine(outcome: Self.outcome(ruling: "Partiellement conforme")).sentence)
        #expect(bill.hasPrefix("partly struck down by the Conseil constitutionnel (2025-878 DC, 24 April 2025: « Partiellement conforme »)"))
        #expect(bill.contains("some of its provisions may not be in force"))
        let promulgatedOnly = BillOutcome(promulgation: Promulgation(lawNumber: "2024-1", title: nil, journalDate: nil, journalNumber: nil, nor: nil, legifranceURL: nil))
        #expect(FateLine(voted: "adopted", outcome: promulgatedOnly).sentence == "adopted; the bill was later promulgated as loi n° 2024-1")
        #expect(FateLine(outcome: BillOutcome()).sentence == nil)
    }

    @Test("with the decision's detail, the provision's own fate: struck out as a cavalier législatif")
    func provisionStruckOut() throws {
        let provision = ProvisionRuling(decisionReference: "2025-878 DC", decisionDate: CalendarDate(year: 2025, month: 4, day: 24), decisionURL: nil,
                                        adoptedTextArticle: "15", disposition: .struckOut, ground: .cavalier, certainty: .sameLawArticle,
                                        evidence: ["paragraph 72"])
        let line = FateLine(voted: "adopted", outcome: Self.outcome(ruling: "Partiellement conforme"), provision: provision)
        let sentence = try #require(line.sentence)
        #expect(sentence.hasPrefix("adopted; then struck out by the Conseil constitutionnel as a cavalier législatif (2025-878 DC, 24 April 2025, art. 15 of the adopted text)"))
        #expect(sentence.contains("loi n° 2025-379 was promulgated without it"))
        #expect(!sentence.contains("uncertain"))
        #expect(line.cardResult("Adopté", language: .french) == "Adopté — puis censuré par le Conseil constitutionnel (cavalier législatif, 2025-878 DC)")
        var uncertain = provision
        uncertain.certainty = .uncertain
        #expect(FateLine(voted: "adopted", outcome: Self.outcome(ruling: "Partiellement conforme"), provision: uncertain).sentence?.contains("link uncertain") == true)
        // A rejected amendment's provision never entered the law: the bill's fate is given instead.
        #expect(FateLine(voted: "rejected", outcome: Self.outcome(ruling: "Partiellement conforme"), provision: provision).sentence?.contains("art. 15") == false)
    }
}

@Suite("ShareCard with a fate")
struct ShareCardFateTests {
    @Test("the card says the law was partly struck down, under the result, and in its text alternative")
    func caveatOnCard() throws {
        let fate = FateLine(voted: "adopted", outcome: FateLineTests.outcome(ruling: "Partiellement conforme"))
        let card = ShareCard(input: Fixtures.pageInput, language: .french, fate: fate)
        let svg = card.svg()
        #expect(card.resultLine.hasSuffix("— loi censurée en partie par le Conseil constitutionnel (2025-878 DC)"))
        #expect(svg.contains("class=\"fate\""))
        #expect(svg.contains("Loi censurée en partie par le Conseil"))
        #expect(svg.contains("aria-label=\"") && svg.contains("loi censurée en partie par le Conseil constitutionnel (2025-878 DC)."))
        // A law declared in conformity adds nothing.
        let plain = ShareCard(input: Fixtures.pageInput, language: .french, fate: FateLine(voted: "adopted", outcome: FateLineTests.outcome(ruling: "Conforme")))
        #expect(!plain.svg().contains("class=\"fate\""))
        #expect(!plain.resultLine.contains("—"))
    }
}
