import HemicycleLegislation
import Testing

@Suite("Dispositif parser")
struct DispositifParserTests {
    /// The dispositif of amendment n° 237, as `HTMLText.plainText` renders it.
    static let amendment237 = """
    L’article 10 de la loi n° 2023-380 du 19 mai 2023 relative aux jeux Olympiques et Paralympiques de 2024 et portant diverses autres dispositions est ainsi modifié :
    1° À la première phrase du I, la date : « 31 mars 2025 » est remplacée par la date : « 31 décembre 2027 » ;
    2° À la deuxième phrase du XI, la date : « 31 décembre 2024 » est remplacée par la date : « 30 septembre 2027 ».
    """

    @Test("amendment 237: two date replacements in article 10 of loi n° 2023-380")
    func amendment237() throws {
        let parse = AmendmentOperations.parse(Self.amendment237)
        #expect(parse.coverage == .full)
        #expect(parse.leftover.isEmpty)
        try #require(parse.operations.count == 2)
        let law = "loi n° 2023-380 du 19 mai 2023"
        #expect(parse.operations[0].target == EditTarget(law: law, article: "10", part: "I", sentence: .number(1)))
        #expect(parse.operations[0].edit == .replace(old: "31 mars 2025", new: "31 décembre 2027"))
        #expect(parse.operations[1].target == EditTarget(law: law, article: "10", part: "XI", sentence: .number(2)))
        #expect(parse.operations[1].edit == .replace(old: "31 décembre 2024", new: "30 septembre 2027"))
    }

    /// Found by the mutation suite once the dumps were read in name order: a dispositif cut after
    /// its header announced changes and gave neither an operation nor a leftover.
    @Test("a header followed by nothing is a leftover, not dropped")
    func headerAlone() throws {
        let header = try #require(Self.amendment237.split(separator: "\n").first.map(String.init))
        let parse = AmendmentOperations.parse(header + "\n")
        #expect(parse.operations.isEmpty)
        #expect(parse.leftover == [header])
        #expect(parse.coverage != .full)
        // Followed by its items, the header is not a leftover.
        #expect(AmendmentOperations.parse(Self.amendment237).leftover.isEmpty)
    }

    @Test("Supprimer cet article.")
    func deleteArticle() {
        let parse = AmendmentOperations.parse("Supprimer cet article.")
        #expect(parse.operations.map(\.edit) == [.deleteArticle])
        #expect(parse.coverage == .full)
    }

    @Test("substituer, on several lines, then a consequential deletion")
    func substitute() throws {
        let parse = AmendmentOperations.parse("""
        I. – À la première phrase de l’alinéa 2, substituer aux mots :
        « sûreté des exploitants des »
        les mots :
        « sécurité ».
        II. – En conséquence, supprimer l’alinéa 3.
        """)
        try #require(parse.operations.count == 2)
        #expect(parse.operations[0].edit == .replace(old: "sûreté des exploitants des", new: "sécurité"))
        #expect(parse.operations[0].target == EditTarget(alineas: 2...2, sentence: .number(1)))
        #expect(parse.operations[1].edit == .deleteUnit(.alinea))
        #expect(parse.operations[1].target.alineas == 3...3)
    }

    @Test("insert after a word, on the same alinéa")
    func insertAfter() throws {
        let parse = AmendmentOperations.parse("""
        I. – À l’alinéa 5, substituer aux mots : « les agents » les mots : « ces agents ».
        II. – En conséquence, au même alinéa, après le mot :
        « public »,
        insérer les mots :
        « ou privé ».
        """)
        try #require(parse.operations.count == 2)
        #expect(parse.operations[1].edit == .insert(text: "ou privé", position: .after("public")))
        #expect(parse.operations[1].target.alineas == 5...5)
    }

