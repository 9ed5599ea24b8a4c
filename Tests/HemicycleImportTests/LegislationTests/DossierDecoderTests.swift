import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

@Suite("Dossier decoder")
struct DossierDecoderTests {
    @Test("a bare-object act, a null inside an act list, a bare vote ref")
    func bareActs() throws {
        let dossier = try DossierDecoder.decode(try LegislationFixture.data("dossier-bare-acts.json"))
        #expect(dossier.uid == "DLR5L17N99999")
        #expect(dossier.legislature == 17)
        #expect(dossier.procedure == "Projet de loi ordinaire")
        #expect(dossier.steps.count == 1)
        let reading = try #require(dossier.steps.first)
        #expect(reading.code == "AN1")
        #expect(reading.date == nil)
        #expect(reading.steps.count == 1)
        let decision = try #require(dossier.step(code: "AN1-DEBATS-DEC"))
        #expect(decision.kind == "Decision")
        #expect(decision.date == CalendarDate(year: 2025, month: 2, day: 11))
        #expect(decision.voteRefs == ["VTANR5L17V773"])
        #expect(decision.textRefs == ["PIONANR5L17BTA0046"])
        #expect(decision.conclusion == "adopté")
        #expect(decision.sittingRef == "RUANR5L17S2025IDS29020")
        #expect(dossier.allSteps.count == 2)
    }

    @Test("DLR5L16N49176: CMP, referral, decision 2025-878 DC, promulgation of loi 2025-379", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func transportSafety() throws {
        let path = SharedData.url("law/Dossiers_Legislatifs_XVII.json.zip").path
        let dossier = try #require(try DossierDecoder.read(uid: "DLR5L16N49176", path: path))
        #expect(dossier.title == "Proposition de loi relative au renforcement de la sûreté dans les transports")
        #expect(dossier.legislature == 16)
        let codes = dossier.steps.map(\.code)
        #expect(codes.contains("CMP"))
        #expect(Array(codes.suffix(2)) == ["CC", "PROM"])

        let referrals = dossier.allSteps.filter { $0.code == "CC-SAISIE-AN" }
        #expect(referrals.map(\.date) == [CalendarDate(year: 2025, month: 3, day: 24), CalendarDate(year: 2025, month: 3, day: 27)])

        let conclusion = try #require(dossier.step(code: "CC-CONCLUSION"))
        let decision = try #require(conclusion.constitutionalDecision)
        #expect(decision.reference == "2025-878 DC")
        #expect(decision.ruling == "Partiellement conforme")
        #expect(decision.url?.hasSuffix("2025878DC.htm") == true)
        #expect(conclusion.date == CalendarDate(year: 2025, month: 4, day: 24))

        let publication = try #require(dossier.step(code: "PROM-PUB"))
        let law = try #require(publication.promulgation)
        #expect(law.lawNumber == "2025-379")
        #expect(publication.date == CalendarDate(year: 2025, month: 4, day: 28))
        #expect(law.title == "relative au renforcement de la sûreté dans les transports")
        #expect(law.journalDate == CalendarDate(year: 2025, month: 4, day: 29))
        #expect(law.nor == "INTX2404435L")
        #expect(publication.textRefs == ["PIONANR5L17BTA0075"])
    }
}
