import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("What-if")
struct WhatIfTests {
    typealias V = Fixture.V

    /// G1: 60 members, 50 for, 1 non-voting → 9 absent, line for.
    /// G2: 70 members, 45 against, 5 abstentions → 20 absent, line against.
    /// House 50–45: adopted by 5.
    let record = Fixture.record(
        1, votes: Fixture.many(50, "a", "G1", .for) + [V(deputy: "p", group: "G1", position: .nonVoting, cause: .presidingSitting)]
            + Fixture.many(45, "b", "G2", .against) + Fixture.many(5, "c", "G2", .abstention),
        members: ["G1": 60, "G2": 70])

    @Test func marginAndVotesToFlip() {
        let w = BallotWhatIf(ballot: record.ballot, groups: record.groups)
        #expect(w.adopted)
        #expect(w.margin == 5)
        #expect(w.votesToFlip == 5)  // 5 more against: 50–50, a tie rejects
        let rejected = Fixture.record(2, votes: Fixture.many(40, "a", "G1", .for) + Fixture.many(45, "b", "G2", .against))
        let r = BallotWhatIf(ballot: rejected.ballot, groups: rejected.groups)
        #expect(!r.adopted && r.margin == -5 && r.votesToFlip == 6)
    }

    @Test func absenteesFollowingTheLine() throws {
        let w = BallotWhatIf(ballot: record.ballot, groups: record.groups)
        let g1 = try #require(w.groups.first { $0.groupID == "G1" })
        let g2 = try #require(w.groups.first { $0.groupID == "G2" })
        #expect(g1.absent == 9 && g1.line == .for && !g1.absenteesWouldFlip)   // 59–45
        #expect(g2.absent == 20 && g2.line == .against && g2.absenteesWouldFlip)  // 50–65
    }

    @Test func fullHouseProjection() {
        let w = BallotWhatIf(ballot: record.ballot, groups: record.groups)
        #expect(w.fullHouse == Tally(for: 59, against: 65, abstentions: 5, nonVoting: 1))
        #expect(!w.fullHouseAdopts)
        #expect(w.fullHouseFlips)
    }

    /// Without G1's votes: 0–45, rejected (pivotal). Without G2's: 50–0, still adopted.
    @Test func pivotalGroups() {
        let w = BallotWhatIf(ballot: record.ballot, groups: record.groups)
        #expect(w.pivotalGroups == ["G1"])
    }

    /// G: 10 members, none voted — no line (the Assemblée would publish "for"), so its absentees stay absent.
    @Test func groupWithoutLineKeepsItsAbsenteesAbsent() throws {
        let r = Fixture.record(1, votes: Fixture.many(3, "a", "H", .for), members: ["G": 10], majority: ["G": .for])
        let w = BallotWhatIf(ballot: r.ballot, groups: r.groups)
        let g = try #require(w.groups.first { $0.groupID == "G" })
        #expect(g.absent == 10 && g.line == nil && !g.absenteesWouldFlip)
        #expect(w.fullHouse == r.ballot.official)
    }

    @Test func censureMotionNeedsTheAbsoluteMajority() {
        let r = Fixture.record(1, type: .censureMotion, votes: Fixture.many(280, "a", "G", .for))
        let w = BallotWhatIf(ballot: r.ballot, groups: r.groups)
        #expect(w.rule == .fixedThreshold(289))
        #expect(w.margin == -9 && w.votesToFlip == 9)
    }

    @Test func matrixComputesEveryBallot() {
        let all = VoteMatrix(records: [record]).whatIf()
        #expect(all.count == 1)
        #expect(all.first?.pivotalGroups == ["G1"])
    }
}
