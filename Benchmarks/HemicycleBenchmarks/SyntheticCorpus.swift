import Foundation
import HemicycleImport
import ZIPFoundation

/// A synthetic corpus of several legislatures made from the one real ballot dump, to measure how
/// import and queries scale with the size of the store.
///
/// Legislature `L` is the real dump with every ballot renumbered into `L`: the uid
/// (`VTANR5L17V773` → `VTANR5L08V773`), which the store keys ballots and their child rows on;
/// the `legislature` field, which with `numero` is the store's other unique key and is what
/// `ballot N --legislature L` and the analytics commands select on; the sitting reference
/// (`RUANR5L17S…`), for tidiness; and the entry name. Everything else is kept as is: dates,
/// group and person references, counts. So the synthetic legislatures are distinct ballots of
/// distinct legislatures with the same content, voted by the same persons in the same groups.
/// That is fine for a synthetic corpus: the persons, bodies and mandates dumps are imported
/// once and shared by every legislature, as they would be (one person, many mandates) in a
/// store of real legislatures; only the ballot tables grow tenfold.
struct SyntheticCorpus {
    /// The real legislature, whose dump is used unchanged.
    static let realLegislature = 17

    /// The real ballot dump (`Scrutins_XVII.json.zip`).
    let realDump: String
    /// Where the synthetic zips are written.
    let folder: URL

    /// The ballot dumps of `legislatures`, one zip each, in that order: the real dump for
    /// ``realLegislature``, a renumbered copy written into ``folder`` for the others
    /// (`Scrutins_L08.json.zip`). Entries are deflated like the published zips, so that
    /// importing a synthetic dump costs what importing a real one does.
    func dumps(legislatures: [Int]) throws -> [String] {
        // The real entries, inflated once (about 86 MB) and renumbered for each legislature.
        var entries: [DumpEntry] = []
        try DumpReader(path: realDump).forEachEntry { entries.append($0) }
        var paths: [String] = []
        for legislature in legislatures {
            if legislature == Self.realLegislature {
                paths.append(realDump)
                continue
            }
            let url = folder.appendingPathComponent(String(format: "Scrutins_L%02d.json.zip", legislature))
            try? FileManager.default.removeItem(at: url)
            let archive = try Archive(url: url, accessMode: .create)
            for entry in entries {
                let data = try Self.renumber(entry.data, to: legislature, entry: entry.name)
                try archive.addEntry(
                    with: Self.renumberedName(entry.name, to: legislature), type: .file,
                    uncompressedSize: Int64(data.count), compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            paths.append(url.path)
        }
        return paths
    }

    /// Why a ballot file could not be renumbered: the dump's format changed, so the synthetic
    /// corpus would not be what it claims.
    struct RenumberingError: Error, CustomStringConvertible {
        let entry: String
        let reason: String
        var description: String { "\(entry): \(reason)" }
    }

    /// The legislature as written in uids and references (`08`, `17`).
    static func code(_ legislature: Int) -> String { String(format: "%02d", legislature) }

    /// `json/VTANR5L17V773.json` → `json/VTANR5L08V773.json`.
    static func renumberedName(_ name: String, to legislature: Int) -> String {
        name.replacingOccurrences(of: "L\(code(realLegislature))V", with: "L\(code(legislature))V")
    }

    /// One ballot file renumbered into `legislature`. The published files are written with
    /// `"key": "value"` (one space), every value a string; each replaced member must occur
    /// exactly once (the uid and legislature) or at most once (the sitting), else this throws.
    static func renumber(_ data: Data, to legislature: Int, entry: String) throws -> Data {
        let real = code(realLegislature), new = code(legislature)
        var data = data
        let replacements: [(from: String, to: String, required: Bool)] = [
            (#""uid": "VTANR5L\#(real)V"#, #""uid": "VTANR5L\#(new)V"#, true),
            (#""legislature": "\#(realLegislature)""#, #""legislature": "\#(legislature)""#, true),
            (#""seanceRef": "RUANR5L\#(real)S"#, #""seanceRef": "RUANR5L\#(new)S"#, false),
        ]
        for (from, to, required) in replacements {
            let needle = Data(from.utf8)
            guard let range = data.range(of: needle) else {
                if required { throw RenumberingError(entry: entry, reason: "no \(from)") }
                continue
            }
            if data.range(of: needle, in: range.upperBound..<data.endIndex) != nil {
                throw RenumberingError(entry: entry, reason: "\(from) occurs more than once")
            }
            data.replaceSubrange(range, with: Data(to.utf8))
        }
        return data
    }
}
