import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Cohesion indices")
struct CohesionTests {
    @Test func riceIndex() {
        #expect(CohesionIndex.rice(Tally(for: 8, against: 2)) == 0.6)        // |8 − 2| / 10
        #expect(CohesionIndex.rice(Tally(for: 4, against: 4, abstentions: 2)) == 0)
        #expect(CohesionIndex.rice(Tally(for: 1)) == 1)                       // one-member group
        #expect(CohesionIndex.rice(Tally(abstentions: 5)) == nil)             // nobody for or against
        #expect(CohesionIndex.rice(Tally()) == nil)
    }

    @Test func attinaIndex() throws {
        #expect(CohesionIndex.attina(Tally(for: 8, against: 2)) == 0.6)                    // (8 − 2) / 10
        #expect(CohesionIndex.attina(Tally(for: 4, against: 4, abstentions: 2)) == -0.2)   // (4 − 6) / 10
        let thirds = try #require(CohesionIndex.attina(Tally(for: 3, against: 3, abstentions: 3)))
        #expect(abs(thirds + 1.0 / 3.0) < 1e-12)                                            // the minimum
        #expect(CohesionIndex.attina(Tally(abstentions: 5)) == 1)
        #expect(CohesionIndex.attina(Tally(nonVoting: 3)) == nil)
    }

    @Test func hixNouryRolandAgreement() {
        #expect(CohesionIndex.agreement(Tally(for: 6, against: 2, abstentions: 2)) == 0.4)  // (6 − ½·4) / 10
        #expect(CohesionIndex.agreement(Tally(for: 3, against: 3, abstentions: 3)) == 0)
        #expect(CohesionIndex.agreement(Tally(against: 7)) == 1)
        #expect(CohesionIndex.agreement(Tally()) == nil)
    }

    @Test func contestedBallots() {
        func ballot(_ y: Int, _ n: Int) -> Ballot {
            Fixture.record(1, votes: [], official: Tally(for: y, against: n)).ballot
        }
        #expect(!ballot(95, 5).isContested)
        #expect(ballot(80, 20).isContested)
        #expect(!ballot(90, 10).isContested)   // exactly 90 %: not under the threshold
        #expect(ballot(10, 89).isContested)    // 89 / 99 = 0.899 < 0.9, whichever side wins
        #expect(!ballot(0, 0).isContested)
    }

    /// Group G: ballot 1 unanimous for (Rice 1, not contested: 100 %); ballot 2 8–2 with the house
    /// 8–7 (Rice 0.6, contested). Mean Rice 0.8; contested mean 0.6.
    @Test func meansOverAllAndContestedBallots() throws {
        let matrix = VoteMatrix(records: [
            Fixture.record(1, votes: Fixture.many(5, "g", "G", .for)),
            Fixture.record(2, votes: Fixture.many(8, "g", "G", .for) + Fixture.many(2, "h", "G", .against) + Fixture.many(5, "o", "O", .against)),
        ])
        let rows = matrix.groupCohesion()
        #expect(rows.count == 3)
        #expect(rows.map(\.contested) == [false, true, true])
        let g = try #require(matrix.groupCohesionSummary().first { $0.groupID == "G" })
        #expect(abs((g.meanRice ?? -1) - 0.8) < 1e-12)
        #expect(g.riceBallots == 2)
        #expect(g.contestedMeanRice == 0.6)
        #expect(g.contestedRiceBallots == 1)
        #expect(abs((g.meanAttina ?? -1) - 0.8) < 1e-12)
    }
}
