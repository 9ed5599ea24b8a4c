import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleCSV
import HemicycleReport
import HemicycleStore
import HemicycleTestSupport
import Testing

func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

func registerFixture(_ name: String) -> String {
    SharedData.fixture("registers/\(name)").path
}

@Suite("Register import: bad input")
struct RegisterImportErrorTests {
    let database: String
    init() throws { database = try SharedData.temporaryFolder().appendingPathComponent("registers.sqlite").path }

    /// Runs `registers import` expecting a failure; returns its message, and checks that no
    /// register row was written.
    func failingImport(_ files: [String]) throws -> String {
        var message = ""
        #expect { try hemicycle(["registers", "import", "--db", database] + files.map(registerFixture)) } throws: { error in
            message = "\(error)"
            return true
        }
        let counts = try HemicycleDatabase(path: database).registerRowCounts()
        #expect(counts.values.allSatisfy { $0 == 0 }, "nothing half-imported: \(counts)")
        return message
    }

    @Test func aMissingColumnIsNamed() throws {
        let message = try failingImport(["rne-missing-column.csv"])
        #expect(message.contains("rne-missing-column.csv"))
        #expect(message.contains("Date de naissance"))
    }

    @Test func aRaggedRowGivesFileAndLine() throws {
        let message = try failingImport(["communes-good.csv", "rne-ragged.csv"])
        #expect(message.contains("rne-ragged.csv, line 4"), "\(message)")
        #expect(message.contains("14 fields where 13 were expected"), "\(message)")
    }

    @Test func aBadEncodingGivesFileLineAndColumn() throws {
        let message = try failingImport(["communes-good.csv", "rne-latin1.csv"])
        #expect(message.contains("rne-latin1.csv, line"), "\(message)")
        #expect(message.contains("column"), "\(message)")
        #expect(message.contains("UTF-8"), "\(message)")
    }

    @Test func anUnknownColumnSetIsRefused() throws {
        let message = try failingImport(["unknown-register.csv"])
        #expect(message.contains("unknown-register.csv, line 1"))
        #expect(message.contains("no known register"))
    }

    /// Issue 22: a header-only file replaced the stored register with nothing, exit 0. A register
    /// without a data row is refused, naming the file, and the stored one stays.
    @Test func aRegisterWithoutRowsIsRefusedAndTheStoredOneStays() throws {
        _ = try hemicycle(["registers", "import", "--db", database, registerFixture("communes-good.csv")])
        #expect {
            try hemicycle(["registers", "import", "--db", database, registerFixture("communes-header-only.csv")])
        } throws: { error in
            "\(error)".contains("communes-header-only.csv") && "\(error)".contains("no data row") && Hemicycle.exitStatus(for: error) == 65
        }
        #expect(try HemicycleDatabase(path: database).registerRowCounts()[.constituencies] == 10)
    }

    @Test func aGoodFileImportsThenChangesNothing() throws {
        let first = try hemicycle(["registers", "import", "--db", database, registerFixture("communes-good.csv"), "--format", "json"])
        let rows = try #require(try jsonObject(first) as? [[String: Any]])
        // 10 data lines in the fixture, Lille on 5 of them.
        #expect(rows.first?["rows"] as? Int == 10)
        #expect(rows.first?["change"] as? String == "added")
        let again = try hemicycle(["registers", "import", "--db", database, registerFixture("communes-good.csv")])
        #expect(again.contains("Nothing changed"))
    }
}

@Suite("Campaign commands on the shipped data", .serialized, .enabled(if: RegisteredShippedDatabase.isAvailable, "SKIPPED: datasets/ or datasets/registers/ missing"))
struct CampaignCommandTests {
    var db: String { RegisteredShippedDatabase.path }

