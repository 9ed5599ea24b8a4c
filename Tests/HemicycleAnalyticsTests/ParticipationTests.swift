import HemicycleModel
import Testing
@testable import HemicycleAnalytics

/// Four ballots, worked by hand:
///
/// | ballot | date | type | A | B | C | P | M |
/// |---|---|---|---|---|---|---|---|
/// | 1 | 01-10 | SPO | for | against (proxy) | – | non-voting PSE | non-voting MG |
/// | 2 | 01-20 | SPO | abstention | – | for | – | – |
/// | 3 | 02-01 | MOC | for | – | – | – | – |
/// | 4 | 02-05 | SPS | – | for | – | – | – |
///
/// Everyone sits all term except C, who takes their seat on 2025-01-15. D has no seat period
/// and is listed on ballots 2 and 4.
@Suite("Participation")
struct ParticipationTests {
    typealias V = Fixture.V
    let matrix = VoteMatrix(records: [
        Fixture.record(1, date: "2025-01-10", votes: [
            V(deputy: "A", group: "G1", position: .for),
            V(deputy: "B", group: "G1", position: .against, byProxy: true),
            V(deputy: "P", group: "G2", position: .nonVoting, cause: .presidingSitting),
            V(deputy: "M", group: "G2", position: .nonVoting, cause: .governmentMember),
        ]),
        Fixture.record(2, date: "2025-01-20", votes: [
            V(deputy: "A", group: "G1", position: .abstention),
            V(deputy: "C", group: "G2", position: .for),
            V(deputy: "D", group: "G2", position: .against),
        ]),
        Fixture.record(3, date: "2025-02-01", type: .censureMotion, votes: [V(deputy: "A", group: "G1", position: .for)]),
        Fixture.record(4, date: "2025-02-05", type: .solemn, votes: [
            V(deputy: "B", group: "G1", position: .for),
            V(deputy: "D", group: "G2", position: .for),
        ]),
    ])
    let wholeTerm = [SeatPeriod(start: Fixture.day("2024-07-18"), end: nil)]
    var seats: [String: [SeatPeriod]] {
        ["A": wholeTerm, "B": wholeTerm, "P": wholeTerm, "M": wholeTerm, "C": [SeatPeriod(start: Fixture.day("2025-01-15"), end: nil)]]
    }

    func row(_ id: String, _ scope: BallotScope) throws -> DeputyParticipation {
        try #require(matrix.participation(scope: scope, seatPeriods: seats).first { $0.deputyID == id })
    }

    /// A voted on 1 and 2 of the three ballots in scope (1, 2, 4); 3 is a censure motion.
    @Test func censureMotionsAreLeftOutOfAll() throws {
        let a = try row("A", .allButCensure)
        #expect(a.participation.numerator == 2 && a.participation.denominator == 3)
        #expect(a.participation.excluded(.censureMotion) == 1)
        #expect(a.absences == 1)
        #expect(a.inPerson == 2 && a.byProxy == 0)
        #expect(a.positions.for == 1 && a.positions.abstentions == 1)
    }

    @Test func proxyVotesCountAndAreSplitOut() throws {
        let b = try row("B", .allButCensure)
        #expect(b.participation.value == 2.0 / 3.0)
        #expect(b.byProxy == 1 && b.inPerson == 1)
        #expect(b.proxyShare.value == 0.5)
    }

    /// C took their seat on 01-15: ballot 1 is out, so 1 vote out of ballots 2 and 4.
    @Test func ballotsBeforeTheSeatAreNotCounted() throws {
        let c = try row("C", .allButCensure)
        #expect(c.participation.numerator == 1 && c.participation.denominator == 2)
        #expect(c.participation.excluded(.notInOffice) == 1)
    }

    @Test func presidingAndGovernmentBallotsAreDropped() throws {
        let p = try row("P", .allButCensure)
        #expect(p.participation.denominator == 2)
        #expect(p.participation.numerator == 0)
        #expect(p.participation.excluded(.presiding) == 1)
        let m = try row("M", .allButCensure)
        #expect(m.participation.denominator == 2)
        #expect(m.participation.excluded(.governmentMember) == 1)
    }

    @Test func solemnScopeKeepsOnlySolemnBallots() throws {
        let a = try row("A", .solemn)
        #expect(a.participation.numerator == 0 && a.participation.denominator == 1)
        #expect(a.participation.excluded(.outOfScope) == 2)
        #expect(a.participation.excluded(.censureMotion) == 1)
        let b = try row("B", .solemn)
        #expect(b.participation.value == 1)
    }

    /// D has no seat period: in office from ballot 2 (01-20) to ballot 4 (02-05), so ballots 2 and
    /// 4 count (3 is a censure motion); D voted on both.
    @Test func missingSeatPeriodsAreInferredFromTheLists() throws {
        let d = try row("D", .allButCensure)
        #expect(d.seatPeriodsInferred)
        #expect(d.participation.numerator == 2 && d.participation.denominator == 2)
        #expect(d.participation.excluded(.notInOffice) == 1)
    }

    @Test func deputiesOnlyKnownFromSeatsHaveZeroParticipation() throws {
        var seats = self.seats
        seats["Z"] = wholeTerm
        let z = try #require(matrix.participation(seatPeriods: seats).first { $0.deputyID == "Z" })
        #expect(z.participation.numerator == 0 && z.participation.denominator == 3)
    }

    @Test func everyRateIsInTheUnitRange() {
        for scope in BallotScope.allCases {
            for row in matrix.participation(scope: scope, seatPeriods: seats) {
                if let value = row.participation.value { #expect((0...1).contains(value)) }
            }
        }
    }

    @Test func seatPeriodsFromMandatesKeepOnlySeats() {
        let mandates = [
            Mandate(uid: "PM1", deputyRef: "A", legislature: 17, bodyType: "ASSEMBLEE", bodyRefs: ["PO838901"], startDate: Fixture.day("2024-07-18"), endDate: nil),
            Mandate(uid: "PM2", deputyRef: "A", legislature: 17, bodyType: "GP", bodyRefs: ["PO1"], startDate: Fixture.day("2024-07-18"), endDate: nil),
        ]
        let periods = SeatPeriod.fromMandates(mandates)
        #expect(periods["A"] == [SeatPeriod(start: Fixture.day("2024-07-18"), end: nil)])
    }

    @Test func overlappingPeriodsAreNotCountedTwice() throws {
        var seats = self.seats
        seats["A"] = [SeatPeriod(start: Fixture.day("2024-07-18"), end: Fixture.day("2025-01-25")),
                      SeatPeriod(start: Fixture.day("2025-01-01"), end: nil)]
        let a = try #require(matrix.participation(seatPeriods: seats).first { $0.deputyID == "A" })
        #expect(a.participation.denominator == 3)
    }
}

extension ParticipationTests {
    /// A deputy of an earlier legislature (seat ended before every ballot) is not in the table.
    @Test func seatsCoveringNoBallotAreLeftOut() {
        var seats = self.seats
        seats["Old"] = [SeatPeriod(start: Fixture.day("2017-06-21"), end: Fixture.day("2022-06-21"))]
        #expect(!matrix.participation(seatPeriods: seats).contains { $0.deputyID == "Old" })
    }
}
