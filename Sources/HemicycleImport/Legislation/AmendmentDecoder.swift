import Foundation
import HemicycleModel

/// Reads the Assemblée's amendment JSON (`{"amendement": {...}}`) into ``Amendment``.
///
/// The amendment files use the XML-schema nil object `{"@xsi:nil": "true"}` for every null,
/// bare objects for one-element lists, and HTML for the operative text and the explanatory
/// statement; all of that is absorbed here (see `ANJSONValue.swift` and ``HTMLText``).
public enum AmendmentDecoder {
    /// Decodes one amendment file.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - entry: the entry's path in the dump (`json/DLR5L16N49176/PIONANR5L17BTC0636/AMANR….json`);
    ///     the dossier uid is taken from its `DL…` folder, since the JSON does not carry it.
    ///   - path: the dump's path, for error messages.
    /// - Throws: ``ImportError/invalidJSON(path:entry:reason:)`` or
    ///   ``ImportError/invalidRecord(path:entry:uid:jsonPath:reason:)``.
    public static func decode(_ data: Data, entry: String = "", path: String = "") throws -> Amendment {
        var amendment = try ANRecordReader.read(data, path: path, entry: entry) { root throws(JSONValueError) in
            try RawAmendement(file: root).amendment
        }
        amendment.dossierRef = dossierRef(inEntry: entry)
        return amendment
    }

    /// Reads every amendment of a dump (a `.zip`, a folder, or a single file).
    public static func readAll(path: String) throws -> [Amendment] {
        var amendments: [Amendment] = []
        try DumpReader(path: path).forEachEntry { entry in
            amendments.append(try decode(entry.data, entry: entry.name, path: path))
        }
        return amendments
    }

    /// The `DL…` folder of an entry path, if any.
    static func dossierRef(inEntry entry: String) -> String? {
        entry.split(separator: "/").first { $0.hasPrefix("DL") && !$0.hasSuffix(".json") }.map(String.init)
    }

    /// Splits a published number: `"237 (Rect)"` → (237, "", rectified), `"CL2"` → (2, "CL", not).
    public static func parseNumber(_ label: String) -> (number: Int?, prefix: String, isRectified: Bool) {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        let prefix = String(trimmed.prefix { $0.isLetter })
        let digits = trimmed.dropFirst(prefix.count).prefix { $0.isNumber }
        let isRectified = trimmed.range(of: "rect", options: [.caseInsensitive]) != nil
        return (Int(digits), prefix, isRectified)
    }
}

/// `amendement`: names follow the JSON.
struct RawAmendement: ANRootRecord, Sendable {
    let amendment: Amendment

    static let rootKey: StaticString = "amendement"

    init(json c: JSONValue) throws(JSONValueError) {
        let uid = try c.requiredText("uid")
        let identification = try c.requiredObject("identification")
        let numberLabel = try identification.textOrEmpty("numeroLong")
        let parsed = AmendmentDecoder.parseNumber(numberLabel)
        let number = try identification.int("numeroOrdreDepot") ?? parsed.number
        let rectification = try identification.int("numeroRect") ?? 0

        var authors = AmendmentAuthors()
        if let signataires = c.objectIfAny("signataires") {
            if let auteur = signataires.objectIfAny("auteur") {
                authors.kind = try auteur.text("typeAuteur")
                authors.authorRef = try auteur.text("acteurRef")
                authors.groupRef = try auteur.text("groupePolitiqueRef")
                authors.governmentRef = try auteur.text("gouvernementRef")
            }
            // `cosignataires`: `{"acteurRef": "PA…"}` or `{"acteurRef": ["PA…", …]}`, or nil.
            if let cosignataires = try signataires.object("cosignataires") {
                var refs: [String] = []
                for ref in try cosignataires.list("acteurRef") {
                    if let text = try ref.anText() { refs.append(text) }
                }
                authors.cosignatoryRefs = refs
            }
            authors.label = try signataires.text("libelle").map(HTMLText.plainText)
        }

        var target = AmendmentTarget()
        if let pointeur = c.objectIfAny("pointeurFragmentTexte") {
            if let division = try pointeur.object("division") {
                target.division = try division.text("titre").map(HTMLText.plainText)
                target.shortDesignation = try division.text("articleDesignationCourte").map(HTMLText.plainText)
                target.isAdditionalArticle = try division.bool("articleAdditionnel") ?? false
            }
            if let standard = pointeur.objectIfAny("amendementStandard"), let alinea = try standard.object("alinea") {
                target.alinea = try alinea.int("numero")
                target.alineaDesignation = try alinea.text("alineaDesignation").map(HTMLText.plainText)
            }
        }

        var dispositif = ""
        var expose = ""
        if let contenu = c.objectIfAny("corps")?.objectIfAny("contenuAuteur") {
            dispositif = HTMLText.plainText(try contenu.textOrEmpty("dispositif"))
            expose = HTMLText.plainText(try contenu.textOrEmpty("exposeSommaire"))
        }

        let cycle = try c.requiredObject("cycleDeVie")
        let sort = try cycle.text("sort")
        let state = try cycle.objectIfAny("etatDesTraitements")?.objectIfAny("etat")?.text("libelle")

        let loi = c.objectIfAny("loiReference")
        amendment = Amendment(
            uid: uid,
            legislature: try c.int("legislature"),
            numberLabel: numberLabel,
            number: number,
            numberPrefix: parsed.prefix,
            isRectified: parsed.isRectified || rectification > 0,
            textRef: try c.textOrEmpty("texteLegislatifRef"),
            examinationRef: try c.text("examenRef"),
            target: target,
            authors: authors,
            fate: AmendmentFate(label: sort, processingState: state),
            fateLabel: sort ?? state,
            tabledOn: try cycle.date("dateDepot"),
            publishedOn: try cycle.date("datePublication"),
            decidedOn: try cycle.date("dateSort"),
            sittingRef: try c.text("seanceDiscussionRef"),
            operativeText: dispositif,
            explanatoryStatement: expose,
            lawReference: try loi?.text("codeLoi"),
            lawArticle: try loi?.text("divisionCodeLoi")
        )
    }
}
