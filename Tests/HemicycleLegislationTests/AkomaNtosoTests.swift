import Foundation
import HemicycleImport
@testable import HemicycleLegislation
import HemicycleModel
import HemicycleTestSupport
import Testing

@Suite("Akoma Ntoso (LegalDocML.de): reading and consolidating")
struct AkomaNtosoTests {
    static let original = "eli/bund/bgbl-1/1964/s593/1964-08-05/1/deu/1964-08-05/regelungstext-verkuendung-1.xml"
    static let amending = "eli/bund/bgbl-1/2017/s419/2017-03-15/1/deu/2022-08-23/regelungstext-verkuendung-1.xml"
    static let consolidated = "eli/bund/bgbl-1/1964/s593/2017-03-16/1/deu/2017-03-15/regelungstext-verkuendung-1.xml"

    static func documents() throws -> [String: AkomaNtoso.Document] {
        var reader = try DumpReader(path: SharedData.url("law/akn_legaldocml_de_sample.zip").path)
        reader.acceptedSuffixes = [".xml"]
        var result: [String: AkomaNtoso.Document] = [:]
        try reader.forEachEntry { entry in
            if [original, amending, consolidated].contains(entry.name) {
                result[entry.name] = try AkomaNtoso.read(entry.data, file: entry.name)
            }
        }
        return result
    }

