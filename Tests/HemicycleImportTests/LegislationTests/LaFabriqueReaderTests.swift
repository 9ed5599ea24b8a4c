import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleTestSupport
import Testing

@Suite("La Fabrique de la Loi reader")
struct LaFabriqueReaderTests {
    @Test("articles by order, alinéas by key, an empty list for a deleted article")
    func fixture() throws {
        let text = try LaFabriqueReader.decode(try LegislationFixture.data("lafabrique-text.json"))
        #expect(text.id == "A13-3709")
        #expect(text.articles.map(\.title) == ["1er", "2", "3"])
        #expect(text.article("2")?.alineas == ["Premier alinéa.", "Deuxième alinéa.", "Dixième alinéa."])
        #expect(text.article("2")?.section == "T1")
        #expect(text.article("3")?.alineas == [])
        #expect(text.article("3")?.status == "supprimé")
        #expect(text.article("2")?.text == "Premier alinéa.\nDeuxième alinéa.\nDixième alinéa.")
    }

    @Test("a real stage of pjl09-200", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func realText() throws {
        let path = SharedData.url("law/lafabrique_textes_sample.zip").path
        var text: LawText?
        try DumpReader(path: path).forEachEntry { entry in
            if entry.name == "pjl09-200/procedure/05_1erelecture_assemblee_hemicycle/texte/texte.json" {
                text = try LaFabriqueReader.decode(entry.data, entry: entry.name, path: path)
            }
        }
        let stage = try #require(text)
        #expect(stage.id == "A13-ta510")
        #expect(stage.articles.count == 102)
        #expect(stage.articles.first?.title == "1er")
        #expect(stage.articles.first?.alineas.count == 66)
        #expect(stage.articles[3].title == "1er ter A")
        #expect(stage.articles[3].alineas.first?.hasPrefix("Après l'article L. 112-7 du même code") == true)
    }
}
