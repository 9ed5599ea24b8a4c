import Foundation
import HemicycleImport
import HemicycleTestSupport
import Testing
import ZIPFoundation

/// Builds a small zip in memory-backed form (written to `url`) from (path, bytes) entries, each
/// stored or deflated.
func makeSeedArchive(at url: URL, _ entries: [(String, Data, CompressionMethod)]) throws {
    let archive = try Archive(url: url, accessMode: .create)
    for (path, data, method) in entries {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

/// Mutates a zip the way a fuzzer does, with a bias for its structures: besides random byte
/// flips, deletions, truncations and duplications, it overwrites the 2- and 4-byte fields that
/// follow a local header, central directory or end-of-central-directory signature (`PK\3\4`,
/// `PK\1\2`, `PK\5\6`) with boundary values (0, 1, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF), which are the
/// sizes, offsets and counts a reader trusts.
func mutateZip(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    let signatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x01, 0x02], [0x50, 0x4B, 0x05, 0x06]]
    var headers: [Int] = []
    if bytes.count >= 4 {
        for i in 0...(bytes.count - 4) where signatures.contains(where: { bytes[i..<i + 4].elementsEqual($0) }) { headers.append(i) }
    }
    let boundaries: [UInt32] = [0, 1, 2, 0xFFFF, 0xFFFF_FFFF, 0x7FFF_FFFF, 0x8000_0000, 46, 22]
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
        guard !bytes.isEmpty else { break }
        if let header = headers.randomElement(using: &rng), Bool.random(using: &rng) {
            let offset = header + 4 + Int.random(in: 0..<42, using: &rng)
            let width = Bool.random(using: &rng) ? 2 : 4
            guard offset + width <= bytes.count else { continue }
            let value = boundaries.randomElement(using: &rng) ?? 0
            for k in 0..<width { bytes[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(k))) }
            continue
        }
        let i = Int.random(in: 0..<bytes.count, using: &rng)
        ByteMutation.apply(oneOf: [.flip, .remove, .truncate, .duplicate], to: &bytes, at: i, using: &rng)
    }
    return bytes
}

/// A bounded mutation-fuzzing smoke run of the zip reader (the in-process stand-in for the
/// libFuzzer target `FuzzZip`): every mutated archive must either be read in full or fail with
/// an ``ImportError`` whose message starts with the archive's path. A crash fails the whole run.
@Suite("Zip mutation fuzzing (smoke)")
struct ZipMutationFuzzTests {
    static let seeds = ["deflated-ballot", "stored-and-deflated", "corrupt-fixture"]

    /// The seed archive's bytes: small zips built from the fixtures, and the corrupt fixture.
    static func seedBytes(_ seed: String, folder: URL) throws -> [UInt8] {
        let url = folder.appendingPathComponent("\(seed).zip")
        switch seed {
        case "deflated-ballot":
            try makeSeedArchive(at: url, [("json/VTANR5L99V7.json", try Data(contentsOf: SharedData.fixture("an/scrutin-quirks.json")), .deflate)])
        case "stored-and-deflated":
            try makeSeedArchive(at: url, [
                ("json/organe/PO1.json", try Data(contentsOf: SharedData.fixture("an/organe-group.json")), .none),
                ("json/acteur/PA1.json", try Data(contentsOf: SharedData.fixture("an/acteur-quirks.json")), .deflate),
                ("json/mandat/PM1.json", try Data(contentsOf: SharedData.fixture("an/mandat-seat.json")), .none),
                ("README.txt", Data("not imported".utf8), .deflate),
            ])
        default:
            return try [UInt8](Data(contentsOf: SharedData.fixture("an/corrupt.json.zip")))
        }
        return try [UInt8](Data(contentsOf: url))
    }

    @Test(arguments: seeds)
    func zipReaderNeverCrashes(seed: String) throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Self.seedBytes(seed, folder: folder)
        var rng = SplitMix64(state: UInt64(seed.utf8.count) &* 104_729)
        var read = 0, refused = 0
        let iterations = 300
        for iteration in 0..<iterations {
            let file = folder.appendingPathComponent("m\(iteration).json.zip")
            try Data(mutateZip(original, using: &rng)).write(to: file)
            do {
                var reader = try DumpReader(path: file.path)
                reader.maximumEntrySize = 1 << 20
                _ = try reader.entryCount()
                try reader.forEachEntry { entry in _ = entry.data.count }
                // One in four also goes through the JSON decoder, as an import would.
                if iteration % 4 == 0 { try ANDumpReader(path: file.path).read { _ in } }
                read += 1
            } catch let error as ImportError {
                refused += 1
                #expect(error.description.hasPrefix(file.path), "\(seed) #\(iteration): \(error)")
            }
        }
        #expect(read + refused == iterations)
        #expect(refused > 0, "mutations should break some archives")
    }

    /// Archives that once hung or crashed a reader (found by the libFuzzer target `FuzzZip`):
    /// each is now refused with an ``ImportError``. `inflate-past-entry-hang.json.zip` has a
    /// deflate stream that does not end within its entry; ZIPFoundation's extraction read on to
    /// the end of the file and looped there forever.
    @Test func regressionArchivesAreRefused() throws {
        let folder = SharedData.fixture("fuzz/FuzzZip")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.contains("inflate-past-entry-hang.json.zip"))
        for file in files {
            let path = folder.appendingPathComponent(file).path
            #expect {
                try ANDumpReader(path: path).read { _ in }
            } throws: { error in
                (error as? ImportError)?.description.hasPrefix(path) == true
            }
        }
    }
}
