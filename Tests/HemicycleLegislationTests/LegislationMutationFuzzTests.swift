import Foundation
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
import HemicycleTestSupport
import Testing

/// Edits a text the way a careless hand or a broken export does, at the level of Unicode scalars:
/// removals, truncations, duplicated slices, and insertions of what matters to the dispositif
/// parser (quotes, markers, the parser's own `⟨n⟩` placeholders, line breaks) and to text handling
/// in general (combining marks, no-break spaces, bidirectional marks, a byte-order mark, emoji).
enum TextMutation {
    static let tokens: [String] = [
        "«", "»", "« ", " »", "\"", "⟨0⟩", "⟨1⟩", "⟨99⟩", "⟨", "⟩", "\n", "\n\n", "« X »\n", "1° ", "12° bis ", "I. – ",
        "XI. - ", "a) ", "b)", "°", "–", "—", "’", " : ", ";", ".", ",", "alinéa ", "alinéas 3 à 1 ", "phrase ",
        "occurrence ", "première ", "dernière ", "avant-dernier ", "article ", "L. 123-4 ", "supprimer ", "substituer ",
        "insérer ", "rédiger ainsi ", "compléter ", "après ", "avant ", "ainsi modifié :", "les mots : ", "la date : ",
        "procéder à la même substitution ", "\u{0301}", "\u{0300}\u{0327}", "\u{00A0}", "\u{202F}", "\u{200F}",
        "\u{202E}", "\u{FEFF}", "\u{2028}", "\u{0000}", "\u{1F5F3}\u{FE0F}", "0", "9999999999999999999999",
    ]

    /// `text` with 1…6 edits drawn from `rng`, insertions taken from `tokens`.
    static func mutate(_ text: String, tokens: [String] = tokens, using rng: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let i = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0 where !scalars.isEmpty: scalars.remove(at: i)
            case 1 where !scalars.isEmpty: scalars.removeSubrange(i..<scalars.count)
            case 2 where !scalars.isEmpty:
                let j = min(scalars.count, i + Int.random(in: 1...80, using: &rng))
                scalars.insert(contentsOf: scalars[i..<j], at: i)
            case 3 where !scalars.isEmpty:
                // A slice moved elsewhere: instructions out of order, a quote closed before it opens.
                let j = min(scalars.count, i + Int.random(in: 1...40, using: &rng))
                let slice = Array(scalars[i..<j])
                scalars.removeSubrange(i..<j)
                scalars.insert(contentsOf: slice, at: Int.random(in: 0...scalars.count, using: &rng))
            default:
                let token = tokens[Int.random(in: 0..<tokens.count, using: &rng)]
                scalars.insert(contentsOf: token.unicodeScalars, at: i)
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}

/// Bounded mutation fuzzing of the readers of legislative texts, as `MutationFuzzTests` does for
/// the ballot dumps: the dispositif parser and the applier, the HTML-to-text scanner and the
/// amendment decoder must each return a result or a typed error on any input — never trap,
/// never hang. Seeds: hand-written dispositifs, and the 503 real ones of the VSA bill when
/// `../shared/data` is there.
@Suite("Mutation fuzzing of the legislative readers (smoke)")
struct LegislationMutationFuzzTests {
    /// Hand-written seeds, one per drafting form the parser knows, so that the suite fuzzes
    /// something without the shared data too.
    static let handWritten: [String] = [
        DispositifParserTests.amendment237,
        "Supprimer cet article.",
        "À l’alinéa 5, substituer aux mots :\n« la commission »\nles mots :\n« le comité ».\nEn conséquence, procéder à la même substitution aux alinéas 7 à 9 et 12.",
        "Après l’alinéa 2, insérer les deux alinéas suivants :\n« Le préfet est informé. »\n« Il peut s’y opposer. »",
        "Rédiger ainsi cet article :\n« Art. 1er. – Le présent article est abrogé. »",
        "Compléter l’alinéa 3 par la phrase suivante :\n« Ce délai est de trois mois. »",
        "Le code de la sécurité intérieure est ainsi modifié :\n1° L’article L. 251-2 est ainsi modifié :\na) Au premier alinéa, le mot : « ou » est remplacé par le signe : « , » ;\nb) Le dernier alinéa est supprimé ;\n2° Après le même article, il est inséré un article ainsi rédigé :\n« Art. L. 251-3. – Les images sont détruites. »",
        "À la deuxième phrase du XI, la date : « 31 décembre 2024 » est remplacée par la date : « 30 septembre 2027 ».",
    ]

    static func seeds() throws -> [String] {
        guard SharedData.isAvailable else { return handWritten }
        let real = try AmendmentDecoder.readAll(path: SharedData.url("an/Amendements_DLR5L16N49176.json.zip").path)
            .map(\.operativeText).filter { !$0.isEmpty }
        return handWritten + real
    }

