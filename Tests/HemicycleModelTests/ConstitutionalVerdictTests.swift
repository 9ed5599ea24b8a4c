import HemicycleModel
import Testing

@Suite("ConstitutionalVerdict and BillOutcome")
struct ConstitutionalVerdictTests {
    @Test("the rulings the Assemblée's files publish (Conforme 14, Partiellement conforme 13, Conforme avec réserve 4 in the shipped dossiers)")
    func rulings() {
        #expect(ConstitutionalVerdict(ruling: "Conforme") == .conforming)
        #expect(ConstitutionalVerdict(ruling: "Partiellement conforme") == .partlyUnconstitutional)
        #expect(ConstitutionalVerdict(ruling: "Conforme avec réserve") == .conformingWithReservations)
        #expect(ConstitutionalVerdict(ruling: "Conforme avec réserves") == .conformingWithReservations)
        #expect(ConstitutionalVerdict(ruling: "Non conforme") == .unconstitutional)
        #expect(ConstitutionalVerdict(ruling: "Non lieu à statuer") == .unknown)
        #expect(ConstitutionalVerdict(ruling: nil) == .unknown)
        #expect(ConstitutionalVerdict(ruling: "Conforme").lawStandsAsVoted)
        #expect(!ConstitutionalVerdict(ruling: "Conforme avec réserve").lawStandsAsVoted)
    }

    @Test("the decision's page: published, else the Council's address")
    func pageURL() {
        let published = ConstitutionalDecision(reference: "2025-878 DC", number: "878", year: "2025", ruling: nil, url: "http://x/y.htm")
        #expect(published.pageURL == "http://x/y.htm")
        let built = ConstitutionalDecision(reference: "2025-878 DC", number: "878", year: "2025", ruling: nil, url: nil)
        #expect(built.pageURL == "https://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm")
        #expect(ConstitutionalDecision(reference: "878", number: "878", year: nil, ruling: nil, url: nil).pageURL == nil)
    }

    @Test("a file's acts read once: the referral, the decision and the promulgation, the last of each kind")
    func outcomeFromSteps() {
        let decision = ConstitutionalDecision(reference: "2025-878 DC", number: "878", year: "2025", ruling: "Partiellement conforme", url: nil)
        let steps: [(step: DossierStep, referral: String?)] = [
            (DossierStep(uid: "a", code: "AN1-DEC", label: "Décision", conclusion: "adoptée"), nil),
            (DossierStep(uid: "b", code: "CMP-DEC", label: "CMP", conclusion: "Accord"), nil),
            (DossierStep(uid: "c", code: "CC-SAISIE-DEPUTE", label: "Saisine", date: CalendarDate(year: 2025, month: 3, day: 24)), "Soixante députés au moins"),
            (DossierStep(uid: "d", code: "CC-CONCLUSION", label: "Conclusion", date: CalendarDate(year: 2025, month: 4, day: 24), constitutionalDecision: decision), nil),
        ]
        let outcome = BillOutcome(steps: steps)
        #expect(outcome.jointCommitteeOutcome == "Accord")
        #expect(outcome.referrals == ["2025-03-24: Soixante députés au moins"])
        #expect(outcome.decision == decision)
        #expect(outcome.decisionDate == CalendarDate(year: 2025, month: 4, day: 24))
        #expect(outcome.lastConclusion == "Accord")
        #expect(outcome.promulgation == nil)
    }
}
