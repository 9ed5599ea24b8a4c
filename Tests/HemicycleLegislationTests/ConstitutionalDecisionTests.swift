import Foundation
import HemicycleLegislation
import HemicycleModel
import HemicycleTestSupport
import Testing

/// The parser of the Council's decisions, on a fixture written in their layout
/// (`legislation/decision-2025-878-DC.html`), and the link from an amendment to the article ruled on.
@Suite("Conseil constitutionnel decisions: operative articles, reasoning, links")
struct ConstitutionalDecisionTests {
    static func fixture() throws -> ConstitutionalDecisionText {
        let html = try String(contentsOf: SharedData.fixture("legislation/decision-2025-878-DC.html"), encoding: .utf8)
        return try ConstitutionalDecisionParser.parse(html)
    }

    @Test("the title, date and law")
    func header() throws {
        let d = try Self.fixture()
        #expect(d.reference == "2025-878 DC")
        #expect(d.date == CalendarDate(year: 2025, month: 4, day: 24))
        #expect(d.lawTitle == "loi relative au renforcement de la sûreté dans les transports")
    }

    @Test("articles declared contrary to the Constitution: cavaliers (art. 45) and on the merits")
    func struckOut() throws {
        let d = try Self.fixture()
        for article in ["5", "12", "15", "22"] {
            let r = try #require(d.rulings(onArticle: article).first)
            #expect(r.disposition == .struckOut)
            #expect(r.ground == .cavalier, "article \(article)")
            #expect(r.paragraphs.contains(14), "the paragraph that concludes on article 45")
            #expect(r.operativeArticle == 1)
        }
        let thirteen = try #require(d.rulings(onArticle: "13").first)
        #expect(thirteen.disposition == .struckOut)
        #expect(thirteen.ground == .merits)
        #expect(d.rulings(onArticle: "15").first?.paragraphs.first == 12)
    }

    @Test("a partial censure keeps the words struck; the rest of the article is upheld in another operative article")
    func partial() throws {
        let four = try Self.fixture().rulings(onArticle: "4")
        #expect(four.map(\.disposition) == [.partlyStruckOut, .conforming])
        #expect(four.first?.wordsStruck == ["et, en cas de refus d'obtempérer, les contraindre à quitter ces lieux"])
        #expect(four.first?.ground == .merits)
    }

    @Test("conformity subject to a reservation, with its paragraph; plain conformity")
    func conforming() throws {
        let d = try Self.fixture()
        let three = try #require(d.rulings(onArticle: "3").first)
        #expect(three.disposition == .conformingWithReservation)
        #expect(three.paragraphs == [2])
        #expect(three.ground == nil)
        #expect(["1", "2", "9", "11", "16", "18"].allSatisfy { d.rulings(onArticle: $0).first?.disposition == .conforming })
        #expect(d.rulings(onArticle: "7").isEmpty, "not ruled on")
    }

    @Test("what each article modifies, from the reasoning; 'la loi du 19 mai 2023' resolved by the texts cited")
    func modifications() throws {
        let d = try Self.fixture()
        let fifteen = try #require(d.modifications.first { $0.article == "15" })
        #expect(fifteen.targetLawNumber == "2023-380")
        #expect(fifteen.target == "loi n° 2023-380 du 19 mai 2023")
        #expect(fifteen.targetArticle == "10")
        #expect(fifteen.paragraph == 12)
        let four = try #require(d.modifications.first { $0.article == "4" })
        #expect(four.target == "code des transports")
        #expect(four.targetArticle == "L. 2251-4-2")
        #expect(four.targetLawNumber == nil)
    }

    @Test("not a decision: refused with the reason")
    func refused() {
        #expect(throws: ConstitutionalDecisionParser.ParseError.missingTitle) { try ConstitutionalDecisionParser.parse("<p>Bonjour</p>") }
        #expect(throws: ConstitutionalDecisionParser.ParseError.missingOperativePart) {
            try ConstitutionalDecisionParser.parse("Décision n° 2025-878 DC du 24 avril 2025\n1. Rien.")
        }
    }

    static func amendment(law: String? = "2023-380", article: String? = "10", fate: AmendmentFate = .adopted) -> Amendment {
        Amendment(uid: "AMANR5L17PO838901BTC0636P0D1N000237", numberLabel: "237 (Rect)", number: 237, textRef: "PIONANR5L17BTC0636", fate: fate,
                  operativeText: "", lawReference: law, lawArticle: article)
    }

    @Test("amendment 237 (loi 2023-380, article 10) is article 15 of the adopted text: struck out as a cavalier, with the evidence")
    func link() throws {
        let d = try Self.fixture()
        let ruling = try #require(ProvisionLinker.ruling(for: Self.amendment(), in: d, decisionURL: "http://x"))
        #expect(ruling.adoptedTextArticle == "15")
        #expect(ruling.disposition == .struckOut)
        #expect(ruling.ground == .cavalier)
        #expect(ruling.certainty == .sameLawArticle)
        #expect(ruling.decisionDate == CalendarDate(year: 2025, month: 4, day: 24))
        #expect(ruling.evidence.contains { $0.hasPrefix("decision 2025-878 DC, paragraph 12: « L'article 15 modifie l'article 10 de la loi du 19 mai 2023") })
        #expect(ruling.evidence.first == "amendment n° 237 (Rect) amends 2023-380, article 10")
        // Another article of the same law, or an amendment without a law: no link.
        #expect(ProvisionLinker.ruling(for: Self.amendment(article: "11"), in: d, decisionURL: nil) == nil)
        #expect(ProvisionLinker.ruling(for: Self.amendment(law: nil), in: d, decisionURL: nil) == nil)
        // A code article: the partial censure of article 4.
        let code = try #require(ProvisionLinker.ruling(for: Self.amendment(law: "code des transports", article: "L.2251-4-2"), in: d, decisionURL: nil))
        #expect(code.adoptedTextArticle == "4")
        #expect(code.disposition == .partlyStruckOut)
    }

    @Test("two adopted articles modifying the same law article: the link is uncertain, and says so")
    func uncertain() throws {
        var d = try Self.fixture()
        d.modifications.append(ArticleModification(article: "16", target: "loi n° 2023-380 du 19 mai 2023", targetLawNumber: "2023-380", targetArticle: "10",
                                                   paragraph: 13, text: "L'article 16 modifie aussi l'article 10."))
        let ruling = try #require(ProvisionLinker.ruling(for: Self.amendment(), in: d, decisionURL: nil))
        #expect(ruling.certainty == .uncertain)
        #expect(ruling.evidence.last?.contains("articles 15, 16") == true)
    }
}
