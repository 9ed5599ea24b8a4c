/// The kinds of Assemblée nationale JSON documents, named by the root member of each file
/// (`{"scrutin": …}`, `{"acteur": …}`…).
public enum ANDocumentKind: String, Sendable, CaseIterable, Hashable {
    /// *Scrutin*: a public ballot.
    case scrutin
    /// *Acteur*: a person (deputy, minister…), with embedded mandates.
    case acteur
    /// *Organe*: a body (political group, committee, constituency…).
    case organe
    /// *Mandat*: a mandate.
    case mandat
    /// *Déport*: a conflict-of-interest withdrawal (read but not stored yet).
    case deport
    /// *Amendement*: an amendment.
    case amendement
    /// *Dossier parlementaire*: a legislative file.
    case dossierParlementaire
    /// *Document*: a parliamentary document's metadata.
    case document

    /// Reads the root member name from the first bytes of a file (skipping a BOM and spaces),
    /// without parsing the rest. Returns nil when the bytes do not start like `{"name"`.
    public static func sniff(_ bytes: some Collection<UInt8>) -> String? {
        var iterator = bytes.prefix(256).makeIterator()
        var state = 0  // 0: before "{", 1: before the opening quote, 2: inside the name
        var name: [UInt8] = []
        while let byte = iterator.next() {
            switch state {
            case 0:
                if byte == UInt8(ascii: "{") { state = 1 }
                else if byte == 0xEF || byte == 0xBB || byte == 0xBF || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
                else { return nil }
            case 1:
                if byte == UInt8(ascii: "\"") { state = 2 }
                else if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
                else { return nil }
            default:
                if byte == UInt8(ascii: "\"") { return String(decoding: name, as: UTF8.self) }
                name.append(byte)
            }
        }
        return nil
    }
}
