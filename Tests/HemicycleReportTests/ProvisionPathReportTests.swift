import HemicycleLegislation
import HemicycleModel
import HemicycleReport
import HemicycleTestSupport
import Testing

/// The words of a provision's path live in the report layer (issue 17): the path holds facts, the
/// report says them in English (as before, the JSON's words) or in French, with no English left.
@Suite("The provision path, in English and French")
struct ProvisionPathReportTests {
    static let ruling = ProvisionRuling(decisionReference: "2025-878 DC", decisionDate: CalendarDate(year: 2025, month: 4, day: 24), decisionURL: nil,
                                        adoptedTextArticle: "15", disposition: .struckOut, ground: .cavalier, certainty: .uncertain,
                                        evidence: ["paragraph 72"])

    /// Every kind of label, outcome and missing piece once.
    static let path = ProvisionPath(steps: [
        .init(stage: "amendment", label: .amendment(number: "237 (Rect)", target: .newArticle("APRÈS ART. 9")), date: nil, texts: ["BTC0636"],
              outcome: .amendment(fate: .adopted, ballot: 773, law: "2023-380", lawArticle: "10")),
        .init(stage: "house_text", label: .act(reading: "1ère lecture", act: "Décision", house: "Assemblée"), date: nil, texts: ["BTA0046"],
              outcome: .recorded("modifiée"), missing: .articleUnknown(insertedAs: .newArticle("APRÈS ART. 9"))),
        .init(stage: "reading", label: .act(reading: "CMP", act: "Décision de la CMP", house: nil), date: nil,
              outcome: .recorded(nil), missing: .noTextNamed),
        .init(stage: "decision", label: .decision(reference: "2025-878 DC"), date: nil, article: "15",
              outcome: .ruling(said: "Partiellement conforme", ruling: ruling)),
        .init(stage: "decision", label: .decision(reference: nil), date: nil, outcome: .recorded(nil),
              missing: .decisionNamesNoArticle(law: "2023-380", article: "10")),
        .init(stage: "decision", label: .decision(reference: nil), date: nil, outcome: .recorded(nil), missing: .decisionNotImported),
        .init(stage: "promulgation", label: .promulgation, date: nil, outcome: .promulgation(lawNumber: "2025-379", withoutProvision: true),
              missing: .promulgationUnknown),
    ], end: .noPromulgation)

    @Test("English: the sentences the JSON has always given")
    func english() {
        let payload = ProvisionPathReport(amendmentUID: "AM1", path: Self.path).payload
        #expect(payload.steps[0].label == "Amendment n° 237 (Rect) to a new article (APRÈS ART. 9)")
        #expect(payload.steps[0].outcome == "adopted (ballot 773; amends 2023-380, article 10)")
        #expect(payload.steps[1].label == "1ère lecture — Décision (Assemblée)")
        #expect(payload.steps[1].missing == "which article of this text carries the provision: the texts' content is not in these data "
                + "(the amendment inserted it as a new article (APRÈS ART. 9))")
        #expect(payload.steps[2].outcome == "no conclusion recorded" && payload.steps[2].missing == "the text adopted: the file names none")
        #expect(payload.steps[3].label == "Conseil constitutionnel, decision 2025-878 DC")
        #expect(payload.steps[3].outcome == "Partiellement conforme; art. 15 of the adopted text struck out as a cavalier législatif — paragraph 72 (link uncertain)")
        #expect(payload.steps[4].missing == "what it decided on this provision: the decision's text names no article modifying 2023-380, article 10")
        #expect(payload.steps[6].outcome == "loi n° 2025-379, without this provision")
        #expect(payload.end == "the legislative file records no promulgation (yet)")
    }

    @Test("French: every word of the table and the notes, no English label left")
    func french() {
        let report = ProvisionPathReport(amendmentUID: "AM1", path: Self.path)
        let text = MarkdownRenderer().render(report.document(language: .french))
        #expect(EnglishLabels.leftovers(in: text) == [], "\(text)")
        #expect(text.contains("Amendement n° 237 (Rect) visant un article additionnel (APRÈS ART. 9)"))
        #expect(text.contains("art. 15 du texte adopté censuré comme cavalier législatif — paragraphe 72 (lien incertain)"))
        #expect(text.contains("loi n° 2025-379, sans cette disposition"))
        #expect(text.contains("Au fil des lectures"))
        // The English document says the same facts in English.
        let english = MarkdownRenderer().render(report.document(language: .english))
        #expect(english.contains("The path stops here: the legislative file records no promulgation (yet)."))
    }
}
