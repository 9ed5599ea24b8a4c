import Foundation
@testable import HemicycleImport
import HemicycleTestSupport
import Testing
import ZIPFoundation

/// `ZipReader` lists and reads archives as ZIPFoundation does: same names, kinds, sizes and
/// checksums, same bytes — on the shipped dumps and on archives made for the edge cases.
@Suite("Zip reader")
struct ZipReaderTests {
    /// Every entry as ZIPFoundation lists it, and as ZipReader does.
    func listings(_ url: URL) throws -> (zipFoundation: [String], zipReader: [String]) {
        func kind(_ type: Entry.EntryType) -> String {
            switch type {
            case .file: return "file"
            case .directory: return "directory"
            case .symlink: return "symlink"
            }
        }
        func kind(_ kind: ZipReader.Kind) -> String {
            switch kind {
            case .file: return "file"
            case .directory: return "directory"
            case .symlink: return "symlink"
            }
        }
        let archive = try Archive(url: url, accessMode: .read)
        let expected = archive.map { "\($0.path) \(kind($0.type)) \($0.uncompressedSize) \($0.compressedSize) \($0.type == .directory ? 0 : $0.checksum)" }
        let records = try ZipReader(url: url).records
        let listed = records.map { "\($0.name) \(kind($0.kind)) \($0.uncompressedSize) \($0.compressedSize) \($0.kind == .directory ? 0 : $0.crc32)" }
        return (expected, listed)
    }

    @Test(arguments: ["AMO_acteurs_organes_mandats_XVII.json.zip", "AMO_supplement_XVII.json.zip", "Scrutins_XVII_20260702.json.zip",
                      "AMO10_deputes_actifs_XVII_20260702.json.zip", "Scrutins_XVI.json.zip", "AMO_acteurs_organes_XVI.json.zip"])
    func theShippedDumpsAreListedAsZIPFoundationListsThem(_ name: String) throws {
        let url = SharedData.datasets.appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: url.path), "datasets/\(name) is shipped with the repository")
        let (expected, listed) = try listings(url)
        #expect(listed.count == expected.count && listed.count > 0)
        #expect(listed == expected)
    }

    @Test func namesKindsAndBytesOfMadeArchives() throws {
        let ballot = Data("{\"é\": 1}".utf8)
        let url = try makeArchive([
            ("json/été.json", ballot, .file), ("json/", Data(), .directory), ("json/link.json", Data("x".utf8), .symlink),
            ("json/empty.json", Data(), .file),
        ])
        let (expected, listed) = try listings(url)
        #expect(listed == expected)
        let zip = try ZipReader(url: url)
        let record = try #require(zip.records.first { $0.name == "json/été.json" })
        #expect(try zip.data(of: record, limit: 1 << 20, tooLarge: CancellationError()) == ballot)
        let empty = try #require(zip.records.first { $0.name == "json/empty.json" })
        #expect(try zip.data(of: empty, limit: 1 << 20, tooLarge: CancellationError()).isEmpty)
    }

    @Test func codePage437CoversTheHighHalf() {
        #expect(ZipReader.codePage437High.count == 128)
        #expect(ZipReader.codePage437High.first == "Ç" && ZipReader.codePage437High.last == "\u{00A0}")
    }
}
