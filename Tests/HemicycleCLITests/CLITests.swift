import Foundation
import GRDB
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// A read-only connection for a test's own SQL checks, which waits for other suites' writes
/// (suites run in parallel on the shared database) instead of failing with "database is locked".
func openForReading(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(30)
    return try DatabaseQueue(path: path, configuration: configuration)
}

@Suite("hemicycle ballot on the shipped data", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct BallotCommandTests {
    @Test func ballot773PrintsTheOfficialFigures() throws {
        let output = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path])
        #expect(output.contains("125 voters of 577 seats (21.7 %) — 86 for, 37 against, 2 abstentions"))
        #expect(output.contains("2025-02-11"))
        #expect(output.contains("Président du groupe \"Droite Républicaine\""))
    }

    /// The 16th legislature ships too: the creation of VSA (article 7 of the 2024 Olympics bill),
    /// named three ways.
    @Test func ballot1274OfTheSixteenthLegislature() throws {
        let output = try hemicycle(["ballot", "1274", "--legislature", "16", "--db", ShippedDatabase.path])
        #expect(output.contains("Ballot n° 1274 (16th legislature) — 2023-03-23"))
        #expect(output.contains("73 voters of 577 seats (12.7 %) — 59 for, 14 against, 0 abstentions"))
        #expect(!output.contains("disagrees with itself"))
        for reference in ["16:1274", "VTANR5L16V1274"] {
            #expect(try hemicycle(["ballot", reference, "--db", ShippedDatabase.path]) == output, "\(reference)")
        }
    }

    /// Ballot 1927 of the 16th: group PO800502 (GDR - NUPES) publishes 3 against and names 2. The
    /// published tally is printed, and the discrepancy in one line.
    @Test func ballot1927PrintsThePublishedTallyAndTheDiscrepancy() throws {
        let output = try hemicycle(["ballot", "16:1927", "--db", ShippedDatabase.path])
        #expect(output.contains("112 voters of 577 seats (19.4 %) — 71 for, 17 against, 24 abstentions"))
        #expect(output.contains("The Assemblée’s file disagrees with itself: the total publishes 17 against but names 16 (−1); group GDR - NUPES publishes 3 against but names 2 (−1)."))
        #expect(output.contains("GDR - NUPES         22    0        3"), "the group's published count stays in the table")
    }

    @Test func ballot773ByGroupMatchesTheOfficialRecord() throws {
        let json = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["voters"] as? Int == 125)
        #expect(object["seats"] as? Int == 577)
        #expect(object["for"] as? Int == 86)
        #expect(object["against"] as? Int == 37)
        #expect(object["abstentions"] as? Int == 2)
        #expect(object["turnout"] as? Double == 0.216638, "125 / 577, rounded to 6 digits as every JSON number")
        let groups = try #require(object["groups"] as? [[String: Any]])
        var byGroup: [String: [Int]] = [:]
        for g in groups {
            byGroup[g["abbreviation"] as? String ?? "?"] = [g["for"] as? Int ?? -1, g["against"] as? Int ?? -1, g["abstentions"] as? Int ?? -1]
        }
        let expected: [String: [Int]] = [
            "RN": [48, 0, 0], "EPR": [17, 0, 0], "DR": [9, 0, 0], "HOR": [7, 0, 0], "UDR": [2, 0, 0], "NI": [1, 0, 0],
            "Dem": [1, 2, 0], "LIOT": [1, 0, 2], "SOC": [0, 18, 0], "EcoS": [0, 12, 0], "LFI-NFP": [0, 4, 0], "GDR": [0, 1, 0],
        ]
        #expect(byGroup == expected)
        let votes = try #require(object["votes"] as? [[String: Any]])
        #expect(votes.count == 127, "125 voters and the 2 presiding officers")
        let nonVoting = votes.filter { $0["position"] as? String == "non_voting" }.compactMap { $0["name"] as? String }.sorted()
        #expect(nonVoting == ["Clémence Guetté", "Yaël Braun-Pivet"])
        #expect(votes.filter { $0["position"] as? String == "for" }.count == 86)
        for key in ["uid", "number", "legislature", "date", "title", "type", "result", "expressed", "non_voters", "corrections"] {
            #expect(object[key] != nil, "JSON key \(key)")
        }
        for key in ["deputy_id", "name", "group_id", "position", "by_proxy"] {
            #expect(votes.first?[key] != nil, "vote key \(key)")
        }
    }

    @Test func csvAndMarkdownFormats() throws {
        let csv = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--format", "csv"])
        #expect(csv.hasPrefix("deputy_id,group_id,name,group,position,by_proxy,cause\n"), "CSV is data: the votes with their ids")
        #expect(csv.split(separator: "\n").count == 128)
        let markdown = try hemicycle(["ballot", "773", "--db", ShippedDatabase.path, "--format", "markdown"])
        #expect(markdown.contains("| RN "))
    }

    @Test func unknownBallotIsAClearError() throws {
        #expect {
            try hemicycle(["ballot", "99999", "--db", ShippedDatabase.path])
        } throws: { error in
            "\(error)".contains("no ballot n° 99999 in legislature 17")
        }
    }

    @Test func ballotsSearchIgnoresCaseAndAccents() throws {
        let json = try hemicycle(["ballots", "--db", ShippedDatabase.path, "--search", "SURETE DANS LES TRANSPORTS", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["number"] as? Int == 773 })
        #expect(rows.allSatisfy { ($0["title"] as? String ?? "").lowercased().contains("sûreté dans les transports") })
        let solemn = try hemicycle(["ballots", "--db", ShippedDatabase.path, "--type", "solemn", "--format", "json"])
        let solemnCount = try openForReading(ShippedDatabase.path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE legislature = 17 AND type = 'SPS'")
        }
        #expect((try JSONSerialization.jsonObject(with: Data(solemn.utf8)) as? [Any])?.count == solemnCount)
        let limited = try hemicycle(["ballots", "--db", ShippedDatabase.path, "--limit", "3", "--result", "adopted", "--from", "2025-01-01", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(limited.utf8)) as? [Any])?.count == 3)
    }

    @Test func reimportingTheShippedDataChangesNothing() throws {
        let output = try hemicycle(["import", "--quiet", "--db", ShippedDatabase.path] + ShippedDatabase.datasets)
        #expect(output.contains("Nothing changed"))
        // The ballots whose file disagrees with itself are named at every import, kept as published.
        #expect(output.contains("5 ballots whose published counts differ from their own named lists"))
        #expect(output.contains("17:1 (VTANR5L17V1): the total publishes 10 non-voting but names 21"))
        for number in [1927, 1929, 1930, 1948] { #expect(output.contains("16:\(number) (VTANR5L16V\(number))")) }
    }

    /// `import --lang fr`: the records table and the ballots whose file disagrees with itself,
    /// in French (the table is the one of `legislation import` and `update`).
    @Test func importInFrench() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("fr.sqlite").path
        let output = try hemicycle(["import", "--quiet", "--lang", "fr", "--db", path, SharedData.fixture("an/scrutin-group-discrepancy.json").path])
        #expect(EnglishLabels.leftovers(in: output) == [], "\(output)")
        #expect(output.contains("Enregistrements") && output.contains("scrutins"), "\(output)")
        #expect(output.contains("publie 2 pour mais en nomme 1"), "\(output)")
    }

    /// A ballot whose groups are published as `PO0`, imported without the persons' mandates: the
    /// groups cannot be recovered, and the report says so once — not also "recovered" — in English
    /// and in French (the readers' notes are worded in the report's language).
    @Test func groupsThatCouldNotBeRecoveredAreNotAlsoSaidRecovered() throws {
        let folder = try SharedData.temporaryFolder()
        let fixture = SharedData.fixture("an/scrutin-po0.json").path
        let english = try hemicycle(["import", "--quiet", "--db", folder.appendingPathComponent("en.sqlite").path, fixture])
        #expect(english.contains("some groups published as PO0 could not be recovered"), "\(english)")
        #expect(!english.contains("recovered from the deputies' group mandates"), "\(english)")
        let french = try hemicycle(["import", "--quiet", "--lang", "fr", "--db", folder.appendingPathComponent("fr.sqlite").path, fixture])
        #expect(EnglishLabels.leftovers(in: french) == [], "\(french)")
        #expect(french.contains("des groupes publiés sous PO0 n'ont pu être retrouvés"), "\(french)")
        #expect(!french.contains("could not be recovered") && !french.contains("warning"), "\(french)")
    }

    /// `import --format json`: the pipeline's one summary, parsed back; the counts read are the
    /// store's own row counts (re-importing the shipped dumps changes nothing).
    @Test func importSummaryAsJSON() throws {
        let output = try hemicycle(["import", "--quiet", "--db", ShippedDatabase.path, "--format", "json"] + ShippedDatabase.datasets)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(summary["changed"] as? Bool == false)
        #expect(summary["database"] as? String == ShippedDatabase.path)
        let records = try #require(summary["records"] as? [[String: Any]])
        let ballots = try #require(records.first { $0["kind"] as? String == "ballots" })
        let stored = try openForReading(ShippedDatabase.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot") }
        #expect(ballots["read"] as? Int == stored)
        #expect(ballots["unchanged"] as? Int == stored)
        #expect(ballots["added"] as? Int == 0)
        let discrepancies = try #require(summary["discrepancies"] as? [[String: Any]])
        #expect(discrepancies.compactMap { $0["uid"] as? String }.sorted()
                == ["VTANR5L16V1927", "VTANR5L16V1929", "VTANR5L16V1930", "VTANR5L16V1948", "VTANR5L17V1"])
        #expect((discrepancies.first { $0["uid"] as? String == "VTANR5L17V1" }?["details"] as? [String])?
                    .contains("the total publishes 10 non-voting but names 21") == true)
    }
}
