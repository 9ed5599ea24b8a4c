import HemicycleLegislation
import HemicycleModel
import Testing

/// The rules that link ballots to dossiers and amendments, on hand-made inputs (no store).
@Suite("Ballot linking rules")
struct BallotLinkingRulesTests {
    let rules = BallotLinkingRules()

    func inputs(_ ballots: [BallotLinkInputs.Ballot], amendments: [BallotLinkInputs.Amendment] = []) -> BallotLinkInputs {
        BallotLinkInputs(
            ballots: ballots,
            acts: [
                .init(dossierUID: "DL-FINAL", voteRefs: ["V1"], sittingRef: nil),
                .init(dossierUID: "DL-SURETE", voteRefs: [], sittingRef: "S1"),
                .init(dossierUID: "DL-SURETE", voteRefs: [], sittingRef: "S2"),
                .init(dossierUID: "DL-AUTRE", voteRefs: [], sittingRef: "S2"),
            ],
            foldedDossierTitles: [
                "DL-FINAL": "projet de loi de finances pour 2025",
                "DL-SURETE": "proposition de loi relative au renforcement de la surete dans les transports",
                "DL-AUTRE": "proposition de loi visant a proteger les eleveurs",
                "DL-LOIN": "projet de loi relatif aux jeux olympiques et paralympiques de 2030",
            ],
            amendments: amendments)
    }

    @Test func eachSignalInItsOrder() {
        let links = rules.dossierLinks(inputs([
            .init(uid: "V1", title: "l'ensemble du projet de loi", sittingRef: "S9"),
            .init(uid: "V2", title: "l'article 3 de la proposition de loi", sittingRef: "S1"),
            .init(uid: "V3", title: "l'amendement n° 5 de la proposition de loi relative au renforcement de la sûreté dans les transports", sittingRef: "S2"),
            .init(uid: "V4", title: "l'article 35 du projet de loi relatif aux jeux Olympiques et Paralympiques de 2030", sittingRef: nil),
            .init(uid: "V5", title: "la motion de censure", sittingRef: nil),
        ]))
        #expect(links == [
            BallotLink(ballot: "V1", target: "DL-FINAL", method: "vote_ref"),
            BallotLink(ballot: "V2", target: "DL-SURETE", method: "sitting"),
            BallotLink(ballot: "V3", target: "DL-SURETE", method: "sitting_title"),
            BallotLink(ballot: "V4", target: "DL-LOIN", method: "title"),
        ])
    }

    @Test func amendmentsByNumberInTheSittingAndTheIdenticalOnesStillDefended() {
        func amendment(_ uid: String, _ number: Int, prefix: String = "", sitting: String? = "S1", group: String? = "G1", fate: String = "adopted") -> BallotLinkInputs.Amendment {
            .init(uid: uid, number: number, numberPrefix: prefix, sittingRef: sitting, identicalGroup: group, textRef: "T1", dossierRef: "DL-SURETE", fate: fate)
        }
        let input = inputs([.init(uid: "V7", title: "l'amendement n° 237 (rect.) du Gouvernement et l'amendement identique suivant après l'article 9", sittingRef: "S1")],
                           amendments: [amendment("A237", 237), amendment("CL237", 237, prefix: "CL", group: nil),
                                        amendment("A12", 12), amendment("A13", 13, fate: "withdrawn"), amendment("A14", 14, group: "G2")])
        let links = rules.amendmentLinks(input, dossierOf: ["V7": "DL-SURETE"])
        #expect(links == [
            BallotLink(ballot: "V7", target: "A237", method: "number"),
            BallotLink(ballot: "V7", target: "A12", method: "identical"),
        ])
        #expect(rules.amendmentLinks(input, dossierOf: [:]).isEmpty, "no dossier, no amendment")
    }
}
