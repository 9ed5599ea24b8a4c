import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleStore
import HemicycleTestSupport
import Testing

/// A copy of the shipped database with `datasets/law/` imported once, shared by these tests
/// (the shipped database itself is left untouched for the other suites).
enum LegislationDatabase {
    static let path: String = {
        let folder = (try? SharedData.temporaryFolder()) ?? FileManager.default.temporaryDirectory
        let path = folder.appendingPathComponent("legislation.sqlite").path
        do {
            try HemicycleDatabase(path: ShippedDatabase.path).copy(to: path)
            _ = try hemicycle(["legislation", "import", "--db", path, SharedData.datasets.appendingPathComponent("law").path])
        } catch {
            Issue.record("importing datasets/law failed: \(error)")
        }
        return path
    }()

    static var isAvailable: Bool {
        ShippedDatabase.isAvailable
            && FileManager.default.fileExists(atPath: SharedData.datasets.appendingPathComponent("law/Dossiers_Legislatifs_XVII.json.zip").path)
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let text = try hemicycle(arguments + ["--db", path, "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite("hemicycle legislation, dossier, amendment on the shipped data", .serialized,
       .enabled(if: LegislationDatabase.isAvailable, "SKIPPED: datasets/ or datasets/law/ missing"))
struct LegislationCommandTests {
    @Test("a second import changes nothing, and the coverage of the VSA bill's amendment ballots is complete")
    func importIsIdempotent() throws {
        let again = try LegislationDatabase.json(["legislation", "import", SharedData.datasets.appendingPathComponent("law").path])
        #expect(again["changed"] as? Bool == false)
        let dossiers = try #require(again["dossiers"] as? [String: Int])
        // 2,682 dossier files in the zip (shared/data README), all unchanged the second time.
        #expect(dossiers["read"] == 2682)
        #expect(dossiers["unchanged"] == 2682)
        #expect((again["amendments"] as? [String: Int])?["unchanged"] == 503)
        let coverage = try #require(again["coverage"] as? [String: Any])
        let ballots = try #require(coverage["ballots"] as? Int)
        #expect(ballots == 7978, "the latest legislature's ballots: the 17th to 2026-07-02")
        // The 33 ballots whose title starts "l'amendement" and names the bill on sûreté dans
        // les transports (counted by hand from the titles, V744–V787).
        #expect(coverage["amendment_ballots_with_data"] as? Int == 33)
        #expect(coverage["amendment_ballots_with_data_linked"] as? Int == 33)
        let linked = try #require(coverage["ballots_linked_to_dossier"] as? Int)
        #expect(linked > 3600 && linked <= ballots)
    }

    @Test("the timeline of DLR5L16N49176 runs from the Senate to promulgation, with the CC decision and its referral")
    func dossierTimeline() throws {
        let dossier = try LegislationDatabase.json(["dossier", "DLR5L16N49176"])
        let steps = try #require(dossier["steps"] as? [[String: Any]])
        func step(_ code: String) -> [String: Any]? { steps.first { $0["code"] as? String == code } }
        let decision = try #require(step("CC-CONCLUSION")?["decision"] as? [String: Any])
        #expect(decision["reference"] as? String == "2025-878 DC")
        #expect(decision["ruling"] as? String == "Partiellement conforme")
        #expect(step("CC-CONCLUSION")?["date"] as? String == "2025-04-24")
        #expect(step("CC-SAISIE-AN")?["referral"] as? String == "Soixante députés au moins")
        #expect((step("PROM-PUB")?["promulgation"] as? [String: Any])?["law_number"] as? String == "2025-379")
        #expect(step("CMP-DEC")?["conclusion"] as? String == "Accord")
        // The final vote on the CMP text is named by the act's voteRefs.
        let cmpBallots = try #require(step("CMP-DEBATS-AN-DEC")?["ballots"] as? [[String: Any]])
        #expect(cmpBallots.map { $0["number"] as? Int } == [1041])
        #expect(cmpBallots.first?["turnout_line"] as? String == "445 voters of 577 (77.1 %) — 303 for, 135 against, 7 abst.")
        // Parent ordinals rebuild the tree: CC-CONCLUSION's parent is the CC step.
        let parent = try #require(step("CC-CONCLUSION")?["parent_ordinal"] as? Int)
        #expect(steps.first { $0["ordinal"] as? Int == parent }?["code"] as? String == "CC")
        // Fates as counted in shared/data's README: 142 adopted, 137 rejected, 64 fell, 503 in all.
        let fates = try #require(dossier["amendments_by_fate"] as? [String: Int])
        #expect(fates["adopted"] == 142 && fates["rejected"] == 137 && fates["fell"] == 64)
        #expect(fates.values.reduce(0, +) == 503)
        let table = try hemicycle(["dossier", "--search", "renforcement de la sûreté dans les transports", "--db", LegislationDatabase.path])
        #expect(table.contains("2025-878 DC"))
        #expect(table.contains("Soixante députés au moins"))
    }

    @Test("amendment 237 lists the two date replacements in article 10 of loi n° 2023-380, and its ballot 773")
    func amendment237() throws {
        let json = try LegislationDatabase.json(["amendment", "237", "--dossier", "DLR5L16N49176"])
        #expect(json["number_label"] as? String == "237 (Rect)")
        #expect(json["fate"] as? String == "adopted")
        let operations = try #require(json["operations"] as? [[String: Any]])
        #expect(operations.map { $0["edit"] as? String } == [
            "replace « 31 mars 2025 » by « 31 décembre 2027 »",
            "replace « 31 décembre 2024 » by « 30 septembre 2027 »",
        ])
        #expect(operations.map { $0["part"] as? String } == ["I", "XI"])
        #expect(operations.allSatisfy { $0["article"] as? String == "10" })
        #expect((json["ballots"] as? [[String: Any]])?.map { $0["number"] as? Int } == [773])
        let table = try hemicycle(["amendment", "237", "--db", LegislationDatabase.path])
        #expect(table.contains("the Government"))
    }

    @Test("--apply-to applies the operations to a text, and reports the ones that do not fit")
    func applyTo() throws {
        let folder = try SharedData.temporaryFolder()
        let fits = folder.appendingPathComponent("article10.txt")
        try """
            I. – À titre expérimental et jusqu'au 31 mars 2025, les images peuvent faire l'objet de traitements algorithmiques. Ils ont pour unique objet de détecter des événements.
            XI. – Le Gouvernement remet un rapport. L'expérimentation est évaluée au plus tard le 31 décembre 2024.
            """.write(to: fits, atomically: true, encoding: .utf8)
        let applied = try hemicycle(["amendment", "237", "--db", LegislationDatabase.path, "--apply-to", fits.path])
        #expect(applied.contains("jusqu'au 31 décembre 2027, les images"))
        #expect(applied.contains("au plus tard le 30 septembre 2027."))
        #expect(applied.contains("All operations applied"))
        let other = folder.appendingPathComponent("other.txt")
        try "I. – Un texte sans la date.\nXI. – Rien à voir. Toujours rien.".write(to: other, atomically: true, encoding: .utf8)
        let refused = try hemicycle(["amendment", "237", "--db", LegislationDatabase.path, "--apply-to", other.path])
        #expect(refused.contains("not applicable: « 31 mars 2025 » not found"))
        #expect(refused.contains("NOT fully amended"))
        #expect(!refused.contains("31 décembre 2027, "))
    }

    @Test("the context of ballot 773: amendments 237 and its identical 211, the bill, the CC decision, the law")
    func context773() throws {
        let json = try LegislationDatabase.json(["legislation", "context", "773"])
        let amendments = try #require(json["amendments"] as? [[String: Any]])
        let labels = amendments.compactMap { $0["number_label"] as? String }
        // 190 (Rect) is in the same identical group but was not moved, so it was not voted.
        #expect(labels == ["237 (Rect)", "211 (Rect)"])
        // The two identical amendments share their operative text, parsed once: each still lists
        // both date replacements, in the law's order.
        let expected = [
            "loi n° 2023-380 du 19 mai 2023, article 10, I, sentence 1: replace « 31 mars 2025 » by « 31 décembre 2027 »",
            "loi n° 2023-380 du 19 mai 2023, article 10, XI, sentence 2: replace « 31 décembre 2024 » by « 30 septembre 2027 »",
        ]
        #expect(amendments.map { $0["operations"] as? [String] } == [expected, expected])
        #expect(json["dossier"] as? String == "DLR5L16N49176")
        #expect(json["decision"] as? String == "2025-878 DC")
        #expect(json["decision_ruling"] as? String == "Partiellement conforme")
        #expect(json["law_number"] as? String == "2025-379")
        #expect((json["referrals"] as? [String])?.first == "2025-03-24: Soixante députés au moins")
        let table = try hemicycle(["legislation", "context", "773", "--db", LegislationDatabase.path])
        #expect(table.contains("Partiellement conforme"))
        #expect(table.components(separatedBy: expected[1]).count - 1 == 2)
    }

    @Test("issue 20: ballot 773, amendment 237, the dossier and the card say the law was partly struck down, naming 2025-878 DC")
    func fateNeverOverstated() throws {
        let url = "http://www.conseil-constitutionnel.fr/decision/2025/2025878DC.htm"
        let ballot = try hemicycle(["ballot", "773", "--db", LegislationDatabase.path, "--no-pager"])
        #expect(ballot.contains("adopted; the law was then partly struck down by the Conseil constitutionnel (2025-878 DC, 24 April 2025"))
        #expect(ballot.contains("this provision may not be in force"))
        #expect(ballot.contains(url))
        let context = try LegislationDatabase.json(["legislation", "context", "773"])
        #expect(context["may_not_be_in_force"] as? Bool == true)
        #expect((context["fate"] as? String)?.contains("2025-878 DC") == true)
        let amendment = try LegislationDatabase.json(["amendment", "237", "--dossier", "DLR5L16N49176"])
        #expect(amendment["may_not_be_in_force"] as? Bool == true)
        #expect((amendment["fate_line"] as? String)?.hasPrefix("adopted; the law was then partly struck down") == true)
        let dossier = try LegislationDatabase.json(["dossier", "DLR5L16N49176"])
        #expect((dossier["fate"] as? String)?.hasPrefix("partly struck down by the Conseil constitutionnel (2025-878 DC, 24 April 2025") == true)
        #expect((dossier["fate"] as? String)?.contains("some of its provisions may not be in force") == true)
        let card = try LegislationDatabase.json(["card", "773", "--lang", "fr", "--output", try SharedData.temporaryFolder().appendingPathComponent("773.svg").path])
        #expect(card["result"] as? String == "Adopté — loi censurée en partie par le Conseil constitutionnel (2025-878 DC)")
    }

    @Test("issue 20: ballots --search vidéosurveillance finds 773 through amendment 237, saying where; --title-only does not")
    func searchBySubject() throws {
        let text = try hemicycle(["ballots", "--search", "vidéosurveillance", "--db", LegislationDatabase.path, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let ballot773 = try #require(rows.first { $0["number"] as? Int == 773 })
        let matches = try #require(ballot773["matches"] as? [[String: Any]])
        // The amendment the title names comes first, before its identical n° 211; its summary
        // says "vidéoprotection", the law's word for it.
        #expect(matches.first?["source"] as? String == "amendment n° 237 (Rect)")
        #expect(matches.first?["field"] as? String == "amendment_summary")
        #expect((matches.first?["snippet"] as? String)?.contains("[vidéoprotection]") == true)
        #expect(matches.first?["source_uid"] as? String == "AMANR5L17PO838901BTC0636P0D1N000237")
        // Ballot 772 (amendment n° 85) says "vidéosurveillance" itself.
        #expect(rows.contains { $0["number"] as? Int == 772 })
        let table = try hemicycle(["ballots", "--search", "vidéosurveillance", "--db", LegislationDatabase.path, "--no-pager"])
        #expect(table.contains("amendment n° 237 (Rect), amendment summary (exposé sommaire)"))
        #expect(table.contains("also searched, the law's word: videoprotection"))
        let algorithm = try hemicycle(["ballots", "--search", "algorithm", "--db", LegislationDatabase.path, "--format", "json"])
        #expect(algorithm.contains("\"number\" : 773") || algorithm.contains("\"number\":773"))
        // The literal title search of before: 773's title says neither word.
        let literal = try hemicycle(["ballots", "--search", "vidéosurveillance", "--title-only", "--db", LegislationDatabase.path, "--format", "json"])
        #expect(!literal.contains("VTANR5L17V773"))
    }

    @Test("issue 20: with decision 2025-878 DC imported (a fixture in the Council's layout), ballot 773 says article 15 was struck out as a cavalier")
    func decisionImported() throws {
        let path = try SharedData.temporaryFolder().appendingPathComponent("decision.sqlite").path
        try HemicycleDatabase(path: LegislationDatabase.path).copy(to: path)
        let decision = SharedData.fixture("legislation/decision-2025-878-DC.html").path
        let first = try hemicycle(["legislation", "import", decision, "--db", path, "--format", "json"])
        #expect(first.contains("\"changed\" : true"))
        let again = try hemicycle(["legislation", "import", decision, "--db", path, "--format", "json"])
        #expect(again.contains("\"changed\" : false"), "importing the same decision again changes nothing")
        let ballot = try hemicycle(["ballot", "773", "--db", path, "--no-pager"])
        #expect(ballot.contains("adopted; then struck out by the Conseil constitutionnel as a cavalier législatif (2025-878 DC, 24 April 2025, art. 15 of the adopted text)"))
        #expect(ballot.contains("same article of the same law: art. 15 of the adopted text"))
        #expect(ballot.contains("paragraph 12: « L'article 15 modifie l'article 10 de la loi du 19 mai 2023"))
        let context = try hemicycle(["legislation", "context", "773", "--db", path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(context.utf8)) as? [String: Any])
        let provision = try #require(json["provision"] as? [String: Any])
        #expect(provision["adopted_text_article"] as? String == "15")
        #expect(provision["ground"] as? String == "cavalier")
        #expect(provision["certainty"] as? String == "same_law_article")
        let amendment = try hemicycle(["amendment", "237", "--dossier", "DLR5L16N49176", "--db", path, "--no-pager"])
        #expect(amendment.contains("then struck out by the Conseil constitutionnel as a cavalier législatif"))
        let card = try hemicycle(["card", "773", "--lang", "fr", "--db", path, "--output", try SharedData.temporaryFolder().appendingPathComponent("c.svg").path, "--format", "json"])
        #expect(card.contains("Adopté — puis censuré par le Conseil constitutionnel (cavalier législatif, 2025-878 DC)"))
        // Not a decision: refused with the file and the reason, nothing written.
        let bogus = try SharedData.temporaryFolder().appendingPathComponent("not-a-decision.html")
        try "<p>Bonjour</p>".write(to: bogus, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try hemicycle(["legislation", "import", bogus.path, "--db", path]) }
    }

    @Test("unknown amendment and dossier give a clear message")
    func notFound() throws {
        #expect(throws: (any Error).self) { try hemicycle(["amendment", "99999", "--db", LegislationDatabase.path]) }
        #expect(throws: (any Error).self) { try hemicycle(["dossier", "DLNOPE", "--db", LegislationDatabase.path]) }
    }
}

@Suite("hemicycle law diff")
struct LawDiffCommandTests {
    @Test("two La Fabrique texts: one alinéa changed word by word, one article added")
    func diff() throws {
        let folder = try SharedData.temporaryFolder()
        let a = folder.appendingPathComponent("a.json"), b = folder.appendingPathComponent("b.json")
        try #"{"id": "a", "titre": "T", "articles": [{"titre": "1er", "order": 1, "alineas": {"001": "Le délai est de trois mois.", "002": "Inchangé."}}]}"#
            .write(to: a, atomically: true, encoding: .utf8)
        try #"{"id": "b", "titre": "T", "articles": [{"titre": "1er", "order": 1, "alineas": {"001": "Le délai est de six mois.", "002": "Inchangé."}}, {"titre": "2", "order": 2, "alineas": {"001": "Nouveau."}}]}"#
            .write(to: b, atomically: true, encoding: .utf8)
        let table = try hemicycle(["law", "diff", a.path, b.path])
        #expect(table.contains("Le délai est de [-trois-] {+six+} mois."))
        let text = try hemicycle(["law", "diff", a.path, b.path, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.map { $0["change"] as? String } == ["modified", "added"])
        #expect(try hemicycle(["law", "diff", a.path, b.path, "--format", "html"]).contains("<html"))
        #expect(throws: (any Error).self) { try hemicycle(["law", "diff", a.path, folder.appendingPathComponent("missing.json").path]) }
    }
}
