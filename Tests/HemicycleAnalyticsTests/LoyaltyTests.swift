import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Loyalty and rebellions")
struct LoyaltyTests {
    typealias V = Fixture.V

    /// X sits in G1 on ballot 1 (G1's line: for) and votes against — a rebellion; X has moved to
    /// G2 by ballot 2 (G2's line: against) and votes against — loyal. Loyalty ½.
    @Test func groupChangeIsComparedWithTheGroupOfTheDay() throws {
        let matrix = VoteMatrix(records: [
            Fixture.record(1, votes: Fixture.many(3, "g1-", "G1", .for) + [V(deputy: "X", group: "G1", position: .against)]),
            Fixture.record(2, votes: Fixture.many(3, "g2-", "G2", .against) + [V(deputy: "X", group: "G2", position: .against)]),
        ])
        let x = try #require(matrix.loyalty().first { $0.deputyID == "X" })
        #expect(x.loyalty.numerator == 1 && x.loyalty.denominator == 2)
        #expect(x.rebellions == ["VTANR5L17V1"])
        #expect(x.rebellionRate.value == 0.5)
    }

    /// Ballot 1: G splits 2 for, 2 against — a tie, so no majority: every member's vote is
    /// compared and none agrees, none rebels (Datan's rule). Ballot 2: a clear line (3 for, 1
    /// against). Read from the published field (for, the tie-break), the tie is a line again.
    @Test func aTiedGroupHasNoMajorityToFollow() throws {
        let matrix = VoteMatrix(records: [
            Fixture.record(1, votes: [V(deputy: "T", group: "G", position: .for), V(deputy: "U", group: "G", position: .for),
                                      V(deputy: "W", group: "G", position: .against), V(deputy: "Z", group: "G", position: .against)],
                           majority: ["G": .for]),
            Fixture.record(2, votes: [V(deputy: "T", group: "G", position: .for), V(deputy: "U", group: "G", position: .for),
                                      V(deputy: "W", group: "G", position: .for), V(deputy: "Z", group: "G", position: .against)]),
        ])
        let t = try #require(matrix.loyalty().first { $0.deputyID == "T" })
        #expect(t.loyalty.numerator == 1 && t.loyalty.denominator == 2)
        #expect(t.tiedVotes == 1 && t.rebellions.isEmpty)
        let z = try #require(matrix.loyalty().first { $0.deputyID == "Z" })
        #expect(z.loyalty.numerator == 0 && z.loyalty.denominator == 2)
        #expect(z.tiedVotes == 1 && z.rebellions == ["VTANR5L17V2"])
        #expect(z.rebellionRate.value == 0.5)
        let published = try #require(matrix.loyalty(groupLine: .published).first { $0.deputyID == "Z" })
        #expect(published.tiedVotes == 0 && published.rebellions.count == 2)
    }

    @Test func abstainingAgainstTheLineIsARebellion() throws {
        let matrix = VoteMatrix(records: [
            Fixture.record(1, votes: Fixture.many(3, "g", "G", .for) + [V(deputy: "Y", group: "G", position: .abstention)]),
        ])
        let y = try #require(matrix.loyalty().first { $0.deputyID == "Y" })
        #expect(y.rebellions.count == 1)
        #expect(y.loyalty.value == 0)
        let loyal = try #require(matrix.loyalty().first { $0.deputyID == "g1" })
        #expect(loyal.loyalty.value == 1)
    }

    /// Read from the published field (`--group-line published`), a missing line leaves the vote out.
    @Test func noMajorityNonVotersAndExcludedGroupsAreLeftOut() throws {
        let matrix = VoteMatrix(records: [
            // G's published majority is missing.
            Fixture.record(1, votes: [V(deputy: "A", group: "G", position: .for)], majority: ["G": nil]),
            // Non-inscrits, excluded by the caller.
            Fixture.record(2, votes: [V(deputy: "A", group: "NI", position: .for)]),
            // Non-voting is not compared.
            Fixture.record(3, votes: [V(deputy: "A", group: "G", position: .nonVoting, cause: .presidingSitting), V(deputy: "B", group: "G", position: .for)]),
            // A censure motion, out of the default scope.
            Fixture.record(4, type: .censureMotion, votes: [V(deputy: "A", group: "G", position: .for)]),
        ])
        let a = try #require(matrix.loyalty(excludingGroups: ["NI"], groupLine: .published).first { $0.deputyID == "A" })
        #expect(a.loyalty.denominator == 0)
        #expect(a.loyalty.value == nil)
        #expect(a.loyalty.excluded(.noGroupMajority) == 1)
        #expect(a.loyalty.excluded(.excludedGroup) == 1)
        #expect(a.loyalty.excluded(.censureMotion) == 1)
        #expect(a.rebellions.isEmpty)
    }

    /// A one-member group always follows its own line.
    @Test func oneMemberGroupIsAlwaysLoyal() throws {
        let matrix = VoteMatrix(records: [
            Fixture.record(1, votes: [V(deputy: "S", group: "Solo", position: .against)]),
            Fixture.record(2, votes: [V(deputy: "S", group: "Solo", position: .for)]),
        ])
        let s = try #require(matrix.loyalty().first)
        #expect(s.loyalty.numerator == 2 && s.loyalty.denominator == 2)
    }
}
