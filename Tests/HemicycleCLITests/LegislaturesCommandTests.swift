import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleStore
import HemicycleTestSupport
import Testing

/// JSON numbers as the commands round them (6 decimals).
enum JSONNumberRounding {
    static func round(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}

/// Two legislatures in one store, on fixtures: the same ballot number in the 16th and the 17th,
/// one person (PA1) voting in both, and a ballot whose file disagrees with itself.
@Suite("Legislatures in one store (fixtures)", .serialized)
struct LegislaturesCommandTests {
    /// A store holding the quirks ballot (n° 7) twice, as the 16th legislature's (2023) and as the
    /// 17th's (2025), the persons fixture, and the group-discrepancy ballot (legislature 99).
    static let database: String = {
        do {
            let folder = try SharedData.temporaryFolder()
            let quirks = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
            var files: [String] = []
            for (legislature, date) in [(16, "2023-03-23"), (17, "2025-02-11")] {
                let text = quirks.replacingOccurrences(of: "VTANR5L99V7", with: "VTANR5L\(legislature)V7")
                    .replacingOccurrences(of: #""legislature": "99""#, with: #""legislature": "\#(legislature)""#)
                    .replacingOccurrences(of: "2025-02-11", with: date)
                let file = folder.appendingPathComponent("scrutin-\(legislature).json")
                try text.write(to: file, atomically: true, encoding: .utf8)
                files.append(file.path)
            }
            let path = folder.appendingPathComponent("legislatures.sqlite").path
            _ = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/organe-group.json").path,
                               SharedData.fixture("an/acteur-quirks.json").path] + files)
            return path
        } catch {
            Issue.record("building the two-legislature store failed: \(error)")
            return ""
        }
    }()