    @Test("the dispositif parser and the applier return on every mutated dispositif")
    func dispositifs() throws {
        let seeds = try Self.seeds()
        var rng = SplitMix64(state: 0x4D49_5350_4F53)
        var parsed = 0, operations = 0, applied = 0, refused = 0
        for round in 0..<(seeds.count > 100 ? 4 : 60) {
            for seed in seeds {
                let dispositif = TextMutation.mutate(seed, using: &rng)
                let parse = AmendmentOperations.parse(dispositif, insertsArticle: round % 2 == 1)
                parsed += 1
                // Whatever was read, every instruction is accounted for: an operation or a leftover.
                if dispositif.contains(where: { $0.isLetter || $0.isNumber }) {
                    #expect(!parse.operations.isEmpty || !parse.leftover.isEmpty, "nothing read and nothing left over from: \(dispositif.debugDescription)")
                }
                operations += parse.operations.count
                let text = TextMutation.mutate(ApplicationTests.article, using: &rng)
                for operation in parse.operations {
                    _ = operation.target.summary + operation.edit.summary
                    switch AmendmentOperations.apply(operation, to: text) {
                    case .success: applied += 1
                    case .failure(let error): refused += 1; _ = error.description
                    }
                }
            }
        }
        #expect(operations == applied + refused)
        #expect(operations > parsed / 4, "mutations should leave most dispositifs readable")
        #expect(applied > 0 && refused > 0)
    }

