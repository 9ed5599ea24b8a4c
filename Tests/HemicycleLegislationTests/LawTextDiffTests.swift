import HemicycleLegislation
import HemicycleModel
import Testing

@Suite("Text comparison")
struct LawTextDiffTests {
    @Test("word-level runs")
    func words() {
        let runs = LawTextDiff.compare(words: "jusqu’au 31 mars 2025, les images", "jusqu’au 31 décembre 2027, les images")
        #expect(runs == [.same("jusqu’au 31"), .deleted("mars 2025,"), .inserted("décembre 2027,"), .same("les images")])
    }

    @Test("alinéas: unchanged, modified, added, removed")
    func alineas() {
        let changes = LawTextDiff.compare(alineas: ["A un.", "B deux.", "C trois."], ["A un.", "B deux bis.", "D quatre.", "C trois."])
        #expect(changes == [
            .unchanged("A un."),
            .modified(old: "B deux.", new: "B deux bis.", words: [.same("B"), .deleted("deux."), .inserted("deux bis.")]),
            .added("D quatre."),
            .unchanged("C trois."),
        ])
        #expect(LawTextDiff.compare(alineas: ["X.", "Y."], ["Y."]) == [.removed("X."), .unchanged("Y.")])
    }

    @Test("articles matched by title; identical ones left out")
    func articles() {
        let before = LawText(id: "a", title: "t", articles: [
            LawArticle(title: "1er", alineas: ["Même texte."]),
            LawArticle(title: "2", alineas: ["Ancien texte."]),
            LawArticle(title: "3", alineas: ["Supprimé ensuite."]),
        ])
        let after = LawText(id: "b", title: "t", articles: [
            LawArticle(title: "1er", alineas: ["Même texte."]),
            LawArticle(title: "2", alineas: ["Nouveau texte."]),
            LawArticle(title: "2 bis", alineas: ["Ajouté."]),
        ])
        let changes = LawTextDiff.compare(before, after)
        #expect(changes == [
            .removed(LawArticle(title: "3", alineas: ["Supprimé ensuite."])),
            .modified(title: "2", alineas: [.modified(old: "Ancien texte.", new: "Nouveau texte.", words: [.deleted("Ancien"), .inserted("Nouveau"), .same("texte.")])]),
            .added(LawArticle(title: "2 bis", alineas: ["Ajouté."])),
        ])
        #expect(LawTextDiff.compare(before, before).isEmpty)
    }
}
