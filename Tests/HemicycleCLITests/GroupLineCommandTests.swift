import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// The group line recounted from the groups' counts, on the shipped data. The expected counts
/// were measured with Python on the raw dumps (`json.load` of every entry of the zip; the line is
/// the largest of pour, contre, abstentions, ties to pour then contre; none when the three are 0),
/// not with this code.
@Suite("The group line on the shipped data", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct GroupLineCommandTests {
    let db = ShippedDatabase.path

    func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try hemicycle(arguments + ["--db", db, "--format", "json"]).utf8))
    }

    /// The published field and the recount, summed over every group of a legislature.
    func disagreement(_ legislature: Int) throws -> (differs: Int, compared: Int) {
        let rows = try #require(try json(["groups", "--legislature", "\(legislature)"]) as? [[String: Any]])
        return rows.reduce((0, 0)) { total, row in
            let rate = row["published_line_differs"] as? [String: Any]
            return (total.0 + Int(rate?["numerator"] as? Double ?? -1_000_000), total.1 + (rate?["denominator"] as? Int ?? -1_000_000))
        }
    }

    /// 17th legislature to 2026-07-02: the published line differs from the recount on 2,948 of the
    /// 87,586 group-ballots where a member voted; in the 16th it never does (36,106).
    @Test func groupsCountWhereThePublishedLineDiffers() throws {
        let l17 = try disagreement(17)
        #expect(l17.differs == 2948 && l17.compared == 87_586)
        let l16 = try disagreement(16)
        #expect(l16.differs == 0 && l16.compared == 36_106)
        let rows = try #require(try json(["groups"]) as? [[String: Any]])
        let epr = try #require(rows.first { $0["label"] as? String == "EPR" })
        let rate = try #require(epr["published_line_differs"] as? [String: Any])
        #expect((rate["numerator"] as? Double ?? 0) >= 1131, "EPR disagrees most (1,131 entries published under its id)")
    }

    /// Ballot 4813 (article 35 of the 2030 Olympics bill): EPR voted 17 for, 2 against — its line
    /// is "for" (published: "against"); SOC 0–12–2 is "against" (published: "abstention"); a group
    /// none of whose members voted has no line (published: "for").
    @Test func ballot4813ShowsTheRecountedLines() throws {
        let ballot = try #require(try json(["ballot", "4813"]) as? [String: Any])
        let groups = try #require(ballot["groups"] as? [[String: Any]])
        func group(_ label: String) -> [String: Any]? { groups.first { $0["abbreviation"] as? String == label } }
        #expect(group("EPR")?["majority_position"] as? String == "for")
        #expect(group("EPR")?["published_majority_position"] as? String == "against")
        #expect(group("SOC")?["majority_position"] as? String == "against")
        #expect(group("SOC")?["published_majority_position"] as? String == "abstention")
        let silent = groups.filter { ($0["for"] as? Int) == 0 && ($0["against"] as? Int) == 0 && ($0["abstentions"] as? Int) == 0 }
        #expect(Set(silent.compactMap { $0["abbreviation"] as? String }) == ["LIOT", "GDR", "NI"])
        #expect(silent.allSatisfy { ($0["majority_position"] ?? NSNull()) is NSNull && $0["published_majority_position"] as? String == "for" })

        let text = try hemicycle(["ballot", "4813", "--db", db, "--no-pager"])
        let lines = text.split(separator: "\n")
        let epr = try #require(lines.first { $0.hasPrefix("EPR ") })
        #expect(epr.hasSuffix("for"))
        let liot = try #require(lines.first { $0.hasPrefix("LIOT ") })
        #expect(liot.hasSuffix("—"))
        #expect(text.contains("The Assemblée publishes another majority position for EPR (against; 17 for, 2 against, 0 abstentions), SOC (abstention; 0 for, 12 against, 2 abstentions)"))
    }

    /// `--group-line published` keeps the old figure; `--explain` prints the other beside it.
    @Test func loyaltyFollowsTheChosenLineAndExplainShowsTheOther() throws {
        func loyalty(_ extra: [String]) throws -> [String: Double] {
            let rows = try #require(try json(["deputies", "--group", "EPR"] + extra) as? [[String: Any]])
            return Dictionary(rows.compactMap { row in
                guard let id = row["deputy_id"] as? String, let value = (row["loyalty"] as? [String: Any])?["value"] as? Double else { return nil }
                return (id, value)
            }, uniquingKeysWith: { a, _ in a })
        }
        let recounted = try loyalty([])
        let published = try loyalty(["--group-line", "published"])
        #expect(recounted.count > 50 && recounted.keys.sorted() == published.keys.sorted())
        let higher = recounted.filter { $0.value > (published[$0.key] ?? 1) }.count
        #expect(higher > recounted.count / 2, "EPR's published line contradicts its votes: most EPR deputies are more loyal to the recount")

        let explained = try hemicycle(["deputies", "--group", "EPR", "--limit", "3", "--sort", "loyalty", "--explain", "--db", db, "--no-pager"])
        #expect(explained.contains("(published line: "))
        #expect(explained.contains("loyalty and rebellions against the recounted group line"))
        let asPublished = try hemicycle(["deputies", "--group", "EPR", "--limit", "3", "--group-line", "published", "--explain", "--db", db, "--no-pager"])
        #expect(asPublished.contains("(recounted line: "))
    }
}
