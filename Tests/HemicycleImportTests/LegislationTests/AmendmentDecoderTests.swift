import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

/// The hand-made fixtures of `Fixtures/legislation/`.
enum LegislationFixture {
    static func data(_ name: String) throws -> Data {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try Data(contentsOf: folder.appendingPathComponent("legislation/\(name)"))
    }
}

@Suite("Amendment decoder")
struct AmendmentDecoderTests {
    @Test("quirks: nil objects, bare-object co-signatory list, HTML entities, committee number")
    func quirks() throws {
        let amendment = try AmendmentDecoder.decode(
            try LegislationFixture.data("amendment-quirks.json"),
            entry: "json/DLR5L16N49176/PIONANR5L17B0134/AMANR5L17PO59051B0134P0D1N000042.json"
        )
        #expect(amendment.uid == "AMANR5L17PO59051B0134P0D1N000042")
        #expect(amendment.number == 42)
        #expect(amendment.numberPrefix == "CL")
        #expect(amendment.isRectified)
        #expect(amendment.dossierRef == "DLR5L16N49176")
        #expect(amendment.textRef == "PIONANR5L17B0134")
        #expect(amendment.authors.authorRef == "PA794778")
        #expect(amendment.authors.groupRef == "PO845439")
        #expect(amendment.authors.governmentRef == nil)
        #expect(amendment.authors.cosignatoryRefs == ["PA610968"])
        #expect(amendment.authors.label == "Mme Regol et M. Amirshahi")
        #expect(amendment.target.alinea == 5)
        #expect(amendment.target.alineaDesignation == "Alinéa 5")
        #expect(amendment.target.division == "Article 3")
        // sort is the nil object: the processing state says why.
        #expect(amendment.fate == .inadmissible)
        #expect(amendment.fateLabel == "Irrecevable 40")
        #expect(amendment.decidedOn == nil)
        #expect(amendment.sittingRef == nil)
        #expect(amendment.lawReference == nil)
        #expect(amendment.tabledOn == CalendarDate(year: 2025, month: 1, day: 20))
        #expect(amendment.operativeText == "À l’alinéa 5, substituer aux mots :\n« peuvent procéder »\nles mots :\n« procèdent ».")
        // Unknown entity and stray "<" are kept, the unclosed <p> is dropped.
        #expect(amendment.explanatoryStatement == "Tom & Jerry\nont dit <non> &unknown; 3 < 4")
    }

    @Test("a missing uid is an error naming the entry and the member")
    func missingUID() throws {
        let data = try LegislationFixture.data("amendment-missing-uid.json")
        do {
            _ = try AmendmentDecoder.decode(data, entry: "x.json", path: "dump.zip")
            Issue.record("expected an error")
        } catch let error as ImportError {
            let message = error.description
            #expect(message.contains("dump.zip [x.json]"))
            #expect(message.contains("uid"))
        }
    }

    @Test("truncated JSON is reported as invalid JSON")
    func truncated() {
        #expect(throws: ImportError.self) {
            try AmendmentDecoder.decode(Data("{\"amendement\": {\"uid\": ".utf8), entry: "t.json", path: "p")
        }
    }

    @Test("numeroLong forms", arguments: [
        ("237 (Rect)", 237, "", true),
        ("CL2", 2, "CL", false),
        ("12 (2ème Rect)", 12, "", true),
        ("5", 5, "", false),
    ])
    func numbers(label: String, number: Int, prefix: String, rectified: Bool) {
        let parsed = AmendmentDecoder.parseNumber(label)
        #expect(parsed.number == number)
        #expect(parsed.prefix == prefix)
        #expect(parsed.isRectified == rectified)
    }

    @Test("amendment 237 from the real dump", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func amendment237() throws {
        let amendments = try AmendmentDecoder.readAll(path: SharedData.url("an/Amendements_DLR5L16N49176.json.zip").path)
        #expect(amendments.count == 503)
        let amendment = try #require(amendments.first { $0.uid == "AMANR5L17PO838901BTC0636P0D1N000237" })
        #expect(amendment.number == 237)
        #expect(amendment.isRectified)
        #expect(amendment.numberLabel == "237 (Rect)")
        #expect(amendment.dossierRef == "DLR5L16N49176")
        #expect(amendment.textRef == "PIONANR5L17BTC0636")
        #expect(amendment.fate == .adopted)
        #expect(amendment.authors.kind == "Gouvernement")
        #expect(amendment.authors.governmentRef == "PO855052")
        #expect(amendment.authors.authorRef == nil)
        #expect(amendment.target.isAdditionalArticle)
        #expect(amendment.decidedOn == CalendarDate(year: 2025, month: 2, day: 11))
        #expect(amendment.lawReference == "loi 2023-380")
        #expect(amendment.lawArticle == "10")
        #expect(amendment.operativeText.hasPrefix("L’article 10 de la loi n° 2023-380 du 19 mai 2023"))
        #expect(amendment.operativeText.contains("« 31 mars 2025 »"))
        #expect(!amendment.operativeText.contains("&"))
        #expect(!amendment.operativeText.contains("<"))
        // The published outcome counts: 142 adopted, 137 rejected, 64 fell, 53 not moved, 20 withdrawn.
        let fates = Dictionary(grouping: amendments, by: \.fate).mapValues(\.count)
        #expect(fates[.adopted] == 142)
        #expect(fates[.rejected] == 137)
        #expect(fates[.fell] == 64)
        #expect(fates[.notMoved] == 53)
        // 20 "Retiré" outcomes plus 12 withdrawn before any outcome.
        #expect(fates[.withdrawn] == 32)
        // 31 + 28 + 11 + 4 + 1 irrecevable (no outcome, state "Irrecevable…").
        #expect(fates[.inadmissible] == 75)
    }
}