    func json(_ arguments: [String]) throws -> [String: Any] {
        let text = try hemicycle(arguments + ["--db", Self.database, "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func oneReferenceParserNamesABallotInAnyLegislature() throws {
        #expect(try json(["ballot", "7"])["legislature"] as? Int == 17, "a number alone is in the latest legislature")
        #expect(try json(["ballot", "16:7"])["legislature"] as? Int == 16)
        #expect(try json(["ballot", "VTANR5L16V7"])["legislature"] as? Int == 16)
        #expect(try json(["ballot", "7", "--legislature", "16"])["legislature"] as? Int == 16)
        #expect(try json(["ballot", "17:7", "--legislature", "16"])["legislature"] as? Int == 17, "the reference's legislature wins")
        #expect(try json(["whatif", "16:7"])["uid"] as? String == "VTANR5L16V7")
    }

    /// `--ballots` takes references too: numbers select within one legislature, `16:7` across.
    @Test func ballotListsTakeReferencesAcrossLegislatures() throws {
        #expect(try json(["turnout", "--ballots", "16:7,17:7"])["ballots"] as? Int == 2)
        #expect(try json(["turnout", "--ballots", "7"])["ballots"] as? Int == 1, "a number alone: the latest legislature")
        #expect(try json(["turnout", "--ballots", "7", "--legislature", "16"])["ballots"] as? Int == 1)
        #expect(try json(["corrections", "--ballots", "VTANR5L16V7,17:7"])["ballots_selected"] as? Int == 2)
        #expect(throws: (any Error).self) { try hemicycle(["turnout", "--ballots", "16:99", "--db", Self.database]) }
    }

    @Test func aMissingBallotNamesTheKnownRangeOfEachLegislature() throws {
        #expect {
            try hemicycle(["ballot", "8", "--db", Self.database])
        } throws: { error in
            "\(error)" == "no ballot n° 8 in legislature 17 (known ballots: legislature 16, n° 7 to 7; legislature 17, n° 7 to 7)"
        }
        #expect {
            try hemicycle(["ballot", "16:x", "--db", Self.database])
        } throws: { error in
            Hemicycle.exitStatus(for: error) == 64 && "\(error)".contains("'16:x' is not a ballot")
        }
        #expect {
            try hemicycle(["scorecard", "--ballot", "16:x:for", "--db", Self.database])
        } throws: { error in "\(error)".contains("'16:x' is not a ballot") }
    }

    /// PA1 voted for on ballot 7 of both legislatures: the career shows both, and the figures of each.
    @Test func aCareerSpansTheLegislatures() throws {
        let deputy = try json(["deputy", "PA1"])
        let legislatures = try #require(deputy["legislatures"] as? [[String: Any]])
        #expect(legislatures.compactMap { $0["legislature"] as? Int } == [16, 17])
        for legislature in legislatures {
            #expect((legislature["participation"] as? [String: Any])?["numerator"] as? Double == 1)
        }
        #expect((deputy["participation"] as? [String: Any])?["numerator"] as? Double == 2, "overall: both ballots")
        let only16 = try json(["deputy", "PA1", "--legislature", "16"])
        #expect((only16["participation"] as? [String: Any])?["numerator"] as? Double == 1)
        let table = try hemicycle(["deputy", "PA1", "--db", Self.database])
        #expect(table.contains("16th and 17th legislatures, 2 ballots"))
        #expect(table.contains("By legislature"))
    }

    @Test func aScorecardSpansTheLegislatures() throws {
        let text = try hemicycle(["scorecard", "--ballot", "16:7:for", "--ballot", "7:against", "--db", Self.database, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let pa1 = try #require(rows.first { $0["deputy_id"] as? String == "PA1" })
        let details = try #require(pa1["details"] as? [[String: Any]])
        #expect(details.compactMap { $0["ballot_legislature"] as? Int } == [16, 17])
        #expect(pa1["score"] as? Double == 0.5, "for on both: wanted for in 2023, against in 2025")
        let table = try hemicycle(["scorecard", "--ballot", "16:7:for", "--ballot", "7:against", "--db", Self.database])
        #expect(table.contains("16:7 (for)") && table.contains("17:7 (against)"), "two ballots n° 7 told apart")
        let csv = try hemicycle(["scorecard", "--ballot", "16:7:for", "--ballot", "7:against", "--db", Self.database, "--format", "csv"])
        #expect(csv.contains("ballot_16_7,points_16_7,ballot_17_7,points_17_7"))
    }

    /// A ballot whose file disagrees with itself is imported as published: the import summary names
    /// it, the report says so in one line, the JSON carries the discrepancy.
    @Test func aDiscrepancyIsImportedReportedAndCarriedInJSON() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("discrepancy.sqlite").path
        let summary = try hemicycle(["import", "--quiet", "--db", path, SharedData.fixture("an/scrutin-group-discrepancy.json").path])
        #expect(summary.contains("1 ballot whose published counts differ from their own named lists"))
        // The clause of `ballot` (DiscrepancyWording), with the difference.
        #expect(summary.contains("99:8 (VTANR5L99V8): the total publishes 2 for but names 1 (−1); group POA publishes 2 for but names 1 (−1)"))
        let report = try hemicycle(["ballot", "8", "--db", path])
        #expect(report.contains("The Assemblée’s file disagrees with itself: the total publishes 2 for but names 1 (−1); group POA publishes 2 for but names 1 (−1)."))
        #expect(report.contains("4 voters of 577 seats"), "the published figures stay the official ones")
        let french = try hemicycle(["ballot", "8", "--db", path, "--lang", "fr"])
        #expect(french.contains("le groupe POA publie 2 pour mais en nomme 1 (−1)"))
        let html = try hemicycle(["ballot", "8", "--db", path, "--format", "html"])
        #expect(html.contains("<p class=\"discrepancy\">"))
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(try hemicycle(["ballot", "8", "--db", path, "--format", "json"]).utf8)) as? [String: Any])
        let discrepancies = try #require(payload["discrepancies"] as? [[String: Any]])
        #expect(discrepancies.count == 2)
        #expect(discrepancies[1]["group_id"] as? String == "POA" && discrepancies[1]["published"] as? Int == 2
                && discrepancies[1]["recounted"] as? Int == 1 && discrepancies[1]["count"] as? String == "for"
                && discrepancies[1]["basis"] as? String == "names")
        #expect(payload["for"] as? Int == 2)

        // --count named computes on the recount: 3 voters named, 4 published.
        func overallTurnout(_ extra: [String]) throws -> Double? {
            let text = try hemicycle(["turnout", "--db", path, "--format", "json"] + extra)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return (object["overall"] as? [String: Any])?["min"] as? Double
        }
        #expect(try overallTurnout([]) == JSONNumberRounding.round(4.0 / 577))
        #expect(try overallTurnout(["--count", "named"]) == JSONNumberRounding.round(3.0 / 577))
        #expect(try overallTurnout(["--count", "published"]) == JSONNumberRounding.round(4.0 / 577))
        let table = try hemicycle(["turnout", "--db", path, "--count", "named"])
        #expect(table.contains("recounted from the named lists"))
    }
}
