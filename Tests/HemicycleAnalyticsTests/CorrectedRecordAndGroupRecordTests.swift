import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Records with corrections applied")
struct CorrectedRecordTests {
    typealias V = Fixture.V

    func correction(_ deputy: String, _ position: VotePosition) -> Correction {
        Correction(ballotUID: "VTANR5L17V1", deputyRef: deputy, mandateRef: nil, intendedPosition: position)
    }

    /// 3 for (G1: a1 a2 a3) against 2 against (G2: b1 b2): adopted 3 > 2. a1 meant against and the
    /// absent x (of G2) meant against: 2 for, 4 against — rejected; a1's vote now against, x added.
    @Test func correctionsMoveVotesAndRecomputeTheOutcome() throws {
        let record = Fixture.record(1, votes: Fixture.many(3, "a", "G1", .for) + Fixture.many(2, "b", "G2", .against),
                                    corrections: [correction("a1", .against), correction("x", .against)])
        #expect(record.ballot.result == .adopted)
        let corrected = record.applyingCorrections { $0 == "x" ? "G2" : nil }
        #expect(corrected.ballot.official == Tally(for: 2, against: 4))
        #expect(corrected.ballot.voters == 6)
        #expect(corrected.ballot.expressed == 6)
        #expect(corrected.ballot.required == 4, "majority of 6 votes cast: 6/2 + 1")
        #expect(corrected.ballot.result == .rejected)
        #expect(corrected.votes.first { $0.deputyRef == "a1" }?.position == .against)
        let x = try #require(corrected.votes.first { $0.deputyRef == "x" })
        #expect(x.groupRef == "G2")
        #expect(x.position == .against)
        #expect(corrected.groups.first { $0.groupRef == "G1" }?.tally == Tally(for: 2, against: 1))
        #expect(corrected.groups.first { $0.groupRef == "G2" }?.tally == Tally(against: 3))
        // The matrix built from the corrected record counts a1 as a rebel against G1's line (for).
        let loyalty = VoteMatrix(records: [corrected]).loyalty()
        #expect(loyalty.first { $0.deputyID == "a1" }?.rebellions == ["VTANR5L17V1"])
    }

    @Test func recordWithoutCorrectionsIsUnchanged() {
        let record = Fixture.record(1, votes: Fixture.many(3, "a", "G1", .for))
        #expect(record.applyingCorrections() == record)
    }
}

@Suite("Group records: seats, participation, ballots won")
struct GroupRecordTests {
    typealias V = Fixture.V

    /// Ballot 1 (adopted 3–1): G1 has 4 members, 3 for (line for: won); G2 has 3 members, 1
    /// against, 1 presiding (PSE) — line against: lost. Ballot 2 (rejected 1–2): G1 5 members, 1
    /// for (line for: lost); G2 3 members, 2 against (won). Ballot 3 is a motion of censure,
    /// outside the default scope.
    @Test func participationAndWonByHand() throws {
        let b1 = Fixture.record(1, date: "2025-01-10", votes: Fixture.many(3, "a", "G1", .for) + [
            V(deputy: "b1", group: "G2", position: .against),
            V(deputy: "b2", group: "G2", position: .nonVoting, cause: .presidingSitting),
        ], members: ["G1": 4, "G2": 3])
        let b2 = Fixture.record(2, date: "2025-01-11", votes: [V(deputy: "a1", group: "G1", position: .for)]
            + Fixture.many(2, "b", "G2", .against), members: ["G1": 5, "G2": 3])
        let b3 = Fixture.record(3, date: "2025-01-12", type: .censureMotion, votes: Fixture.many(2, "b", "G2", .for),
                                members: ["G1": 5, "G2": 3])
        #expect(b1.ballot.result == .adopted)
        #expect(b2.ballot.result == .rejected)
        let records = VoteMatrix(records: [b1, b2, b3]).groupRecords()
        let g1 = try #require(records.first { $0.groupID == "G1" })
        let g2 = try #require(records.first { $0.groupID == "G2" })
        // G1: voted 3 + 1 of 4 + 5 member-ballots; the censure motion's 5 excluded.
        #expect(g1.participation.numerator == 4)
        #expect(g1.participation.denominator == 9)
        #expect(g1.participation.excluded(.censureMotion) == 5)
        #expect(g1.won.numerator == 1)
        #expect(g1.won.denominator == 2)
        #expect(g1.latestMembers == 5)
        #expect(g1.ballots == 3)
        // G2: voted 1 + 2 of (3 − 1 presiding) + 3 member-ballots.
        #expect(g2.participation.numerator == 3)
        #expect(g2.participation.denominator == 5)
        #expect(g2.participation.excluded(.presiding) == 1)
        #expect(g2.won.numerator == 1)
        #expect(g2.won.denominator == 2)
        #expect(g2.won.excluded(.censureMotion) == 1)
    }

    /// A group whose line is abstention is compared (and never wins); no line (here: the
    /// published field missing, read with `--group-line published`) is excluded.
    @Test func abstentionLineNeverWinsAndMissingLineIsExcluded() throws {
        let b1 = Fixture.record(1, votes: Fixture.many(3, "a", "G1", .for) + [V(deputy: "c1", group: "G3", position: .abstention)])
        let b2 = Fixture.record(2, votes: Fixture.many(3, "a", "G1", .for) + [V(deputy: "c1", group: "G3", position: .for)],
                                majority: ["G3": nil])
        let g3 = try #require(VoteMatrix(records: [b1, b2]).groupRecords(groupLine: .published).first { $0.groupID == "G3" })
        #expect(g3.won.numerator == 0)
        #expect(g3.won.denominator == 1)
        #expect(g3.won.excluded(.noGroupMajority) == 1)
    }
}
