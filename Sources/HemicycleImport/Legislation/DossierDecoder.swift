import Foundation
import HemicycleModel

/// Reads the Assemblée's legislative files (`{"dossierParlementaire": {...}}`) into ``Dossier``.
///
/// Acts (`actesLegislatifs.acteLegislatif`) nest recursively, and each level is a list, a bare
/// object (one act) or null (none); dates carry a time and a zone that are dropped.
public enum DossierDecoder {
    /// Decodes one dossier file. Throws ``ImportError`` naming `path`, `entry` and the JSON path.
    public static func decode(_ data: Data, entry: String = "", path: String = "") throws -> Dossier {
        try LegislationJSON.decode(RawDossierFile.self, from: data, entry: entry, path: path).dossierParlementaire.dossier
    }

    /// Reads the dossiers of a dump (`Dossiers_Legislatifs_XVII.json.zip`, a folder or a file).
    /// Only entries under a `dossierParlementaire/` folder (or a lone file) are decoded;
    /// `include` selects entries by name before they are decoded (default: all).
    public static func readAll(path: String, include: (String) -> Bool = { _ in true }) throws -> [Dossier] {
        let reader = try DumpReader(path: path)
        var dossiers: [Dossier] = []
        try reader.forEachEntry { entry in
            guard reader.layout == .file || entry.name.contains("dossierParlementaire/"), include(entry.name) else { return }
            dossiers.append(try decode(entry.data, entry: entry.name, path: path))
        }
        return dossiers
    }

    /// Reads the one dossier whose uid is `uid` (`DLR5L16N49176`), nil if the dump lacks it.
    public static func read(uid: String, path: String) throws -> Dossier? {
        try readAll(path: path) { $0.hasSuffix("/\(uid).json") || $0 == "\(uid).json" }.first
    }
}

struct RawDossierFile: Decodable, Sendable {
    let dossierParlementaire: RawDossier
}

struct RawDossier: Decodable, Sendable {
    let dossier: Dossier

    enum CodingKeys: String, CodingKey { case uid, legislature, titreDossier, procedureParlementaire, actesLegislatifs }
    enum TitreKeys: String, CodingKey { case titre, senatChemin }
    enum ProcedureKeys: String, CodingKey { case code, libelle }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var title = ""
        var senateURL: String?
        if let titre = try? c.nestedContainer(keyedBy: TitreKeys.self, forKey: .titreDossier) {
            title = try titre.textOrEmpty(.titre)
            senateURL = try titre.text(.senatChemin)
        }
        var procedure: String?
        var procedureCode: String?
        if let p = try? c.nestedContainer(keyedBy: ProcedureKeys.self, forKey: .procedureParlementaire) {
            procedure = try p.text(.libelle)
            procedureCode = try p.text(.code)
        }
        dossier = Dossier(
            uid: try c.requiredText(.uid),
            legislature: try c.int(.legislature),
            title: title,
            senateURL: senateURL,
            procedure: procedure,
            procedureCode: procedureCode,
            steps: try c.object(.actesLegislatifs, of: RawActes.self)?.steps ?? []
        )
    }
}

/// `actesLegislatifs`: `{"acteLegislatif": [...] | {...}}` or null.
struct RawActes: Decodable, Sendable {
    let steps: [DossierStep]
    enum CodingKeys: String, CodingKey { case acteLegislatif }
    init(from decoder: any Decoder) throws {
        steps = try decoder.container(keyedBy: CodingKeys.self).list(.acteLegislatif, of: RawActe.self).map(\.step)
    }
}

/// `{"fam_code": …, "libelle": …}`.
struct RawCodedLabel: Decodable, Sendable {
    let code: String?
    let label: String?
    enum CodingKeys: String, CodingKey { case fam_code, libelle }
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.text(.fam_code)
        label = try c.text(.libelle)
    }
}

/// `textesAssocies.texteAssocie`: `{"typeTexte": "BTA", "refTexteAssocie": "…"}`.
struct RawTexteAssocie: Decodable, Sendable {
    let ref: String?
    enum CodingKeys: String, CodingKey { case refTexteAssocie }
    init(from decoder: any Decoder) throws {
        ref = try decoder.container(keyedBy: CodingKeys.self).text(.refTexteAssocie)
    }
}

