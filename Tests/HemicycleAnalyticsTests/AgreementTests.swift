import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Agreement")
struct AgreementTests {
    typealias V = Fixture.V

    /// Ballot 1: G1 5 for, G2 5 against, G3 5 for.
    ///   G1–G2 pooled (5, 5, 0): (5 − ½·5) / 10 = 0.25; G1–G3 (10, 0, 0): 1; G2–G3: 0.25.
    /// Ballot 2: G1 4 for, G2 4 for, G3 listed non-voting only (cast no vote).
    ///   G1–G2: 1; pairs with G3 skipped.
    /// Means: G1–G2 (0.25 + 1) / 2 = 0.625 over 2 ballots; G1–G3 1 over 1; G2–G3 0.25 over 1.
    let matrix = VoteMatrix(records: [
        Fixture.record(1, votes: Fixture.many(5, "a", "G1", .for) + Fixture.many(5, "b", "G2", .against) + Fixture.many(5, "c", "G3", .for)),
        Fixture.record(2, votes: Fixture.many(4, "a", "G1", .for) + Fixture.many(4, "b", "G2", .for)
            + [V(deputy: "c1", group: "G3", position: .nonVoting, cause: .governmentMember)]),
    ])

    @Test func pairwiseMeansOverBallotsWhereBothVoted() throws {
        let m = matrix.groupAgreement()
        #expect(m.groupIDs == ["G1", "G2", "G3"])
        #expect(m.agreement("G1", "G2") == 0.625)
        #expect(m.ballots(0, 1) == 2)
        #expect(m.agreement("G1", "G3") == 1)
        #expect(m.ballots(0, 2) == 1)
        #expect(m.agreement("G2", "G3") == 0.25)
    }

    @Test func matrixIsSymmetricWithOnesOnTheDiagonal() {
        let m = matrix.groupAgreement()
        let n = m.groupIDs.count
        for i in 0..<n {
            #expect(m[i, i] == 1)
            for j in 0..<n {
                #expect(m[i, j] == m[j, i])
                #expect(m.ballots(i, j) == m.ballots(j, i))
                if let v = m[i, j] { #expect((0...1).contains(v)) }
            }
        }
    }

    @Test func excludedGroupsAreLeftOut() {
        let m = matrix.groupAgreement(excludingGroups: ["G3"])
        #expect(m.groupIDs == ["G1", "G2"])
        #expect(m.agreement("G1", "G3") == nil)
    }

    @Test func groupsThatNeverMetHaveNoValue() {
        let m = VoteMatrix(records: [
            Fixture.record(1, votes: Fixture.many(2, "a", "A", .for)),
            Fixture.record(2, votes: Fixture.many(2, "b", "B", .for)),
        ]).groupAgreement()
        #expect(m.agreement("A", "B") == nil)
        #expect(m.agreement("A", "A") == 1)
    }

    /// a1 and b1: ballot 1 for vs against (differ); ballot 2 both for (same). 1 out of 2.
    /// c1 never voted on ballot 2 (non-voting), so a1–c1: ballot 1 only, both for.
    @Test func deputyPairAgreement() throws {
        let ab = try #require(matrix.deputyAgreement("a1", "b1"))
        #expect(ab.numerator == 1 && ab.denominator == 2)
        let ac = try #require(matrix.deputyAgreement("a1", "c1"))
        #expect(ac.numerator == 1 && ac.denominator == 1)
        #expect(matrix.deputyAgreement("a1", "nobody") == nil)
        #expect(matrix.deputyAgreement("a1", "a1")?.value == 1)
    }
}