    @Test("applying BGBl. I 2017 S. 419 to the Vereinsgesetz: one replacement, and the one difference with the published consolidation explained",
          .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func consolidation() throws {
        let docs = try Self.documents()
        let original = try #require(docs[Self.original])
        let amending = try #require(docs[Self.amending])
        let consolidated = try #require(docs[Self.consolidated])
        #expect(original.text.articles.map(\.title) == ["§ 20", "Artikel 34"])
        #expect(amending.modifications.count == 1)
        let (result, outcomes) = AkomaNtosoConsolidation.apply(amending, to: original)
        #expect(outcomes.count == 1)
        #expect(outcomes[0].problem == nil)
        #expect(outcomes[0].article == "§ 20")
        // The destination eId (hauptteil-1_art-1_…_listenelem-2_…) uses another numbering than
        // the original's elements (art-z20_…_listenelem-n2_…); the character range 9–34 of the
        // target does hold the quoted old words, in exactly one block.
        #expect(outcomes[0].locatedBy?.hasPrefix("character range 9-34") == true)
        let changed = try #require(result.article("§ 20")?.alineas.first { $0.contains("Kennzeichen") })
        #expect(changed == "entgegen § 9 Absatz 1 Satz 2, Absatz 2 oder 3 Kennzeichen eines verbotenen Vereins oder einer Ersatzorganisation verwendet,")

        // The published "consolidated" fixture (2017-03-16) has the same body as the 1964 original:
        // only its metadata (dates, ELI, notes) changed. So it does not contain the amendment, and
        // the comparison lists exactly that one alinéa of § 20 as the difference.
        #expect(LawTextDiff.compare(original.text, consolidated.text).isEmpty)
        let differences = LawTextDiff.compare(consolidated.text, result)
        #expect(differences.count == 1)
        guard case .modified(let title, let alineas)? = differences.first else {
            Issue.record("expected one modified article, got \(differences)")
            return
        }
        #expect(title == "§ 20")
        let modified = alineas.compactMap { change -> [LawTextDiff.WordChange]? in
            if case .modified(_, _, let words) = change { return words }
            return nil
        }
        // Worked out by hand: "Abs." becomes "Absatz" twice, and "oder 3" is added.
        #expect(modified == [[
            .same("entgegen § 9"), .deleted("Abs."), .inserted("Absatz"), .same("1 Satz 2,"), .deleted("Abs."), .inserted("Absatz"),
            .same("2"), .inserted("oder 3"), .same("Kennzeichen eines verbotenen Vereins oder einer Ersatzorganisation verwendet,"),
        ]])
    }

    static let act = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akn:akomaNtoso xmlns:akn="http://Inhaltsdaten.LegalDocML.de/1.8.2/"><akn:act><akn:body>
          <akn:article eId="art-z1"><akn:num>§ 1</akn:num>
            <akn:paragraph><akn:content><akn:p eId="art-z1_p1">Die Frist beträgt drei
               Monate.</akn:p></akn:content></akn:paragraph>
          </akn:article></akn:body></akn:act></akn:akomaNtoso>
        """

    static func amendingAct(old: String, new: String, kind: String = "aenderungsbefehl-ersetzen") -> String {
        """
        <akn:akomaNtoso xmlns:akn="http://Inhaltsdaten.LegalDocML.de/1.8.2/"><akn:act><akn:body><akn:article><akn:num>Artikel 1</akn:num>
          <akn:p><akn:mod eId="m1" refersTo="\(kind)">In <akn:ref href="x/art-z1_p1.xml">§ 1</akn:ref> wird
          <akn:quotedText>\(old)</akn:quotedText> durch <akn:quotedText>\(new)</akn:quotedText> ersetzt.</akn:mod></akn:p>
        </akn:article></akn:body></akn:act></akn:akomaNtoso>
        """
    }

    @Test("a hand-built act: whitespace normalised, a replacement applied by its quoted words")
    func handBuilt() throws {
        let act = try AkomaNtoso.read(Data(Self.act.utf8), file: "act.xml")
        #expect(act.text.articles == [LawArticle(title: "§ 1", alineas: ["Die Frist beträgt drei Monate."])])
        let amending = try AkomaNtoso.read(Data(Self.amendingAct(old: "drei", new: "sechs").utf8), file: "amending.xml")
        #expect(amending.modifications.first?.targetEId == "art-z1_p1.xml" || amending.modifications.first?.targetEId != nil)
        let (result, outcomes) = AkomaNtosoConsolidation.apply(amending, to: act)
        #expect(outcomes.map(\.problem) == [nil])
        #expect(result.articles.first?.alineas == ["Die Frist beträgt sechs Monate."])
    }

    @Test("bad input: malformed XML, words not in the text, a command that is not a replacement")
    func badInput() throws {
        #expect(throws: AkomaNtoso.ReadError.self) { try AkomaNtoso.read(Data("<akn:akomaNtoso><akn:p>".utf8), file: "broken.xml") }
        #expect(throws: AkomaNtoso.ReadError.self) { try AkomaNtoso.read(Data("<html><body/></html>".utf8), file: "page.xml") }
        // Found by LegislationMutationFuzzTests: one byte of the root element's name turned into
        // 0xF4, which made Foundation's XMLParser trap. Refused before parsing, naming the byte.
        let invalid = try Data(contentsOf: SharedData.fixture("legislation/akn-invalid-utf8-name.xml"))
        #expect(invalid[45] == 0xF4)
        let error = try #require(throws: AkomaNtoso.ReadError.self) { try AkomaNtoso.read(invalid, file: "invalid.xml") }
        #expect(error.description == "invalid.xml: not an Akoma Ntoso document: not valid UTF-8 at byte 45")
        let act = try AkomaNtoso.read(Data(Self.act.utf8), file: "act.xml")
        let missing = try AkomaNtoso.read(Data(Self.amendingAct(old: "vier", new: "sechs").utf8), file: "a.xml")
        let (unchanged, outcomes) = AkomaNtosoConsolidation.apply(missing, to: act)
        #expect(outcomes.first?.problem?.hasPrefix("not applicable: « vier » not found") == true)
        #expect(unchanged == act.text)
        let other = try AkomaNtoso.read(Data(Self.amendingAct(old: "drei", new: "x", kind: "aenderungsbefehl-einfuegen").utf8), file: "b.xml")
        #expect(AkomaNtosoConsolidation.apply(other, to: act).outcomes.first?.problem?.contains("only replacements") == true)
    }
}

@Suite("What XML input is refused before parsing")
struct XMLInputCheckTests {
    @Test("markup Foundation's XMLParser crashes on", arguments: [
        ("<a><?pi?></a>", "a processing instruction without data at byte 3"),
        ("<a><?pi ?></a>", nil),
        ("<a><?pi data?></a>", nil),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>", nil),
        ("<!DOCTYPE a [<!ATTLIST a b CDATA #IMPLIED>]><a/>", "a document type declaration (<!DOCTYPE) at byte 0: DTDs are not read"),
        ("<a/><!DOCTYPE a>", "a document type declaration (<!DOCTYPE) at byte 4: DTDs are not read"),
        // Everywhere: in a comment or CDATA too (libxml2 recovers from errors, so where a comment
        // ends in a broken file is its call), and nested in a broken target (a fuzzed file).
        ("<a><!-- <?pi?> --></a>", "a processing instruction without data at byte 8"),
        ("<a><![CDATA[<!DOCTYPE a>]]></a>", "a document type declaration (<!DOCTYPE) at byte 12: DTDs are not read"),
        ("<a<?xml ver5\"?>\n<kn<?<a<?xma?>", "a processing instruction without data at byte 23"),
        ("<a><?", nil),
        ("<a>« Le délai » <b/></a>", nil),
    ] as [(String, String?)])
    func markup(xml: String, problem: String?) {
        #expect(XMLInputCheck.problem(in: Data(xml.utf8)) == problem)
    }

    @Test("what the check lets through reads, or is refused with a ReadError")
    func allowedFormsDoNotCrash() {
        for xml in ["<a><?pi ?></a>", "<a><?pi\t?></a>", "<a><!----></a>", "<a><![CDATA[]]></a>", "<a>&x;</a>", "<a><b></a>"] {
            do {
                _ = try AkomaNtoso.read(Data(xml.utf8), file: "allowed.xml")
            } catch {
                #expect(error is AkomaNtoso.ReadError)
            }
        }
    }

    @Test("the fuzzer's crashes: processing instructions without data, refused naming the file", arguments: [
        ("legislation/akn-pi-without-data.xml", 21),
        ("legislation/akn-pi-without-data-nested.xml", 23),
    ])
    func fuzzedProcessingInstruction(fixture: String, offset: Int) throws {
        let data = try Data(contentsOf: SharedData.fixture(fixture))
        let error = try #require(throws: AkomaNtoso.ReadError.self) { try AkomaNtoso.read(data, file: "pi.xml") }
        #expect(error.description == "pi.xml: not an Akoma Ntoso document: a processing instruction without data at byte \(offset)")
    }

    @Test("well-formed UTF-8, and the offset of the first byte that is not", arguments: [
        ([UInt8](), nil),
        (Array("Die Frist beträgt drei Monate. « » – 😀".utf8), nil),
        ([0x61, 0x62, 0xC3], 2),                 // a two-byte sequence cut at the end
        ([0x61, 0xC0, 0xAF], 1),                 // an overlong encoding of "/"
        ([0xED, 0xA0, 0x80], 0),                 // a UTF-16 surrogate encoded as UTF-8
        ([0x61, 0x80, 0x62], 1),                 // a lone continuation byte
        ([0x3C, 0x61, 0xF4, 0x6F, 0x3E], 2),     // the fuzzed element name
        ([0xF4, 0x90, 0x80, 0x80], 0),           // beyond U+10FFFF
        ([0xFF, 0xFE, 0x3C, 0x00], 0),           // a UTF-16 byte-order mark
    ] as [([UInt8], Int?)])
    func firstInvalidOffset(bytes: [UInt8], expected: Int?) {
        #expect(XMLInputCheck.firstInvalidUTF8Offset(in: Data(bytes)) == expected)
    }
}

@Suite("Operation descriptions")
struct OperationDescriptionTests {
    @Test("targets and edits read in plain English")
    func summaries() {
        let target = EditTarget(law: "loi n° 2023-380 du 19 mai 2023", article: "10", part: "XI", sentence: .number(2))
        #expect(target.summary == "loi n° 2023-380 du 19 mai 2023, article 10, XI, sentence 2")
        #expect(EditTarget().summary == "the amended article")
        #expect(EditTarget(alineas: 3...5).summary == "alinéas 3–5")
        let edit = AmendmentEdit.replace(old: "31 décembre 2024", new: "30 septembre 2027")
        #expect(edit.summary == "replace « 31 décembre 2024 » by « 30 septembre 2027 »")
        #expect(edit.kind == "replace")
        #expect(AmendmentEdit.rewriteEnd(after: "mots", newText: "").summary == "delete everything after « mots »")
        #expect(AmendmentEdit.deleteUnit(.alinea).kind == "delete_unit")
    }
}