    @Test("Après l’alinéa N, insérer deux alinéas; rédiger ainsi; compléter; supprimer les mots")
    func otherForms() throws {
        let inserted = AmendmentOperations.parse("Après l’alinéa 2, insérer les deux alinéas suivants :\n« Premier nouveau ; »\n« Second nouveau. »")
        #expect(inserted.operations.map(\.edit) == [.insert(text: "Premier nouveau ;\nSecond nouveau.", position: .afterAlinea(2))])

        let rewritten = AmendmentOperations.parse("Rédiger ainsi cet article :\n« Le texte nouveau. »")
        #expect(rewritten.operations.map(\.edit) == [.rewrite(unit: .article, newText: "Le texte nouveau.")])

        let completed = AmendmentOperations.parse("Compléter l’alinéa 4 par les mots : « , sauf urgence ».")
        #expect(completed.operations.map(\.edit) == [.insert(text: ", sauf urgence", position: .atEnd)])
        #expect(completed.operations.first?.target.alineas == 4...4)

        let deleted = AmendmentOperations.parse("À l’alinéa 7, supprimer les mots : « à titre expérimental ».")
        #expect(deleted.operations.map(\.edit) == [.delete(text: "à titre expérimental")])

        let removed = AmendmentOperations.parse("Les mots : « et des armes » sont supprimés.")
        #expect(removed.operations.map(\.edit) == [.delete(text: "et des armes")])

        let inserted2 = AmendmentOperations.parse("Après le mot : « transports », sont insérés les mots : « publics ».")
        #expect(inserted2.operations.map(\.edit) == [.insert(text: "publics", position: .after("transports"))])
    }

    @Test("a new article in a code")
    func addArticle() throws {
        let parse = AmendmentOperations.parse("""
        Après l’article L. 2251-4-2 du code des transports, il est inséré un article L. 2251-4-3 ainsi rédigé :
        « Art. L. 2251-4-3. – Les agents peuvent… »
        """)
        try #require(parse.operations.count == 1)
        #expect(parse.operations[0].edit == .addArticle(text: "Art. L. 2251-4-3. – Les agents peuvent…"))
        #expect(parse.operations[0].target.law == "code des transports")
        #expect(parse.operations[0].target.article == "L. 2251-4-2")
    }

    @Test("nested items inherit their headers: law, article, part, item")
    func nested() throws {
        let parse = AmendmentOperations.parse("""
        Le code de la sécurité intérieure est ainsi modifié :
        1° L’article L. 613-3 est ainsi modifié :
        a) Au 3°, le mot : « peut » est remplacé par le mot : « doit » ;
        b) Le dernier alinéa est supprimé ;
        2° À l’article L. 511-1, les mots : « du maire » sont supprimés.
        """)
        #expect(parse.coverage == .full)
        try #require(parse.operations.count == 3)
        #expect(parse.operations[0].target == EditTarget(law: "code de la sécurité intérieure", article: "L. 613-3", items: ["3°"]))
        #expect(parse.operations[0].edit == .replace(old: "peut", new: "doit"))
        #expect(parse.operations[1].edit == .deleteUnit(.alinea))
        #expect(parse.operations[1].target.alineaOrdinal == .fromEnd(1))
        #expect(parse.operations[1].target.article == "L. 613-3")
        // The 2° item closes the 1° header: its article is its own.
        #expect(parse.operations[2].target == EditTarget(law: "code de la sécurité intérieure", article: "L. 511-1"))
    }

    @Test("partial and none keep the text not understood")
    func coverage() {
        let partial = AmendmentOperations.parse("Supprimer cet article.\nFaire quelque chose d’inconnu.")
        #expect(partial.coverage == .partial)
        #expect(partial.leftover == ["Faire quelque chose d’inconnu."])
        let none = AmendmentOperations.parse("Texte libre sans forme connue.")
        #expect(none.coverage == .none)
        #expect(none.leftover == ["Texte libre sans forme connue."])
        #expect(AmendmentOperations.parse("").coverage == .none)
    }

    @Test("an unclosed quote keeps its text")
    func unclosedQuote() {
        let parse = AmendmentOperations.parse("À l’alinéa 2, supprimer les mots : « sans fin")
        #expect(parse.operations.map(\.edit) == [.delete(text: "sans fin")])
    }
}
