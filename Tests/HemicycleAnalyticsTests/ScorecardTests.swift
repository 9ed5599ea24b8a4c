import HemicycleModel
import Testing
@testable import HemicycleAnalytics

/// Wanted: ballot 1 for, ballot 2 against, ballot 3 for.
///
/// | deputy | 1 | 2 | 3 |
/// |---|---|---|---|
/// | A | for ✓ | against ✓ | absent |
/// | B | against ✗ | abstention ✗ | for ✓ |
/// | C | for ✓ | against ✓ | for ✓ |
/// | D | presiding | absent | for ✓ |
@Suite("Scorecard")
struct ScorecardTests {
    typealias V = Fixture.V
    let matrix = VoteMatrix(records: [
        Fixture.record(1, votes: [V(deputy: "A", group: "G", position: .for), V(deputy: "B", group: "G", position: .against),
                                  V(deputy: "C", group: "G", position: .for),
                                  V(deputy: "D", group: "G", position: .nonVoting, cause: .presidingSitting)]),
        Fixture.record(2, votes: [V(deputy: "A", group: "G", position: .against), V(deputy: "B", group: "G", position: .abstention),
                                  V(deputy: "C", group: "G", position: .against)]),
        Fixture.record(3, votes: [V(deputy: "B", group: "G", position: .for), V(deputy: "C", group: "G", position: .for),
                                  V(deputy: "D", group: "G", position: .for)]),
    ])
    let wanted: [String: VotePosition] = ["VTANR5L17V1": .for, "VTANR5L17V2": .against, "VTANR5L17V3": .for]

    func score(_ cards: [DeputyScore], _ id: String) -> DeputyScore? { cards.first { $0.deputyID == id } }

    /// A 2/2, B 1/3, C 3/3, D 1/1 (presiding and absence dropped): A, C, D tie at 1 → rank 1; B 4.
    @Test func ignoringAbsenceWithTies() throws {
        let cards = matrix.scorecard(wanted: wanted, absence: .ignore)
        let a = try #require(score(cards, "A")), b = try #require(score(cards, "B"))
        let d = try #require(score(cards, "D"))
        #expect(a.score.numerator == 2 && a.score.denominator == 2)
        #expect(b.score.numerator == 1 && b.score.denominator == 3)
        #expect(d.score.denominator == 1)
        #expect(d.score.excluded(.presiding) == 1 && d.score.excluded(.absent) == 1)
        #expect(cards.map(\.rank) == [1, 1, 1, 4])
        #expect(cards.last?.deputyID == "B")
    }

    /// Absence as against: A 2/3, B 1/3, C 1, D 1/2 → C, A, D, B.
    @Test func absenceAsAgainst() {
        let cards = matrix.scorecard(wanted: wanted, absence: .against)
        #expect(cards.map(\.deputyID) == ["C", "A", "D", "B"])
        #expect(cards.map(\.rank) == [1, 2, 3, 4])
        #expect(score(cards, "D")?.score.value == 0.5)
    }

    /// Absence as half: A 2.5/3, D 1.5/2 = 0.75.
    @Test func absenceAsHalf() throws {
        let cards = matrix.scorecard(wanted: wanted, absence: .half)
        let a = try #require(score(cards, "A"))
        #expect(a.score.numerator == 2.5 && a.score.denominator == 3)
        #expect(score(cards, "D")?.score.value == 0.75)
        let detail = try #require(a.details.first { $0.ballotUID == "VTANR5L17V3" })
        #expect(detail.recorded == nil && detail.points == 0.5)
    }

    /// A left on 2025-01-05, before every ballot (dated 2025-01-10): nothing to score.
    @Test func notInOfficeIsDropped() throws {
        let cards = matrix.scorecard(wanted: wanted, absence: .against,
                                     seatPeriods: ["A": [SeatPeriod(start: nil, end: Fixture.day("2025-01-05"))]])
        let a = try #require(score(cards, "A"))
        // Listed on ballots 1 and 2 all the same (the lists win); ballot 3 dropped.
        #expect(a.score.denominator == 2)
        #expect(a.score.excluded(.notInOffice) == 1)
    }

    @Test func unscoredDeputiesHaveNoRank() throws {
        let cards = matrix.scorecard(wanted: ["VTANR5L17V2": .for], absence: .ignore)
        let d = try #require(score(cards, "D"))
        #expect(d.score.value == nil && d.rank == nil)
        #expect(cards.last?.deputyID == "D")
    }
}
