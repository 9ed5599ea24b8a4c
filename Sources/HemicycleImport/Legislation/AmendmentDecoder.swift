import Foundation
import HemicycleModel

/// Reads the Assemblée's amendment JSON (`{"amendement": {...}}`) into ``Amendment``.
///
/// The amendment files use the XML-schema nil object `{"@xsi:nil": "true"}` for every null,
/// bare objects for one-element lists, and HTML for the operative text and the explanatory
/// statement; all of that is absorbed here (see `ANJSON.swift` and ``HTMLText``).
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
        var amendment = try LegislationJSON.decode(RawAmendementFile.self, from: data, entry: entry, path: path).amendement.amendment
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

struct RawAmendementFile: Decodable, Sendable {
    let amendement: RawAmendement
}

/// `amendement`: names follow the JSON.
struct RawAmendement: Decodable, Sendable {
    let amendment: Amendment

    enum CodingKeys: String, CodingKey {
        case uid, legislature, identification, examenRef, texteLegislatifRef, signataires, pointeurFragmentTexte, corps, cycleDeVie, seanceDiscussionRef, loiReference
    }
    enum IdentificationKeys: String, CodingKey { case numeroLong, numeroOrdreDepot, numeroRect }
    enum SignatairesKeys: String, CodingKey { case auteur, cosignataires, libelle }
    enum AuteurKeys: String, CodingKey { case typeAuteur, gouvernementRef, acteurRef, groupePolitiqueRef }
    enum CosignatairesKeys: String, CodingKey { case acteurRef }
    enum PointeurKeys: String, CodingKey { case division, amendementStandard }
    enum DivisionKeys: String, CodingKey { case titre, articleDesignationCourte, articleAdditionnel }
    enum StandardKeys: String, CodingKey { case alinea }
    enum AlineaKeys: String, CodingKey { case numero, alineaDesignation }
    enum CorpsKeys: String, CodingKey { case contenuAuteur }
    enum ContenuKeys: String, CodingKey { case dispositif, exposeSommaire }
    enum CycleKeys: String, CodingKey { case dateDepot, datePublication, dateSort, sort, etatDesTraitements }
    enum EtatsKeys: String, CodingKey { case etat }
    enum EtatKeys: String, CodingKey { case libelle }
    enum LoiKeys: String, CodingKey { case codeLoi, divisionCodeLoi }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let uid = try c.requiredText(.uid)
        let identification = try c.nestedContainer(keyedBy: IdentificationKeys.self, forKey: .identification)
        let numberLabel = try identification.textOrEmpty(.numeroLong)
        let parsed = AmendmentDecoder.parseNumber(numberLabel)
        let number = try identification.int(.numeroOrdreDepot) ?? parsed.number
        let rectification = try identification.int(.numeroRect) ?? 0

        var authors = AmendmentAuthors()
        if let signataires = try? c.nestedContainer(keyedBy: SignatairesKeys.self, forKey: .signataires) {
            if let auteur = try? signataires.nestedContainer(keyedBy: AuteurKeys.self, forKey: .auteur) {
                authors.kind = try auteur.text(.typeAuteur)
                authors.authorRef = try auteur.text(.acteurRef)
                authors.groupRef = try auteur.text(.groupePolitiqueRef)
                authors.governmentRef = try auteur.text(.gouvernementRef)
            }
            if let cosignataires = try signataires.object(.cosignataires, of: RawCosignataires.self) {
                authors.cosignatoryRefs = cosignataires.refs
            }
            authors.label = try signataires.text(.libelle).map(HTMLText.plainText)
        }

        var target = AmendmentTarget()
        if let pointeur = try? c.nestedContainer(keyedBy: PointeurKeys.self, forKey: .pointeurFragmentTexte) {
            if let division = try pointeur.object(.division, of: RawDivision.self) {
                target.division = division.titre.map(HTMLText.plainText)
                target.shortDesignation = division.courte.map(HTMLText.plainText)
                target.isAdditionalArticle = division.additionnel
            }
            if let standard = try? pointeur.nestedContainer(keyedBy: StandardKeys.self, forKey: .amendementStandard),
               let alinea = try standard.object(.alinea, of: RawAlinea.self) {
                target.alinea = alinea.numero
                target.alineaDesignation = alinea.designation.map(HTMLText.plainText)
            }
        }

        var dispositif = ""
        var expose = ""
        if let corps = try? c.nestedContainer(keyedBy: CorpsKeys.self, forKey: .corps),
           let contenu = try? corps.nestedContainer(keyedBy: ContenuKeys.self, forKey: .contenuAuteur) {
            dispositif = HTMLText.plainText(try contenu.textOrEmpty(.dispositif))
            expose = HTMLText.plainText(try contenu.textOrEmpty(.exposeSommaire))
        }

        let cycle = try c.nestedContainer(keyedBy: CycleKeys.self, forKey: .cycleDeVie)
        let sort = try cycle.text(.sort)
        var state: String?
        if let etats = try? cycle.nestedContainer(keyedBy: EtatsKeys.self, forKey: .etatDesTraitements),
           let etat = try? etats.nestedContainer(keyedBy: EtatKeys.self, forKey: .etat) {
            state = try etat.text(.libelle)
        }

        var lawReference: String?
        var lawArticle: String?
        if let loi = try? c.nestedContainer(keyedBy: LoiKeys.self, forKey: .loiReference) {
            lawReference = try loi.text(.codeLoi)
            lawArticle = try loi.text(.divisionCodeLoi)
        }

        amendment = Amendment(
            uid: uid,
            legislature: try c.int(.legislature),
            numberLabel: numberLabel,
            number: number,
            numberPrefix: parsed.prefix,
            isRectified: parsed.isRectified || rectification > 0,
            textRef: try c.textOrEmpty(.texteLegislatifRef),
            examinationRef: try c.text(.examenRef),
            target: target,
            authors: authors,
            fate: AmendmentFate(label: sort, processingState: state),
            fateLabel: sort ?? state,
            tabledOn: try cycle.date(.dateDepot),
            publishedOn: try cycle.date(.datePublication),
            decidedOn: try cycle.date(.dateSort),
            sittingRef: try c.text(.seanceDiscussionRef),
            operativeText: dispositif,
            explanatoryStatement: expose,
            lawReference: lawReference,
            lawArticle: lawArticle
        )
    }
}

/// `cosignataires`: `{"acteurRef": "PA…"}` or `{"acteurRef": ["PA…", …]}`, or nil.
struct RawCosignataires: Decodable, Sendable {
    let refs: [String]
    enum CodingKeys: String, CodingKey { case acteurRef }
    init(from decoder: any Decoder) throws {
        refs = try decoder.container(keyedBy: CodingKeys.self).list(.acteurRef, of: ANText.self).compactMap(\.value)
    }
}

struct RawDivision: Decodable, Sendable {
    let titre: String?
    let courte: String?
    let additionnel: Bool
    enum CodingKeys: String, CodingKey { case titre, articleDesignationCourte, articleAdditionnel }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        titre = try c.text(.titre)
        courte = try c.text(.articleDesignationCourte)
        additionnel = try c.bool(.articleAdditionnel) ?? false
    }
}

struct RawAlinea: Decodable, Sendable {
    let numero: Int?
    let designation: String?
    enum CodingKeys: String, CodingKey { case numero, alineaDesignation }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        numero = try c.int(.numero)
        designation = try c.text(.alineaDesignation)
    }
}
