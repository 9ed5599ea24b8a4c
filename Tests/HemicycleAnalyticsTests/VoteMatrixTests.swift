import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("Vote matrix")
struct VoteMatrixTests {
    typealias V = Fixture.V
    let records = [
        Fixture.record(1, votes: [V(deputy: "A", group: "G1", position: .for), V(deputy: "B", group: "G2", position: .against, byProxy: true)]),
        Fixture.record(2, votes: []),
        Fixture.record(3, votes: [V(deputy: "B", group: "G1", position: .abstention)]),
    ]

    @Test func internsDeputiesAndGroupsOnce() throws {
        let m = VoteMatrix(records: records)
        #expect(m.deputyIDs == ["A", "B"])
        #expect(m.groupIDs == ["G1", "G2"])
        #expect(m.deputy("B") == 1 && m.deputy("Z") == nil)
        #expect(m.voteRanges == [0..<2, 2..<2, 2..<3])
        let b = try #require(m.deputy("B"))
        #expect(m.entries[1].deputy == b && m.entries[1].byProxy && m.entries[1].position == .against)
        #expect(m.entries[2].deputy == b && m.entries[2].group == m.group("G1"))
        #expect(m.groupRanges.map(\.count) == [2, 0, 1])
    }

    @Test func lineTableFollowsTheBreakdown() {
        let m = VoteMatrix(records: records)
        let table = m.lineTable(.recounted)
        #expect(table.count == 3 * 2)
        #expect(table[0 * 2 + 0] == .line(.for))    // ballot 1, G1
        #expect(table[0 * 2 + 1] == .line(.against))  // ballot 1, G2
        #expect(table[1 * 2 + 0] == nil)       // ballot 2: nobody
        #expect(table[2 * 2 + 1] == nil)       // ballot 3: G2 absent from the breakdown
    }

    @Test func allTablesAgreeWithTheSingleAnalyses() {
        let m = VoteMatrix(records: records)
        let tables = AnalyticsTables(matrix: m, seatPeriods: [:])
        #expect(tables.turnout.ballots.count == 3)
        #expect(tables.participation == m.participation(seatPeriods: [:]))
        #expect(tables.loyalty.map(\.deputyID) == ["A", "B"])
        #expect(tables.agreement.groupIDs == ["G1", "G2"])
        #expect(tables.groupCohesion.count == 3)
    }
}
