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
