import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// Participation and loyalty of five deputies of the 17th legislature, derived by hand from the raw
/// dump (`datasets/Scrutins_XVII_20260702.json.zip`) with a Python script written apart from this
/// code: every ballot but the 22 motions of censure (7,956); a vote counts when the deputy is listed
/// for, against or abstaining; the ballots where they are listed non-voting leave the denominator
/// (all five sat from 2024-07-08, before the first ballot, to the last); the line of the group the
/// ballot lists them under is the largest of its pour, contre, abstentions (none when all three are
/// 0); where two of them tie for the largest the group had no majority, and the vote is compared
/// but neither agrees nor rebels (Datan's rule: `GroupLine.loyaltyReference`).
@Suite("Reference figures derived by hand", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct ReferenceFiguresTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let id: String, group: String, voted: Int, inScope: Int, agreeing: Int, compared: Int, tied: Int
        var testDescription: String { "\(id) (\(group))" }
    }

    static let deputies = [
        Expected(id: "PA795900", group: "RN", voted: 6257, inScope: 7956, agreeing: 6189, compared: 6257, tied: 0),
        Expected(id: "PA267200", group: "EPR", voted: 2517, inScope: 7956, agreeing: 2147, compared: 2517, tied: 8),
        Expected(id: "PA1008", group: "SOC", voted: 458, inScope: 7956, agreeing: 418, compared: 458, tied: 1),
        Expected(id: "PA266797", group: "DR", voted: 1233, inScope: 7956, agreeing: 1146, compared: 1233, tied: 14),
        Expected(id: "PA342384", group: "LFI-NFP", voted: 2332, inScope: 7956, agreeing: 2316, compared: 2332, tied: 1),
    ]

    @Test(arguments: deputies)
    func participationAndLoyaltyMatchTheHandDerivation(_ e: Expected) throws {
        let text = try hemicycle(["deputy", e.id, "--legislature", "17", "--db", ShippedDatabase.path, "--format", "json"])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let participation = try #require(d["participation"] as? [String: Any])
        #expect(participation["numerator"] as? Double == Double(e.voted))
        #expect(participation["denominator"] as? Int == e.inScope - ((d["positions"] as? [String: Int])?["non_voting"] ?? 0))
        let loyalty = try #require(d["loyalty"] as? [String: Any])
        #expect(loyalty["numerator"] as? Double == Double(e.agreeing))
        #expect(loyalty["denominator"] as? Int == e.compared)
        #expect((d["rebellions"] as? [Any])?.count == e.compared - e.agreeing - e.tied)
    }
}
