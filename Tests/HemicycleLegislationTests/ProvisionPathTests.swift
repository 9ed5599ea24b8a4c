import Foundation
import HemicycleLegislation
import HemicycleModel
import HemicycleTestSupport
import Testing

/// The path of an amended provision through the readings, on a hand-made file laid out as the
/// Assemblée's acts of DLR5L16N49176 are (a reading with its committee report and sitting
/// decision, a joint committee, the Council, the promulgation).
@Suite("Provision path: amendment → text adopted → joint committee → decision → law")
struct ProvisionPathTests {
    static func day(_ text: String) -> CalendarDate? { CalendarDate(iso: text) }

    /// The acts, flattened depth first as the store gives them.
    static func steps() -> [StoredDossierStep] {
        var ordinal = 0
        var out: [StoredDossierStep] = []
        func add(_ parent: Int?, _ depth: Int, _ step: DossierStep) -> Int {
            out.append(StoredDossierStep(ordinal: ordinal, parentOrdinal: parent, depth: depth, step: step, ballots: []))
            ordinal += 1
            return ordinal - 1
        }
        let an1 = add(nil, 0, DossierStep(uid: "AN1", code: "AN1", label: "1ère lecture (2ème assemblée saisie)"))
        _ = add(an1, 1, DossierStep(uid: "a", code: "AN1-DEPOT", label: "Dépôt", date: day("2024-07-23"), textRefs: ["B0134"]))
        let com = add(an1, 1, DossierStep(uid: "b", code: "AN1-COM", label: "Travaux des commissions"))
        _ = add(com, 2, DossierStep(uid: "c", code: "AN1-COM-FOND-RAPPORT", label: "Dépôt de rapport", date: day("2024-11-27"), textRefs: ["RAPP0636", "BTC0636"]))
        let debates = add(an1, 1, DossierStep(uid: "d", code: "AN1-DEBATS", label: "Discussion en séance publique"))
        _ = add(debates, 2, DossierStep(uid: "e", code: "AN1-DEBATS-DEC", label: "Décision", date: day("2025-02-11"), textRefs: ["BTA0046"], conclusion: "modifiée"))
        let cmp = add(nil, 0, DossierStep(uid: "CMP", code: "CMP", label: "Commission Mixte Paritaire"))
        _ = add(cmp, 1, DossierStep(uid: "f", code: "CMP-COM-RAPPORT-AN", label: "Dépôt du rapport d'une CMP", date: day("2025-03-06"), textRefs: ["RAPP1035", "BTC1035"]))
        _ = add(cmp, 1, DossierStep(uid: "g", code: "CMP-DEBATS-AN-DEC", label: "Décision", date: day("2025-03-18"), textRefs: ["BTA0075"], conclusion: "adoptée"))
        _ = add(cmp, 1, DossierStep(uid: "h", code: "CMP-DEC", label: "Décision de la CMP", date: day("2025-03-06"), conclusion: "Accord"))
        let cc = add(nil, 0, DossierStep(uid: "CC", code: "CC", label: "Conseil constitutionnel"))
        _ = add(cc, 1, DossierStep(uid: "i", code: "CC-CONCLUSION", label: "Conclusion", date: day("2025-04-24"), conclusion: "Partiellement conforme",
                                    constitutionalDecision: ConstitutionalDecision(reference: "2025-878 DC", number: "878", year: "2025", ruling: "Partiellement conforme", url: nil)))
        let prom = add(nil, 0, DossierStep(uid: "PROM", code: "PROM", label: "Promulgation de la loi"))
        _ = add(prom, 1, DossierStep(uid: "j", code: "PROM-PUB", label: "Promulgation d'une loi", date: day("2025-04-28"), textRefs: ["BTA0075"],
                                      promulgation: Promulgation(lawNumber: "2025-379", title: nil, journalDate: nil, journalNumber: nil, nor: nil, legifranceURL: nil)))
        return out
    }

