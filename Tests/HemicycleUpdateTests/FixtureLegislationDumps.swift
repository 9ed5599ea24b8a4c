import Foundation
import HemicycleModel
import HemicycleTestSupport

/// Hand-made legislation dumps of the fictitious legislature 99, laid out as the Assemblée's:
/// the dossiers dump made from the import fixture `legislation/dossier-bare-acts.json`
/// (`json/dossierParlementaire/DLR5L17N9000n.json`), the amendments dump from
/// `legislation/amendment-quirks.json` (`json/<dossier>/<texte>/AMAN….json`).
enum FixtureLegislationDumps {
    static let dossiersPath = "/" + DumpKind.dossiers.relativePath(legislature: FixtureDumps.legislature)
    static let amendmentsPath = "/" + DumpKind.amendments.relativePath(legislature: FixtureDumps.legislature)

    /// The fixture dossier renumbered (its uid and its acts' uids) and retitled.
    static func dossier(_ number: Int, title: String) throws -> (String, Data) {
        var text = try String(contentsOf: SharedData.fixture("legislation/dossier-bare-acts.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "99999", with: "\(90000 + number)")
        text = text.replacingOccurrences(of: "\"titre\":\"Projet de loi d'essai\"", with: "\"titre\":\"\(title)\"")
        return ("json/dossierParlementaire/DLR5L17N\(90000 + number).json", Data(text.utf8))
    }

    /// The fixture amendment renumbered, with another long number (`CL42 (2ème Rect)` by default).
    static func amendment(_ number: Int, numeroLong: String = "CL42 (2ème Rect)") throws -> (String, Data) {
        var text = try String(contentsOf: SharedData.fixture("legislation/amendment-quirks.json"), encoding: .utf8)
        let uid = "AMANR5L17PO59051B0134P0D1N\(String(format: "%06d", number))"
        text = text.replacingOccurrences(of: "AMANR5L17PO59051B0134P0D1N000042", with: uid)
        text = text.replacingOccurrences(of: "\"numeroLong\":\"CL42 (2ème Rect)\"", with: "\"numeroLong\":\"\(numeroLong)\"")
        return ("json/DLR5L17N90001/PIONANR5L17B0134/\(uid).json", Data(text.utf8))
    }

    /// Yesterday's dossiers: 1 and 2.
    static func dossiersYesterday() throws -> Data {
        try FixtureDumps.zip([dossier(1, title: "Projet de loi un"), dossier(2, title: "Projet de loi deux")])
    }

    /// Today's: 1 as before, 2 retitled, 3 new.
    static func dossiersToday() throws -> Data {
        try FixtureDumps.zip([dossier(1, title: "Projet de loi un"), dossier(2, title: "Projet de loi deux (rectifié)"),
                              dossier(3, title: "Projet de loi trois")])
    }

    /// Yesterday's amendments: 42 and 43.
    static func amendmentsYesterday() throws -> Data {
        try FixtureDumps.zip([amendment(42), amendment(43)])
    }

    /// Today's: 42 as before, 43 with another long number, 44 and 45 new.
    static func amendmentsToday() throws -> Data {
        try FixtureDumps.zip([amendment(42), amendment(43, numeroLong: "CL43 (Rect)"), amendment(44), amendment(45)])
    }
}
