import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleStore
import HemicycleTestSupport
import Testing

/// Issue 20 item 3: amendment 237's provision followed through the readings of DLR5L16N49176 on
/// the shipped legislative files, then with decision 2025-878 DC (the fixture in the Council's layout) imported.
@Suite("hemicycle provision on the shipped data", .serialized,
       .enabled(if: LegislationDatabase.isAvailable, "SKIPPED: datasets/ or datasets/law/ missing"))
struct ProvisionCommandTests {
    static func steps(_ text: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(json["steps"] as? [[String: Any]])
    }

    @Test("the path of amendment 237: adopted 11 Feb 2025, text adopted TA0046, the joint committee's text, the decision, loi 2025-379")
    func shippedData() throws {
        let text = try hemicycle(["provision", "237", "--dossier", "DLR5L16N49176", "--db", LegislationDatabase.path, "--format", "json"])
        let steps = try Self.steps(text)
        #expect(steps.first?["stage"] as? String == "amendment" && steps.first?["date"] as? String == "2025-02-11")
        #expect((steps.first?["outcome"] as? String)?.contains("ballot 773") == true)
        let house = try #require(steps.first { $0["stage"] as? String == "house_text" })
        #expect(house["date"] as? String == "2025-02-11" && (house["texts"] as? [String]) == ["PIONANR5L17BTA0046", "PIONANR5L17TAP0046"])
        #expect((house["missing"] as? String)?.contains("texts' content is not in these data") == true)
        let readings = steps.filter { $0["stage"] as? String == "reading" }
        #expect(readings.map { $0["date"] as? String ?? "" } == ["2025-03-06", "2025-03-17", "2025-03-18"])
        #expect(readings.contains { ($0["texts"] as? [String])?.contains("PIONANR5L17BTC1035") == true })
        let decision = try #require(steps.first { $0["stage"] as? String == "decision" })
        #expect(decision["date"] as? String == "2025-04-24" && decision["outcome"] as? String == "Partiellement conforme")
        #expect((decision["missing"] as? String)?.contains("not imported") == true)
        #expect(steps.last?["outcome"] as? String == "loi n° 2025-379" && steps.last?["date"] as? String == "2025-04-28")
        // The same table ends `amendment`.
        let amendment = try hemicycle(["amendment", "237", "--dossier", "DLR5L16N49176", "--db", LegislationDatabase.path, "--no-pager"])
        #expect(amendment.contains("Through the readings") && amendment.contains("PIONANR5L17BTC1035"))
    }

    @Test("with the decision imported: article 15 of the text adopted by Parliament, struck out as a cavalier; the law promulgated without it")
    func withDecision() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("provision.sqlite").path
        try HemicycleDatabase(path: LegislationDatabase.path).copy(to: path)
        _ = try hemicycle(["legislation", "import", SharedData.fixture("legislation/decision-2025-878-DC.html").path, "--db", path])
        let steps = try Self.steps(try hemicycle(["provision", "237", "--dossier", "DLR5L16N49176", "--db", path, "--format", "json"]))
        #expect(steps.filter { $0["stage"] as? String == "reading" }.allSatisfy { $0["article"] as? String == "15" })
        let decision = try #require(steps.first { $0["stage"] as? String == "decision" })
        #expect((decision["outcome"] as? String)?.contains("art. 15 of the adopted text struck out as a cavalier législatif") == true)
        #expect(decision["missing"] == nil || decision["missing"] is NSNull)
        #expect(steps.last?["outcome"] as? String == "loi n° 2025-379, without this provision")
        let english = try hemicycle(["card", "773", "--lang", "en", "--db", path, "--output", try SharedData.temporaryFolder().appendingPathComponent("c.svg").path, "--format", "json"])
        #expect(english.contains("Adopted — then struck out by the Conseil constitutionnel (cavalier législatif, 2025-878 DC)"))
    }
}