    static func amendment(fate: AmendmentFate = .adopted, text: String = "BTC0636") -> Amendment {
        Amendment(uid: "AM237", numberLabel: "237 (Rect)", number: 237, textRef: text,
                  target: AmendmentTarget(shortDesignation: "APRÈS ART. 9", isAdditionalArticle: true), fate: fate,
                  decidedOn: day("2025-02-11"), operativeText: "", lawReference: "2023-380", lawArticle: "10")
    }

    @Test("without the decision's text: every step dated, the articles and the ruling said to be missing")
    func withoutDecision() throws {
        let path = ProvisionPath.build(amendment: Self.amendment(), ballots: [], steps: Self.steps(), ruling: nil, decisionImported: false)
        #expect(path.steps.map(\.stage) == ["amendment", "house_text", "reading", "reading", "decision", "promulgation"])
        #expect(path.steps.map { $0.date?.description ?? "" } == ["2025-02-11", "2025-02-11", "2025-03-06", "2025-03-18", "2025-04-24", "2025-04-28"])
        let house = path.steps[1]
        #expect(house.texts == ["BTA0046"] && house.outcome == .recorded("modifiée") && house.article == nil)
        #expect(house.missing == .articleUnknown(insertedAs: .newArticle("APRÈS ART. 9")))
        // The joint committee's agreement names no text: the text its report tabled.
        #expect(path.steps[2].texts == ["RAPP1035", "BTC1035"] && path.steps[2].outcome == .recorded("Accord"))
        #expect(path.steps[4].missing == .decisionNotImported)
        #expect(path.steps[5].outcome == .promulgation(lawNumber: "2025-379", withoutProvision: false) && path.steps[5].missing == .promulgationUnknown)
        #expect(path.end == nil)
    }

    @Test("with the decision linked: article 15 of the text adopted by Parliament, struck out; the law promulgated without it")
    func withDecision() throws {
        let decision = try ConstitutionalDecisionTests.fixture()
        let ruling = try #require(ProvisionLinker.ruling(for: Self.amendment(), in: decision, decisionURL: nil))
        let path = ProvisionPath.build(amendment: Self.amendment(), ballots: [], steps: Self.steps(), ruling: ruling, decisionImported: true)
        // The joint committee's text is the one the decision numbers; the first reading's is not.
        #expect(path.steps.filter { $0.stage == "reading" }.allSatisfy { $0.article == "15" && $0.missing == nil })
        #expect(path.steps[1].article == nil)
        let decisionStep = try #require(path.steps.first { $0.stage == "decision" })
        #expect(decisionStep.outcome == .ruling(said: "Partiellement conforme", ruling: ruling))
        #expect(decisionStep.label == .decision(reference: "2025-878 DC"))
        #expect(decisionStep.missing == nil)
        #expect(path.steps.last?.outcome == .promulgation(lawNumber: "2025-379", withoutProvision: true))
        #expect(path.steps.last?.missing == nil)
    }

    @Test("the decision imported but naming no article that modifies the amended one: said so")
    func decisionWithoutLink() {
        let path = ProvisionPath.build(amendment: Self.amendment(), ballots: [], steps: Self.steps(), ruling: nil, decisionImported: true)
        #expect(path.steps.first { $0.stage == "decision" }?.missing == .decisionNamesNoArticle(law: "2023-380", article: "10"))
    }

    @Test("a rejected amendment, or one on a text the file does not name: the path stops and says why")
    func stops() {
        let rejected = ProvisionPath.build(amendment: Self.amendment(fate: .rejected), ballots: [], steps: Self.steps(), ruling: nil, decisionImported: false)
        #expect(rejected.steps.count == 1)
        #expect(rejected.end == .notAdopted)
        let elsewhere = ProvisionPath.build(amendment: Self.amendment(text: "OTHER"), ballots: [], steps: Self.steps(), ruling: nil, decisionImported: false)
        #expect(elsewhere.steps.count == 1)
        #expect(elsewhere.end == .noActOnText("OTHER"))
        let unfinished = ProvisionPath.build(amendment: Self.amendment(), ballots: [], steps: Array(Self.steps().prefix(6)), ruling: nil, decisionImported: false)
        #expect(unfinished.end == .noPromulgation)
    }
}
