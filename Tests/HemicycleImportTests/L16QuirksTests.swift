import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

/// The 16th legislature's files (`Scrutins_XVI.json.zip`, `AMO_acteurs_organes_XVI.json.zip`) differ
/// from the 17th's; each difference a reader meets has a small fixture here, cut from a real file.
@Suite("16th legislature quirks")
struct L16QuirksTests {
    /// A ballot as the 16th legislature publishes it: pretty-printed over many lines, accents
    /// escaped as `\u00e9`, no seat numbers (`numPlace`), a non-voter without `parDelegation`,
    /// `miseAuPoint: null`, requesters separated by carriage returns, and group ids of that
    /// legislature (PO8005xx, PO793087).
    @Test func aBallotInTheSixteenthLegislaturesLayoutDecodes() throws {
        let text = try String(contentsOf: SharedData.fixture("an/scrutin-l16-layout.json"), encoding: .utf8)
        #expect(text.split(separator: "\n").count > 100, "the fixture is pretty-printed, as 8 of the 16th's files are")
        #expect(text.contains(#"\u00e9"#), "accents are escaped")
        let (records, summary) = try readRecords("an/scrutin-l16-layout.json")
        guard case .ballot(let record, _) = try #require(records.first) else { Issue.record("expected a ballot"); return }
        let ballot = record.ballot
        #expect(ballot.uid == "VTANR5L16V9001" && ballot.legislature == 16 && ballot.number == 9001)
        #expect(ballot.title.hasPrefix("l'article 7 du projet de loi relatif aux jeux Olympiques"), "\\u00e9 decodes: \(ballot.title)")
        #expect(ballot.majorityRule == "majorité absolue des suffrages exprimés")
        #expect(ballot.requestedBy?.contains("\r") == true, "the requesters' separator is kept as published")
        #expect(ballot.official == Tally(for: 7, against: 0, abstentions: 0, nonVoting: 1))
        #expect(record.groups.map(\.groupRef) == ["PO800514", "PO800532", "PO793087"])
        #expect(record.votes.count == 8)
        #expect(record.votes.allSatisfy { $0.seat == nil }, "no numPlace in the 16th legislature")
        let presiding = try #require(record.votes.first { $0.position == .nonVoting })
        #expect(presiding.deputyRef == "PA720908" && presiding.cause == .presidingSitting)
        #expect(presiding.byProxy == false, "a missing parDelegation is not a proxy")
        #expect(record.corrections.isEmpty, "miseAuPoint: null is no correction")
        #expect(record.discrepancies.isEmpty && summary.discrepancies.isEmpty)
    }

    /// The 16th legislature's export has no `json/mandat/` files: every mandate is embedded in its
    /// person's file, and is delivered from there.
    @Test func mandatesEmbeddedInAPersonAreDelivered() throws {
        let (records, _) = try readRecords("an/acteur-l16-embedded-mandates.json")
        var mandates: [Mandate] = []
        var person: Deputy?
        for record in records {
            switch record {
            case .deputy(let deputy, _, _): person = deputy
            case .mandate(let mandate, _, _): mandates.append(mandate)
            default: break
            }
        }
        #expect(person?.uid == "PA1008")
        #expect(Set(mandates.map(\.uid)) == ["PM796623", "PM800910", "PM830181"])
        let seat = try #require(mandates.first { $0.uid == "PM796623" })
        #expect(seat.bodyType == "ASSEMBLEE" && seat.legislature == 16)
        #expect(mandates.filter { $0.bodyType == "GP" }.count == 2, "two group mandates: a group left in October 2023 for another")
    }
}

/// The real 16th legislature (skipped without `../shared/data`).
@Suite("16th legislature, real data", .enabled(if: SharedData.isAvailable, "SKIPPED: real open data not found at ../shared/data (set HEMICYCLE_SHARED_DATA)"))
struct RealL16Tests {
    /// Every ballot is read: the four whose file disagrees with itself are kept with their
    /// discrepancy (a group's published count one more than the names under it), none refused.
    @Test func everyBallotIsReadAndTheFourDiscrepanciesAreKept() throws {
        var ballots: [BallotRecord] = []
        let summary = try ANDumpReader(path: SharedData.url("an/Scrutins_XVI.json.zip").path).read { record in
            if case .ballot(let ballot, _) = record { ballots.append(ballot) }
        }
        #expect(ballots.count == 3715)
        #expect(summary.discrepancies.map(\.number).sorted() == [1927, 1929, 1930, 1948])
        for discrepant in summary.discrepancies {
            let groupLevel = discrepant.discrepancies.filter { $0.groupRef != nil }
            #expect(groupLevel.count == 1 && groupLevel[0].groupRef == "PO800502" && groupLevel[0].difference == -1, "\(discrepant.uid)")
        }
        #expect(Set(ballots.flatMap(\.groups).map(\.groupRef)).isDisjoint(with: ["PO0"]), "no bogus group in the 16th")
        #expect(ballots.allSatisfy { $0.votes.allSatisfy { $0.seat == nil } })
        let vsa = try #require(ballots.first { $0.ballot.number == 1274 })
        #expect(vsa.ballot.voters == 73 && vsa.ballot.official.for == 59 && vsa.ballot.official.against == 14)
    }
}