struct RawActe: Decodable, Sendable {
    let step: DossierStep

    enum CodingKeys: String, CodingKey {
        case type = "@xsi:type"
        case uid, codeActe, libelleActe, organeRef, dateActe, actesLegislatifs
        case texteAssocie, texteAdopte, textesAssocies, texteLoiRef
        case voteRefs, reunionRef, statutConclusion, decision
        case urlConclusion, numDecision, anneeDecision
        case codeLoi, titreLoi, infoJO
    }
    enum LibelleKeys: String, CodingKey { case nomCanonique, libelleCourt }
    enum TextesKeys: String, CodingKey { case texteAssocie }
    enum VotesKeys: String, CodingKey { case voteRef }
    enum JOKeys: String, CodingKey { case dateJO, numJO, referenceNOR, urlLegifrance }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var label = ""
        if let libelle = try? c.nestedContainer(keyedBy: LibelleKeys.self, forKey: .libelleActe) {
            label = try libelle.text(.nomCanonique) ?? libelle.textOrEmpty(.libelleCourt)
        }
        var textRefs: [String] = []
        for key in [CodingKeys.texteAssocie, .texteAdopte, .texteLoiRef] {
            if let ref = try c.text(key), !textRefs.contains(ref) { textRefs.append(ref) }
        }
        if let textes = try? c.nestedContainer(keyedBy: TextesKeys.self, forKey: .textesAssocies) {
            for ref in try textes.list(.texteAssocie, of: RawTexteAssocie.self).compactMap(\.ref) where !textRefs.contains(ref) {
                textRefs.append(ref)
            }
        }
        var voteRefs: [String] = []
        if let votes = try? c.nestedContainer(keyedBy: VotesKeys.self, forKey: .voteRefs) {
            voteRefs = try votes.list(.voteRef, of: ANText.self).compactMap(\.value)
        }
        let conclusion = try c.object(.statutConclusion, of: RawCodedLabel.self)?.label
            ?? c.object(.decision, of: RawCodedLabel.self)?.label

        var decision: ConstitutionalDecision?
        if let number = try c.text(.numDecision) {
            let year = try c.text(.anneeDecision)
            decision = ConstitutionalDecision(
                reference: [year, number].compactMap { $0 }.joined(separator: "-") + " DC",
                number: number, year: year, ruling: conclusion, url: try c.text(.urlConclusion)
            )
        }
        var promulgation: Promulgation?
        if let lawNumber = try c.text(.codeLoi) {
            var journalDate: CalendarDate?
            var journalNumber: String?
            var nor: String?
            var url: String?
            if let jo = try? c.nestedContainer(keyedBy: JOKeys.self, forKey: .infoJO) {
                // `dateJO` is "2025-04-29+02:00": keep the day.
                journalDate = try jo.text(.dateJO).flatMap { CalendarDate(iso: $0.prefix(10)) }
                journalNumber = try jo.text(.numJO)
                nor = try jo.text(.referenceNOR)
                url = try jo.text(.urlLegifrance)
            }
            promulgation = Promulgation(lawNumber: lawNumber, title: try c.text(.titreLoi), journalDate: journalDate, journalNumber: journalNumber, nor: nor, legifranceURL: url)
        }
        let kind = try c.text(.type).map { $0.hasSuffix("_Type") ? String($0.dropLast(5)) : $0 }
        step = DossierStep(
            uid: try c.requiredText(.uid),
            code: try c.textOrEmpty(.codeActe),
            kind: kind,
            label: label,
            date: try c.text(.dateActe).flatMap { CalendarDate(iso: $0.prefix(10)) },
            bodyRef: try c.text(.organeRef),
            textRefs: textRefs,
            voteRefs: voteRefs,
            sittingRef: try c.text(.reunionRef),
            conclusion: conclusion,
            constitutionalDecision: decision,
            promulgation: promulgation,
            steps: try c.object(.actesLegislatifs, of: RawActes.self)?.steps ?? []
        )
    }
}
