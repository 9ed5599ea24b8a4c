import Foundation
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
import HemicycleStore

/// How the entries of the legislation dumps are read and written into a legislation import.
///
/// Entries are recognised by their path: `…/dossierParlementaire/…` are legislative files,
/// `…/document/…` document metadata, `…/AMAN….json` amendments. Besides the decoders'
/// values, two fields the model does not carry are read from the raw JSON: who referred a law to
/// the Conseil constitutionnel (`casSaisine`), and an amendment's group of identical amendments
/// (`discussionIdentique.idDiscussion`), which links "l'amendement identique suivant" in ballot titles.
enum LegislationEntries {
    /// The dumps under `path`: the path itself, or the `.zip` files of a folder that holds some.
    static func dumps(in path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [path] }
        let zips = names.filter { $0.hasSuffix(".zip") }.sorted()
        return zips.isEmpty ? [path] : zips.map { (path as NSString).appendingPathComponent($0) }
    }

    /// Reads every entry of the dump at `path` and writes what it holds into `transaction`;
    /// throws, naming the dump and entry, at the first malformed one. The records name their
    /// dump `recordedAs` (the URL an update fetched the file from), the path by default.
    static func write(dump path: String, recordedAs: String? = nil, into transaction: LegislationImportTransaction) throws {
        let reader = try DumpReader(path: path)
        try reader.forEachEntry { entry in
            let source = SourceReference(dump: recordedAs ?? path, entry: entry.name, dumpSHA256: reader.sha256, entrySHA256: sha256Hex(entry.data))
            let name = entry.name
            if name.contains("dossierParlementaire/") || reader.layout == .file && name.hasPrefix("DL") {
                let dossier = try DossierDecoder.decode(entry.data, entry: name, path: path)
                try transaction.write(dossier, referrals: referrals(entry.data), source: source)
            } else if name.contains("document/") {
                if let document = try document(entry.data, entry: name, path: path) {
                    try transaction.write(document, source: source)
                }
            } else if reader.layout == .file, isDecisionText(name) {
                try transaction.write(try decision(entry.data, entry: name, path: path), source: source)
            } else if (name as NSString).lastPathComponent.hasPrefix("AMAN") {
                let amendment = try AmendmentDecoder.decode(entry.data, entry: name, path: path)
                try transaction.write(amendment, identicalGroup: identicalGroup(entry.data), source: source)
            }
        }
    }

    // MARK: Decisions of the Conseil constitutionnel

    /// A lone `.htm`, `.html` or `.txt` file is read as a decision of the Conseil constitutionnel
    /// (its page as published, or the same text).
    static func isDecisionText(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".htm") || lower.hasSuffix(".html") || lower.hasSuffix(".txt")
    }

    /// Parses a decision; refuses, naming the file, text that is not UTF-8 or not a decision.
    static func decision(_ data: Data, entry: String, path: String) throws -> ConstitutionalDecisionText {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportError.refusedEntry(path: path, entry: entry, reason: "not UTF-8 text")
        }
        do {
            return try ConstitutionalDecisionParser.parse(text)
        } catch let error as ConstitutionalDecisionParser.ParseError {
            throw ImportError.refusedEntry(path: path, entry: entry, reason: error.description)
        }
    }

    // MARK: Raw fields

    private static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// A string under a key, or nil (absent, JSON null, or the `@xsi:nil` object).
    private static func text(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let dictionary = value as? [String: Any], let text = dictionary["#text"] as? String { return text }
        return nil
    }

    /// Referral acts' `casSaisine.libelle`, by act uid, anywhere in the act tree.
    static func referrals(_ data: Data) -> [String: String] {
        var result: [String: String] = [:]
        func walk(_ value: Any) {
            if let list = value as? [Any] { list.forEach(walk); return }
            guard let dictionary = value as? [String: Any] else { return }
            if let uid = text(dictionary["uid"]), let cas = dictionary["casSaisine"] as? [String: Any], let label = text(cas["libelle"]) {
                result[uid] = label
            }
            dictionary.values.forEach(walk)
        }
        if let root = object(data) { walk(root) }
        return result
    }

    /// `discussionIdentique.idDiscussion` of an amendment.
    static func identicalGroup(_ data: Data) -> String? {
        guard let amendment = object(data)?["amendement"] as? [String: Any],
              let identical = amendment["discussionIdentique"] as? [String: Any] else { return nil }
        return text(identical["idDiscussion"])
    }

    /// A document's metadata (`{"document": {...}}`); nil for a file of another kind.
    /// Throws when the JSON is unreadable or the uid is missing, naming the dump and entry.
    static func document(_ data: Data, entry: String, path: String) throws -> LegislativeDocument? {
        guard let root = object(data) else {
            throw ImportError.invalidJSON(path: path, entry: entry, reason: "not a JSON object")
        }
        guard let d = root["document"] as? [String: Any] else { return nil }
        guard let uid = text(d["uid"]) else {
            throw ImportError.invalidRecord(path: path, entry: entry, uid: nil, jsonPath: "document.uid", reason: "missing uid")
        }
        let titles = d["titres"] as? [String: Any]
        let classification = d["classification"] as? [String: Any]
        let type = classification?["type"] as? [String: Any]
        let chrono = (d["cycleDeVie"] as? [String: Any])?["chrono"] as? [String: Any]
        return LegislativeDocument(
            uid: uid, dossierRef: text(d["dossierRef"]), legislature: text(d["legislature"]).flatMap { Int($0) },
            kind: text(type?["code"]), kindLabel: text(type?["libelle"]) ?? text(d["denominationStructurelle"]),
            title: text(titles?["titrePrincipal"]) ?? "", tabledOn: text(chrono?["dateDepot"]).map { String($0.prefix(10)) }
        )
    }
}