    /// Ballot 773's votes by deputy id, read from `hemicycle ballot 773 --format json`.
    func votesOn773() throws -> [String: String] {
        let object = try #require(try jsonObject(try hemicycle(["ballot", "773", "--db", db, "--format", "json"])) as? [String: Any])
        let votes = try #require(object["votes"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: votes.compactMap { v in
            (v["deputy_id"] as? String).map { ($0, v["position"] as? String ?? "?") }
        })
    }

    /// A watch on a town's deputies follows the ballots where whoever held its seats voted: Ugo
    /// Bernalicis (59-2) voted against on 16:1274 (README); every deputy of 59000 was absent on 773
    /// (the golden representatives-59000).
    @Test func aTownWatchFollowsTheBallotsItsDeputiesVotedOn() throws {
        _ = try? hemicycle(["watch", "remove", "lille-deputies", "--db", db])
        let saved = try hemicycle(["watch", "add", "lille-deputies", "--town", "59000", "--db", db])
        #expect(saved.contains("town ") && saved.contains("59-2") && saved.contains("59-11"), "\(saved)")
        let feed = try hemicycle(["feed", "lille-deputies", "--limit", "100000", "--db", db])
        #expect(feed.contains("<id>urn:hemicycle:ballot:VTANR5L16V1274</id>"))
        #expect(!feed.contains("<id>urn:hemicycle:ballot:VTANR5L17V773</id>"))
        // A deputy's own watch is contained in the town's: Bernalicis's ballots while he held 59-2.
        _ = try? hemicycle(["watch", "remove", "bernalicis", "--db", db])
        _ = try hemicycle(["watch", "add", "bernalicis", "--deputy", "Ugo Bernalicis", "--db", db])
        let own = try hemicycle(["feed", "bernalicis", "--limit", "100000", "--db", db])
        let ids = { (xml: String) in Set(xml.components(separatedBy: "<id>urn:hemicycle:ballot:").dropFirst().map { $0.prefix { $0 != "<" } }) }
        #expect(!ids(own).isEmpty && ids(own).isSubset(of: ids(feed)))
        #expect(throws: (any Error).self) { try hemicycle(["watch", "add", "nowhere", "--town", "Nulle-Part-Sur-Mer", "--db", db]) }
    }

    @Test func reimportingTheShippedRegistersChangesNothing() throws {
        let output = try hemicycle(["registers", "import", "--db", db])
        #expect(output.contains("Nothing changed"))
    }

    @Test func lilleListsTheDeputiesOfNord1_2_4_9_11AndTheirVotesOn773() throws {
        let json = try hemicycle(["representatives", "--insee", "59350", "--ballot", "773", "--db", db, "--format", "json"])
        let object = try #require(try jsonObject(json) as? [String: Any])
        let rows = try #require(object["representatives"] as? [[String: Any]])
        // The geo README's Lille check: circos 1, 2, 4, 9 and 11 of Nord, all partial.
        #expect(rows.compactMap { $0["constituency"] as? Int } == [1, 2, 4, 9, 11])
        #expect(rows.allSatisfy { $0["department_code"] as? String == "59" && $0["coverage"] as? String == "partial" })
        #expect(rows.allSatisfy { ($0["name"] as? String)?.isEmpty == false })
        let recorded = try votesOn773()
        for row in rows {
            let id = try #require(row["deputy_id"] as? String)
            let vote = try #require((row["votes"] as? [[String: Any]])?.first)
            #expect(vote["ballot_number"] as? Int == 773)
            // Listed on the ballot: the same position; not listed: absent (all were in office in February 2025).
            #expect(vote["position"] as? String == (recorded[id] ?? "absent"), "\(id)")
        }
        let byName = try hemicycle(["representatives", "--town", "lille", "--ballot", "773", "--db", db, "--format", "json"])
        let townRows = try #require((try jsonObject(byName) as? [String: Any])?["representatives"] as? [[String: Any]])
        #expect(townRows.compactMap { $0["deputy_id"] as? String } == rows.compactMap { $0["deputy_id"] as? String })
        #expect(rows.contains { row in (row["contacts"] as? [[String: Any]])?.contains { $0["kind"] as? String == "email" } == true })
    }

    /// The campaign's question over both legislatures: today's deputies of Lille on the creation
    /// of VSA (2023), its extension (2025) and its extension again (article 35 of the 2030 Olympics
    /// bill); a deputy first elected in 2024 was "not a deputy then" in 2023.
    @Test func lilleOnTheVSABallotsOfBothLegislatures() throws {
        let arguments = ["representatives", "--town", "Lille", "--ballot", "16:1274", "--ballot", "773", "--ballot", "4813", "--db", db]
        let object = try #require(try jsonObject(try hemicycle(arguments + ["--format", "json"])) as? [String: Any])
        let rows = try #require(object["representatives"] as? [[String: Any]])
        #expect(rows.count == 5)
        let recorded1274 = try #require(try jsonObject(try hemicycle(["ballot", "16:1274", "--db", db, "--format", "json"])) as? [String: Any])
        let names1274 = Dictionary(uniqueKeysWithValues: (recorded1274["votes"] as? [[String: Any]] ?? []).compactMap { v in
            (v["deputy_id"] as? String).map { ($0, v["position"] as? String ?? "?") }
        })
        for row in rows {
            let id = try #require(row["deputy_id"] as? String)
            let votes = try #require(row["votes"] as? [[String: Any]])
            #expect(votes.compactMap { $0["ballot_uid"] as? String } == ["VTANR5L16V1274", "VTANR5L17V773", "VTANR5L17V4813"])
            let start = row["start_date"] as? String ?? ""
            let position = votes[0]["position"] as? String
            if let named = names1274[id] {
                #expect(position == named, "\(id)")
            } else {
                // Not listed in 2023: absent if they held a seat then, else not a deputy then.
                #expect(position == "absent" || position == "not_in_office", "\(id)")
            }
            if position == "not_in_office" { #expect(start >= "2023-03-23", "\(id) started \(start)") }
        }
        let table = try hemicycle(arguments)
        #expect(table.contains("16:1274") && table.contains("17:773") && table.contains("17:4813"))
        #expect(table.contains("not a deputy then"), "Aurélien Le Coq was first elected in 2024")
    }

    /// Issue 22: an unknown postcode exited 64 (a usage error) though not found is 1, as documented.
    @Test func anUnknownPlaceIsNotFound() throws {
        for arguments in [["--postcode", "99999"], ["--town", "Nowhereville"], ["--insee", "00000"]] {
            #expect {
                try hemicycle(["representatives", "--db", db] + arguments)
            } throws: { error in (Hemicycle.exitStatus(for: error) ?? Hemicycle.exitCode(for: error).rawValue) == 1 }
        }
    }

    @Test func postcodeAndDepartmentGiveTheSameSeats() throws {
        let byPostcode = try #require((try jsonObject(try hemicycle(["representatives", "--postcode", "59000", "--db", db, "--format", "json"])) as? [String: Any])?["representatives"] as? [[String: Any]])
        #expect(byPostcode.compactMap { $0["constituency"] as? Int } == [1, 2, 4, 9, 11])
        let nord1 = try #require((try jsonObject(try hemicycle(["representatives", "--department", "059", "--constituency", "1", "--db", db, "--format", "json"])) as? [String: Any])?["representatives"] as? [[String: Any]])
        #expect(nord1.count == 1)
        // Nord 10: Gérald Darmanin's mandate stays open while he is a minister; his substitute
        // holds the seat at the end of the data, Darmanin before his appointment.
        let nord10 = try #require((try jsonObject(try hemicycle(["representatives", "--department", "59", "--constituency", "10", "--db", db, "--format", "json"])) as? [String: Any])?["representatives"] as? [[String: Any]])
        #expect(nord10.compactMap { $0["name"] as? String } == ["Vincent Ledoux"])
        let nord10Before = try #require((try jsonObject(try hemicycle(["representatives", "--department", "59", "--constituency", "10", "--date", "2024-10-08", "--db", db, "--format", "json"])) as? [String: Any])?["representatives"] as? [[String: Any]])
        #expect(nord10Before.compactMap { $0["name"] as? String } == ["Gérald Darmanin"])
        #expect(nord1.first?["deputy_id"] as? String == byPostcode.first?["deputy_id"] as? String)
        let nord = try #require((try jsonObject(try hemicycle(["representatives", "--department", "59", "--db", db, "--format", "json"])) as? [String: Any])?["representatives"] as? [[String: Any]])
        #expect(Set(nord.compactMap { $0["constituency"] as? Int }) == Set(1...21), "Nord has 21 constituencies")
    }

    @Test func registersCheckAccountsForEveryRegisterRow() throws {
        let rows = try #require(try jsonObject(try hemicycle(["registers", "check", "--all", "--db", db, "--format", "json"])) as? [[String: Any]])
        // Every one of the register's 574 rows is accounted for, exactly once.
        #expect(rows.filter { $0["register_line"] != nil }.count == 574)
        #expect(Set(rows.compactMap { $0["register_line"] as? Int }).count == 574)
        // Accents are a spelling difference, reported, not a mismatch: line 345 "Vincent THIEBAUT" is
        // the Assemblée's "Vincent Thiébaut".
        let thiebaut = try #require(rows.first { $0["register_line"] as? Int == 345 })
        #expect(thiebaut["status"] as? String == "spelling_differs")
        #expect(thiebaut["deputy_name"] as? String == "Vincent Thiébaut")
        #expect(rows.contains { $0["status"] as? String == "holder_differs" })
        let table = try hemicycle(["registers", "check", "--db", db])
        #expect(!table.contains("matched: 0"))
    }

    @Test func anUnknownTownSuggestsTheClosestNames() throws {
        #expect {
            try hemicycle(["representatives", "--town", "Lile", "--db", db])
        } throws: { error in
            "\(error)".contains("unknown town \"Lile\"") && "\(error)".contains("\"Lille\"")
        }
    }

    @Test func scorecardOn773RanksEveryDeputy() throws {
        let recorded = try votesOn773()
        let rows = try #require(try jsonObject(try hemicycle(["scorecard", "--ballot", "773:against", "--db", db, "--format", "json"])) as? [[String: Any]])
        let against = recorded.values.filter { $0 == "against" }.count
        let otherVoters = recorded.values.filter { $0 == "for" || $0 == "abstention" }.count
        #expect(against == 37 && otherVoters == 88)
        // Absence ignored: voters against score 1, other voters 0, everyone else is unranked.
        #expect(rows.filter { $0["score"] as? Double == 1 }.count == against)
        #expect(rows.filter { $0["score"] as? Double == 0 }.count == otherVoters)
        #expect(rows.first?["rank"] as? Int == 1)
        #expect(rows.filter { $0["score"] as? Double == 0 }.allSatisfy { $0["rank"] as? Int == against + 1 })
        // Absence as against: every deputy in office that day but the 2 presiding officers is scored.
        let strict = try #require(try jsonObject(try hemicycle(["scorecard", "--ballot", "773:against", "--absent", "against", "--db", db, "--format", "json"])) as? [[String: Any]])
        let scored = strict.filter { ($0["denominator"] as? Int) == 1 }
        // 577 seats, each held by one deputy that day, less the 2 presiding officers (non-voting, excluded).
        #expect(scored.count == 577 - 2, "\(scored.count)")
        #expect(strict.filter { $0["score"] as? Double == 1 }.count == against)
        let half = try #require(try jsonObject(try hemicycle(["scorecard", "--ballot", "773:against", "--absent", "half", "--db", db, "--format", "json"])) as? [[String: Any]])
        #expect(half.filter { $0["score"] as? Double == 0.5 }.count == scored.count - against - otherVoters)
    }

    @Test func scorecardCSVHasOneRowPerDeputyAndOneColumnPerBallot() throws {
        let csv = try hemicycle(["scorecard", "--ballot", "773:against", "--ballot", "770:for", "--town", "Lille", "--db", db, "--format", "csv"])
        let parsed = try CSVReader(string: csv).readAll()
        let header = try #require(parsed.header)
        #expect(header.names.contains("ballot_773") && header.names.contains("ballot_770") && header.names.contains("email_assemblee"))
        // The contact list's columns, as `representatives` and `export contacts` (ContactColumns).
        #expect(Array(header.names.prefix(ContactColumns.identityKeys.count)) == ContactColumns.identityKeys)
        #expect(parsed.records.allSatisfy { !($0["last_name"] ?? "").isEmpty && ($0["seat"] ?? "").hasPrefix("59-") })
        #expect(parsed.records.count == 5, "the 5 deputies of Lille")
        #expect(parsed.records.allSatisfy { $0["ballot_773"] == "absent" })
    }

    @Test func whatIf773GivesTheMarginAndTheFullHouse() throws {
        let object = try #require(try jsonObject(try hemicycle(["whatif", "773", "--db", db, "--format", "json"])) as? [String: Any])
        #expect(object["margin"] as? Int == 86 - 37)
        #expect(object["adopted"] as? Bool == true)
        // Full house recomputed from the ballot's own group table: absentees take the group line.
        let ballot = try #require(try jsonObject(try hemicycle(["ballot", "773", "--db", db, "--format", "json"])) as? [String: Any])
        var full = ["for": 86, "against": 37, "abstentions": 2]
        for g in try #require(ballot["groups"] as? [[String: Any]]) {
            let absent = g["absent"] as? Int ?? 0
            switch g["majority_position"] as? String {
            case "for": full["for", default: 0] += absent
            case "against": full["against", default: 0] += absent
            case "abstention": full["abstentions", default: 0] += absent
            default: break
            }
        }
        #expect(object["full_house"] as? [String: Int] == full)
        #expect(full == ["for": 327, "against": 226, "abstentions": 22])
        #expect(object["full_house_adopts"] as? Bool == true)
        let groups = try #require(object["groups"] as? [[String: Any]])
        // Only a group against with more than 49 absentees could flip it: LFI-NFP (66 absent).
        #expect(groups.filter { $0["absentees_would_flip"] as? Bool == true }.compactMap { $0["group"] as? String } == ["LFI-NFP"])
        #expect((object["assumptions"] as? [String])?.isEmpty == false)
        let table = try hemicycle(["whatif", "773", "--db", db])
        #expect(table.contains("Margin") && table.contains("Full house") && table.contains("Assumptions"))
    }

    @Test func exportedCSVsGiveTheDatabaseFigures() throws {
        let folder = try SharedData.temporaryFolder()
        _ = try hemicycle(["export", "ballots", "votes", "deputies", "--output", folder.path, "--db", db])
        let database = try HemicycleDatabase(path: db)
        // Per-ballot totals: ballots.csv against the store.
        var official: [String: [Int]] = [:]
        _ = try CSVReader(url: folder.appendingPathComponent("ballots.csv")).forEachRecord(requiringColumns: ["uid", "for", "against", "abstentions"]) { r in
            official[r["uid"] ?? ""] = [Int(r["for"] ?? "") ?? -1, Int(r["against"] ?? "") ?? -1, Int(r["abstentions"] ?? "") ?? -1]
        }
        let stored = try database.ballots(BallotFilter(legislature: 17))
        #expect(official.count == stored.count && stored.count == 7978)
        for b in stored {
            #expect(official[b.uid] == [b.official.for, b.official.against, b.official.abstentions], "\(b.uid)")
        }
        // Votes: per-ballot counts by position from votes.csv equal the official counts of the
        // ballot (checked on the whole legislature), and per-deputy counts equal deputies.csv.
        var positions: [String: [String: Int]] = [:]
        var perDeputy: [String: Int] = [:]
        _ = try CSVReader(url: folder.appendingPathComponent("votes.csv")).forEachRecord(requiringColumns: ["ballot_uid", "deputy_id", "position"]) { r in
            positions[r["ballot_uid"] ?? "", default: [:]][r["position"] ?? "", default: 0] += 1
            perDeputy[r["deputy_id"] ?? "", default: 0] += 1
        }
        #expect(positions["VTANR5L17V773"] == ["for": 86, "against": 37, "abstention": 2, "non_voting": 2])
        let mismatched = stored.filter { b in
            let p = positions[b.uid] ?? [:]
            return [p["for"] ?? 0, p["against"] ?? 0, p["abstention"] ?? 0] != [b.official.for, b.official.against, b.official.abstentions]
        }
        #expect(mismatched.isEmpty, "ballots whose named votes differ from the official counts: \(mismatched.prefix(5).map(\.uid))")
        var fromDeputies: [String: Int] = [:]
        _ = try CSVReader(url: folder.appendingPathComponent("deputies.csv")).forEachRecord(requiringColumns: ["deputy_id", "votes"]) { r in
            fromDeputies[r["deputy_id"] ?? ""] = Int(r["votes"] ?? "")
        }
        #expect(perDeputy.allSatisfy { fromDeputies[$0.key] == $0.value })
        // The nominative votes of Scrutins_XVII_20260702.json.zip, counted with Python (649,410 in the
        // older copy to 2025-11-17, as the shared data README says).
        #expect(perDeputy.values.reduce(0, +) == 1_214_917)
    }

    @Test func excelExportHasAByteOrderMarkAndSemicolons() throws {
        let folder = try SharedData.temporaryFolder()
        _ = try hemicycle(["export", "groups", "--excel", "--output", folder.path, "--db", db])
        let data = try Data(contentsOf: folder.appendingPathComponent("groups.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let parsed = try CSVReader(url: folder.appendingPathComponent("groups.csv")).readAll()
        #expect(parsed.header?.names.first == "group_id")
        #expect(parsed.records.contains { $0["abbreviation"] == "RN" })
    }
}