    @Test("HTML to plain text returns on every mutated fragment, and never grows an entity")
    func htmlFragments() throws {
        let seeds = try Self.seeds().prefix(120)
        let markup = ["<", ">", "</p>", "<p>", "<br/>", "<br", "&", "&amp;", "&#", "&#x", "&#171;", "&#x1F600;",
                      "&#99999999999;", "&#xD800;", "&#0;", "&laquo", "&nbsp;", "<!--", "-->", "<a href=\"&quot;\">", "\u{0301}"]
        var rng = SplitMix64(state: 0x48_544D_4C)
        for seed in seeds {
            for _ in 0..<5 {
                var html = "<p>" + seed.replacingOccurrences(of: "\n", with: "</p><p>") + "</p>"
                for _ in 0..<Int.random(in: 1...6, using: &rng) {
                    let scalars = html.unicodeScalars
                    let offset = Int.random(in: 0...scalars.count, using: &rng)
                    let index = scalars.index(scalars.startIndex, offsetBy: offset)
                    html.unicodeScalars.insert(contentsOf: markup[Int.random(in: 0..<markup.count, using: &rng)].unicodeScalars, at: index)
                }
                let text = HTMLText.plainText(html)
                // Lines are trimmed and never empty; tags and decoded entities never add more
                // scalars than the fragment had (an entity is at least as long as what it stands for).
                if !text.isEmpty { #expect(!text.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.isEmpty }) }
                #expect(text.unicodeScalars.count <= html.unicodeScalars.count)
            }
        }
    }

    /// A legislative dump reader under test: a fixture, and how to read one file of its kind.
    struct JSONReader: CustomTestStringConvertible, Sendable {
        let fixture: String
        let read: @Sendable (_ path: String) throws -> Void
        var testDescription: String { fixture }
    }

    static let jsonReaders: [JSONReader] = [
        JSONReader(fixture: "legislation/amendment-quirks.json") { path in
            for amendment in try AmendmentDecoder.readAll(path: path) {
                _ = AmendmentOperations.parse(amendment.operativeText, insertsArticle: amendment.target.isAdditionalArticle)
            }
        },
        JSONReader(fixture: "legislation/dossier-bare-acts.json") { path in _ = try DossierDecoder.readAll(path: path) },
        JSONReader(fixture: "legislation/lafabrique-text.json") { path in
            _ = try LaFabriqueReader.decode(Data(contentsOf: URL(fileURLWithPath: path)), entry: "", path: path)
        },
    ]

    @Test("the legislative JSON readers read or refuse, naming the file, every mutated file", arguments: jsonReaders)
    func legislativeJSON(reader: JSONReader) throws {
        let original = try [UInt8](Data(contentsOf: SharedData.fixture(reader.fixture)))
        let punctuation: [[UInt8]] = "{}[]\",:0n1-tfe\\ <>&;".utf8.map { [$0] } + [Array("\\u00".utf8), Array("\\ud800".utf8)]
        let mutations: [ByteMutation] = [.flip, .remove, .insert(punctuation), .truncate, .duplicate]
        var rng = SplitMix64(state: UInt64(reader.fixture.utf8.count) &* 0x414D_454E_44)
        let folder = try SharedData.temporaryFolder()
        let stem = URL(fileURLWithPath: reader.fixture).deletingPathExtension().lastPathComponent
        let outcome = try FileMutationRun(mutations: mutations, maxEdits: 8).run(
            seed: original, rounds: 300, using: &rng, in: folder, fileName: { "\(stem)-\($0).json" }, refusal: ImportError.self
        ) { file in try reader.read(file.path) }
        #expect(outcome.unnamed.isEmpty, "errors that do not name their file: \(outcome.unnamed.prefix(3))")
        #expect(outcome.read + outcome.refused == 300)
        #expect(outcome.refused > 0, "mutations should break some files")
    }

    @Test("the Akoma Ntoso reader reads or refuses, naming the file, every mutated act")
    func akomaNtoso() throws {
        let markup: [[UInt8]] = ["<", ">", "/", "\"", "=", "&", "&amp;", "&#0;", "&#x110000;", "<!--", "]]>", "<![CDATA[",
                                 "<akn:p>", "</akn:p>", "<!DOCTYPE a [<!ENTITY x \"y\">]>", "&x;", "\u{0}"].map { Array($0.utf8) }
        let mutations: [ByteMutation] = [.flip, .remove, .insert(markup), .truncate, .duplicate]
        var rng = SplitMix64(state: 0x414B_4E)
        var read = 0, refused = 0
        for (index, seed) in [AkomaNtosoTests.act, AkomaNtosoTests.amendingAct(old: "drei", new: "sechs")].enumerated() {
            let act = try AkomaNtoso.read(Data(AkomaNtosoTests.act.utf8), file: "act.xml")
            for iteration in 0..<150 {
                var bytes = Array(seed.utf8)
                for _ in 0..<Int.random(in: 1...6, using: &rng) where !bytes.isEmpty {
                    ByteMutation.apply(oneOf: mutations, to: &bytes, at: Int.random(in: 0..<bytes.count, using: &rng), using: &rng)
                }
                let file = "mutated-\(index)-\(iteration).xml"
                do {
                    let document = try AkomaNtoso.read(Data(bytes), file: file)
                    _ = AkomaNtosoConsolidation.apply(document, to: act)
                    read += 1
                } catch let error as AkomaNtoso.ReadError {
                    #expect(error.description.hasPrefix(file))
                    refused += 1
                }
            }
        }
        #expect(read + refused == 300)
        #expect(read > 0 && refused > 0)
    }

    @Test("the decision parser reads or refuses every mutated decision, and the linker returns on what it reads")
    func decisions() throws {
        let html = try String(contentsOf: SharedData.fixture("legislation/decision-2025-878-DC.html"), encoding: .utf8)
        let plain = HTMLText.plainText(html)
        // What makes the Council's layout: its title, the operative part, list markers, article
        // numbers, laws cited, the cavalier section's words, and the HTML around them.
        let tokens = ["Décision n° 2025-878 DC du 24 avril 2025", "Décision n° ", " DC du ", "1er ", "31 février ",
                      "LE CONSEIL CONSTITUTIONNEL DÉCIDE :", "DÉCIDE :", "Article 1er. - ", "Article 2. - ", "Sont contraires à la Constitution ",
                      "sont conformes à la Constitution", "Sous la réserve énoncée au paragraphe 99999999999999999999, ", "- les articles ",
                      "5, 12, 13, 15 et 22", " et ", "les mots « ", " »", "« ", "L'article 15 modifie l'article 10 de la loi du 19 mai 2023",
                      "la loi n° 2023-380 du 19 mai 2023", "de la loi du ", "72. ", "0. ", "- Sur la place d'autres dispositions dans la loi déférée :",
                      "cavaliers", "article 45 de la Constitution", "\n", "<p>", "</p>", "<br>", "&nbsp;", "&#8217;", "\u{2019}", "\u{A0}",
                      "\u{202E}", "\u{0301}", "\u{0000}"]
        var rng = SplitMix64(state: 0x4443_3837_38)
        var read = 0, refused = 0, rulings = 0
        for (index, seed) in [html, plain].enumerated() {
            for _ in 0..<(index == 0 ? 30 : 60) {
                let text = TextMutation.mutate(seed, tokens: tokens, using: &rng)
                do {
                    let decision = try ConstitutionalDecisionParser.parse(text)
                    read += 1
                    for law in ["2023-380", "code des transports"] {
                        for article in ["10", "15", "L.2251-4-2"] {
                            let amendment = ConstitutionalDecisionTests.amendment(law: law, article: article)
                            if ProvisionLinker.ruling(for: amendment, in: decision, decisionURL: nil) != nil { rulings += 1 }
                        }
                    }
                } catch is ConstitutionalDecisionParser.ParseError {
                    refused += 1
                }
            }
        }
        #expect(read + refused == 90)
        #expect(read > 0 && refused > 0, "mutations should leave some decisions readable and break others")
        #expect(rulings > 0, "some mutated decisions should still link amendment 237 to its article")
    }
}
