import HemicycleLegislation
import Testing

@Suite("Applying operations to a text")
struct ApplicationTests {
    /// A made-up article shaped like article 10 of loi n° 2023-380: parts I to XI, sentences.
    static let article = """
    I. – À titre expérimental et jusqu’au 31 mars 2025, les images peuvent faire l’objet de traitements. Ils sont autorisés par décret.
    II. – Les traitements ne peuvent pas utiliser de données biométriques.
    XI. – Le Gouvernement remet un rapport au Parlement. Ce rapport est remis au plus tard le 31 décembre 2024. Il est public.
    """

    @Test("amendment 237's two replacements, each in its own sentence")
    func amendment237() throws {
        let operations = AmendmentOperations.parse(DispositifParserTests.amendment237).operations
        let result = try AmendmentOperations.apply(operations, to: Self.article).get()
        #expect(result == """
        I. – À titre expérimental et jusqu’au 31 décembre 2027, les images peuvent faire l’objet de traitements. Ils sont autorisés par décret.
        II. – Les traitements ne peuvent pas utiliser de données biométriques.
        XI. – Le Gouvernement remet un rapport au Parlement. Ce rapport est remis au plus tard le 30 septembre 2027. Il est public.
        """)
    }

    @Test("words outside the targeted sentence are not found")
    func wrongSentence() {
        // The date is in the second sentence of XI, not the first.
        let operation = AmendmentOperation(target: EditTarget(part: "XI", sentence: .number(1)), edit: .replace(old: "31 décembre 2024", new: "2030"))
        let result = AmendmentOperations.apply([operation], to: Self.article)
        #expect(result == .failure(.notFound(words: "31 décembre 2024", scope: "sentence 1 of XI")))
        if case .failure(let error) = result {
            #expect(error.description == "not applicable: « 31 décembre 2024 » not found in sentence 1 of XI")
        }
    }

    @Test("a part that does not exist")
    func missingPart() {
        let operation = AmendmentOperation(target: EditTarget(part: "IV"), edit: .delete(text: "x"))
        #expect(AmendmentOperations.apply([operation], to: Self.article) == .failure(.noSuchUnit("part IV")))
    }

    @Test("ambiguous words are refused")
    func ambiguous() {
        let operation = AmendmentOperation(target: EditTarget(), edit: .replace(old: "rapport", new: "bilan"))
        #expect(AmendmentOperations.apply([operation], to: Self.article) == .failure(.ambiguous(words: "rapport", occurrences: 2, scope: "the text")))
    }

    @Test("insert after words, delete words, complete, insert and delete alinéas")
    func edits() throws {
        let text = "Les agents peuvent intervenir.\nIls sont armés dans les gares.\nDernier alinéa."
        let inserted = try AmendmentOperations.apply([AmendmentOperation(target: EditTarget(alineas: 1...1), edit: .insert(text: "assermentés", position: .after("agents")))], to: text).get()
        #expect(inserted == "Les agents assermentés peuvent intervenir.\nIls sont armés dans les gares.\nDernier alinéa.")

        let deleted = try AmendmentOperations.apply([AmendmentOperation(target: EditTarget(alineas: 2...2), edit: .delete(text: "dans les gares"))], to: text).get()
        #expect(deleted == "Les agents peuvent intervenir.\nIls sont armés.\nDernier alinéa.")

        let completed = try AmendmentOperations.apply([AmendmentOperation(target: EditTarget(alineas: 1...1), edit: .insert(text: ", sauf urgence", position: .atEnd))], to: text).get()
        #expect(completed.hasPrefix("Les agents peuvent intervenir, sauf urgence.\n"))

        let added = try AmendmentOperations.apply([AmendmentOperation(target: EditTarget(), edit: .insert(text: "Nouvel alinéa.", position: .afterAlinea(1)))], to: text).get()
        #expect(added.components(separatedBy: "\n") == ["Les agents peuvent intervenir.", "Nouvel alinéa.", "Ils sont armés dans les gares.", "Dernier alinéa."])

        let removed = try AmendmentOperations.apply([AmendmentOperation(target: EditTarget(alineaOrdinal: .fromEnd(1)), edit: .deleteUnit(.alinea))], to: text).get()
        #expect(removed == "Les agents peuvent intervenir.\nIls sont armés dans les gares.")

        let rewritten = try AmendmentOperations.apply([AmendmentOperation(target: EditTarget(alineas: 2...2), edit: .rewrite(unit: .alinea, newText: "Ils ne sont pas armés."))], to: text).get()
        #expect(rewritten == "Les agents peuvent intervenir.\nIls ne sont pas armés.\nDernier alinéa.")
    }

    @Test("an alinéa beyond the text")
    func missingAlinea() {
        let operation = AmendmentOperation(target: EditTarget(alineas: 9...9), edit: .delete(text: "x"))
        #expect(AmendmentOperations.apply([operation], to: "Une ligne.") == .failure(.noSuchUnit("alinéa 9")))
    }

    @Test("a failing operation stops the application: no partial text")
    func stops() {
        let operations = [
            AmendmentOperation(target: EditTarget(), edit: .replace(old: "Une", new: "La")),
            AmendmentOperation(target: EditTarget(), edit: .replace(old: "absent", new: "x")),
        ]
        #expect(AmendmentOperations.apply(operations, to: "Une ligne.") == .failure(.notFound(words: "absent", scope: "the text")))
    }
}
