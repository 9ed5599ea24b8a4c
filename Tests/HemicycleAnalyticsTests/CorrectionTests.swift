import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Corrections applied")
struct CorrectionTests {
    typealias V = Fixture.V

    /// 10 for (G1) against 9 against + 1 abstention (G2): adopted, 10 > 9.
    func record(_ corrections: [Correction]) -> BallotRecord {
        Fixture.record(1, votes: Fixture.many(10, "a", "G1", .for) + Fixture.many(9, "b", "G2", .against) + [V(deputy: "b10", group: "G2", position: .abstention)],
                       corrections: corrections)
    }

    func correction(_ deputy: String, _ position: VotePosition) -> Correction {
        Correction(ballotUID: "VTANR5L17V1", deputyRef: deputy, mandateRef: nil, intendedPosition: position)
    }

    /// a1 meant to vote against: 9 for, 10 against — the ballot would have been rejected.
    @Test func correctionThatFlipsTheResult() throws {
        let result = CorrectedTally(record: record([correction("a1", .against)]))
        #expect(result.official == Tally(for: 10, against: 9, abstentions: 1))
        #expect(result.corrected == Tally(for: 9, against: 10, abstentions: 1))
        let g1 = try #require(result.groups.first { $0.groupID == "G1" })
        #expect(g1.corrected == Tally(for: 9, against: 1))
        #expect(result.adoptedAsRecorded)
        #expect(!result.adoptedAsCorrected)
        #expect(result.flips)
    }

    /// b10 meant to vote against instead of abstaining: 10–10 is a tie, and a tie rejects.
    @Test func tieRejects() {
        let result = CorrectedTally(record: record([correction("b10", .against)]))
        #expect(result.corrected == Tally(for: 10, against: 10))
        #expect(result.flips)
    }

    @Test func correctionForAnUnlistedDeputyAddsThem() throws {
        let unknown = CorrectedTally(record: record([correction("x", .against)]))
        #expect(unknown.corrected.against == 10)
        #expect(unknown.unassigned == 1)
        #expect(unknown.groups.map(\.corrected) == unknown.groups.map(\.official))
        #expect(unknown.flips)  // 10 for, 10 against

        let known = CorrectedTally(record: record([correction("x", .for)]), groupOf: { $0 == "x" ? "G2" : nil })
        let g2 = try #require(known.groups.first { $0.groupID == "G2" })
        #expect(g2.corrected.for == 1)
        #expect(known.unassigned == 0)
        #expect(!known.flips)
    }

    @Test func restatementsAndLaterCorrectionsByTheSameDeputy() {
        let same = CorrectedTally(record: record([correction("a1", .for)]))
        #expect(same.unchanged == 1)
        #expect(same.corrected == same.official)
        // a1 first says against, then abstention: the second supersedes the first.
        let twice = CorrectedTally(record: record([correction("a1", .against), correction("a1", .abstention)]))
        #expect(twice.corrected == Tally(for: 9, against: 9, abstentions: 2))
    }

    @Test func censureMotionUsesTheFixedThreshold() {
        let motion = Fixture.record(1, type: .censureMotion, votes: Fixture.many(288, "m", "G", .for),
                                    corrections: [correction("y", .for)])
        let result = CorrectedTally(record: motion)
        #expect(result.rule == .fixedThreshold(289))
        #expect(!result.adoptedAsRecorded)
        #expect(result.adoptedAsCorrected)
    }

    @Test func adoptionRuleFromThePublishedRequirement() {
        let ordinary = Fixture.record(1, votes: Fixture.many(3, "a", "G", .for)).ballot
        #expect(AdoptionRule(ballot: ordinary) == .majorityOfExpressed)
        var special = ordinary
        special.required = 100
        #expect(AdoptionRule(ballot: special) == .fixedThreshold(100))
        #expect(AdoptionRule.majorityOfExpressed.requiredFor(Tally(for: 5, against: 4, abstentions: 7)) == 5)
    }
}
