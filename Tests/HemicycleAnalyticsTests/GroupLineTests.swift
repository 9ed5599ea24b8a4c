import HemicycleModel
import Testing
@testable import HemicycleAnalytics

@Suite("The group line, recounted")
struct GroupLineTests {
    typealias V = Fixture.V

    /// Ballot 10 of the 17th legislature, group PO845439: the Assemblée publishes "abstention" for
    /// 18 for, 0 against, 3 abstentions. The recount says "for": the 18 are loyal, the 3 rebels.
    @Test func publishedAbstentionWithEighteenForIsRecountedFor() throws {
        let record = Fixture.record(10, votes: Fixture.many(18, "f", "G", .for) + Fixture.many(3, "a", "G", .abstention),
                                    majority: ["G": .abstention])
        let group = try #require(record.groups.first)
        #expect(group.line() == .for)
        #expect(group.line(.recounted) == .for)
        #expect(group.line(.published) == .abstention)
        #expect(GroupLine.publishedDiffers(published: group.majorityPosition, tally: group.tally) == true)

        let matrix = VoteMatrix(records: [record])
        let recounted = Dictionary(matrix.loyalty().map { ($0.deputyID, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(recounted["f1"]?.rebellions.isEmpty == true)
        #expect(recounted["a1"]?.rebellions == ["VTANR5L17V10"])
        let published = Dictionary(matrix.loyalty(groupLine: .published).map { ($0.deputyID, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(published["f1"]?.rebellions == ["VTANR5L17V10"], "on the published line the 18 are the rebels")
        #expect(published["a1"]?.rebellions.isEmpty == true)

        let g = try #require(matrix.groupRecords().first)
        #expect(g.publishedLineDiffers.numerator == 1 && g.publishedLineDiffers.denominator == 1)
    }

    /// A tie for first place goes to for, then against, then abstention (the Assemblée's order).
    @Test func tiesGoToForThenAgainstThenAbstention() {
        #expect(GroupLine.recount(Tally(for: 2, against: 2)) == .for)
        #expect(GroupLine.recount(Tally(for: 2, abstentions: 2)) == .for)
        #expect(GroupLine.recount(Tally(against: 2, abstentions: 2)) == .against)
        #expect(GroupLine.recount(Tally(for: 1, against: 1, abstentions: 1)) == .for)
        #expect(GroupLine.recount(Tally(for: 1, against: 2, abstentions: 2)) == .against)
        #expect(GroupLine.recount(Tally(for: 1, against: 1, abstentions: 3)) == .abstention)
        #expect(GroupLine.isTie(Tally(for: 2, against: 2)))
        #expect(GroupLine.isTie(Tally(for: 1, against: 2, abstentions: 2)))
        #expect(!GroupLine.isTie(Tally(for: 3, against: 2, abstentions: 2)))
        #expect(!GroupLine.isTie(Tally()))
        // Non-voting members count for nothing.
        #expect(GroupLine.recount(Tally(for: 1, nonVoting: 5)) == .for)

        // Two members split: the line is "for" for the table, but loyalty takes no tie-break — neither
        // rebels, neither agrees (``GroupLine/loyaltyReference``, Datan's rule).
        let matrix = VoteMatrix(records: [Fixture.record(1, votes: [V(deputy: "P", group: "G", position: .for),
                                                                     V(deputy: "C", group: "G", position: .against)])])
        let c = matrix.loyalty().first { $0.deputyID == "C" }
        #expect(c?.rebellions == [] && c?.tiedVotes == 1 && c?.loyalty.numerator == 0 && c?.loyalty.denominator == 1)
    }

    /// A group none of whose members voted has no line, whatever the Assemblée publishes ("for").
    @Test func groupWithNoVoterHasNoLine() throws {
        let record = Fixture.record(1, votes: Fixture.many(2, "h", "H", .for) + [V(deputy: "N", group: "G", position: .nonVoting, cause: .governmentMember)],
                                    members: ["G": 5], majority: ["G": .for])
        let group = try #require(record.groups.first { $0.groupRef == "G" })
        #expect(group.majorityPosition == .for)
        #expect(group.line(.recounted) == nil)
        #expect(group.line(.published) == nil)
        #expect(GroupLine.recount(Tally()) == nil)
        #expect(GroupLine.publishedDiffers(published: .for, tally: group.tally) == nil)

        let g = try #require(VoteMatrix(records: [record]).groupRecords().first { $0.groupID == "G" })
        #expect(g.publishedLineDiffers.denominator == 0)
        #expect(g.publishedLineDiffers.excluded(.noGroupMajority) == 1)
        #expect(g.won.excluded(.noGroupMajority) == 1)
    }

    /// Where the file agrees with itself the two sources give the same figures.
    @Test func consistentFileGivesTheSameLoyaltyOnBothLines() {
        let matrix = VoteMatrix(records: [
            Fixture.record(1, votes: Fixture.many(3, "g", "G", .for) + [V(deputy: "X", group: "G", position: .against)]),
            Fixture.record(2, votes: Fixture.many(2, "g", "G", .against) + [V(deputy: "X", group: "G", position: .abstention)]),
        ])
        #expect(matrix.loyalty() == matrix.loyalty(groupLine: .published))
    }
}
