import Foundation
import HemicycleModel

/// Reads the Assemblée's legislative files (`{"dossierParlementaire": {...}}`) into ``Dossier``.
///
/// Acts (`actesLegislatifs.acteLegislatif`) nest recursively, and each level is a list, a bare
/// object (one act) or null (none); dates carry a time and a zone that are dropped.
public enum DossierDecoder {
    /// Decodes one dossier file. Throws ``ImportError`` naming `path`, `entry` and the JSON path.
    public static func decode(_ data: Data, entry: String = "", path: String = "") throws -> Dossier {
        try ANRecordReader.read(data, path: path, entry: entry) { root throws(JSONValueError) in try RawDossier(file: root).dossier }
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

/// `dossierParlementaire`: names follow the JSON.
struct RawDossier: ANRootRecord, Sendable {
    let dossier: Dossier

    static let rootKey: StaticString = "dossierParlementaire"

    init(json c: JSONValue) throws(JSONValueError) {
        let titre = c.objectIfAny("titreDossier")
        let procedure = c.objectIfAny("procedureParlementaire")
        dossier = Dossier(
            uid: try c.requiredText("uid"),
            legislature: try c.int("legislature"),
            title: try titre?.textOrEmpty("titre") ?? "",
            senateURL: try titre?.text("senatChemin"),
            procedure: try procedure?.text("libelle"),
            procedureCode: try procedure?.text("code"),
            steps: try RawActe.steps(c)
        )
    }
}

/// `acteLegislatif`: one act of a legislative file, with its sub-acts.
enum RawActe {
    /// The acts of `actesLegislatifs`: `{"acteLegislatif": [...] | {...}}` or null.
    static func steps(_ parent: JSONValue) throws(JSONValueError) -> [DossierStep] {
        guard let actes = try parent.object("actesLegislatifs") else { return [] }
        var steps: [DossierStep] = []
        for acte in try actes.list("acteLegislatif") { steps.append(try step(acte)) }
        return steps
    }

    /// `{"fam_code": …, "libelle": …}`: the label.
    static func codedLabel(_ c: JSONValue, _ key: StaticString) throws(JSONValueError) -> String? {
        try c.object(key)?.text("libelle")
    }

    static func step(_ c: JSONValue) throws(JSONValueError) -> DossierStep {
        var label = ""
        if let libelle = c.objectIfAny("libelleActe") {
            if let canonical = try libelle.text("nomCanonique") {
                label = canonical
            } else {
                label = try libelle.textOrEmpty("libelleCourt")
            }
        }
        var textRefs: [String] = []
        for ref in [try c.text("texteAssocie"), try c.text("texteAdopte"), try c.text("texteLoiRef")] {
            if let ref, !textRefs.contains(ref) { textRefs.append(ref) }
        }
        // `textesAssocies.texteAssocie`: `{"typeTexte": "BTA", "refTexteAssocie": "…"}`.
        if let textes = c.objectIfAny("textesAssocies") {
            for texte in try textes.list("texteAssocie") {
                if let ref = try texte.text("refTexteAssocie"), !textRefs.contains(ref) { textRefs.append(ref) }
            }
        }
        var voteRefs: [String] = []
        if let votes = c.objectIfAny("voteRefs") {
            for ref in try votes.list("voteRef") {
                if let text = try ref.anText() { voteRefs.append(text) }
            }
        }
        var conclusion = try codedLabel(c, "statutConclusion")
        if conclusion == nil { conclusion = try codedLabel(c, "decision") }

        var decision: ConstitutionalDecision?
        if let number = try c.text("numDecision") {
            let year = try c.text("anneeDecision")
            decision = ConstitutionalDecision(
                reference: [year, number].compactMap { $0 }.joined(separator: "-") + " DC",
                number: number, year: year, ruling: conclusion, url: try c.text("urlConclusion")
            )
        }
        var promulgation: Promulgation?
        if let lawNumber = try c.text("codeLoi") {
            let jo = c.objectIfAny("infoJO")
            promulgation = Promulgation(
                lawNumber: lawNumber, title: try c.text("titreLoi"),
                // `dateJO` is "2025-04-29+02:00": keep the day.
                journalDate: try jo?.text("dateJO").flatMap { CalendarDate(iso: $0.prefix(10)) },
                journalNumber: try jo?.text("numJO"), nor: try jo?.text("referenceNOR"), legifranceURL: try jo?.text("urlLegifrance"))
        }
        let kind = try c.text("@xsi:type").map { $0.hasSuffix("_Type") ? String($0.dropLast(5)) : $0 }
        return DossierStep(
            uid: try c.requiredText("uid"),
            code: try c.textOrEmpty("codeActe"),
            kind: kind,
            label: label,
            date: try c.text("dateActe").flatMap { CalendarDate(iso: $0.prefix(10)) },
            bodyRef: try c.text("organeRef"),
            textRefs: textRefs,
            voteRefs: voteRefs,
            sittingRef: try c.text("reunionRef"),
            conclusion: conclusion,
            constitutionalDecision: decision,
            promulgation: promulgation,
            steps: try steps(c)
        )
    }
}
