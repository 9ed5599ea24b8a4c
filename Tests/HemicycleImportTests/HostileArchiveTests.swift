import Foundation
import HemicycleImport
import HemicycleTestSupport
import Testing
import ZIPFoundation

/// Builds a zip archive in a temporary folder from (path, bytes, type) entries.
func makeArchive(_ entries: [(String, Data, Entry.EntryType)]) throws -> URL {
    let url = try SharedData.temporaryFolder().appendingPathComponent("hostile.zip")
    let archive = try Archive(url: url, accessMode: .create)
    for (path, data, type) in entries {
        try archive.addEntry(with: path, type: type, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return url
}

@Suite("Hostile archives")
struct HostileArchiveTests {
    let ballot: Data
    init() throws { ballot = try Data(contentsOf: SharedData.fixture("an/scrutin-quirks.json")) }

    @Test func unsafePathsSymlinksNestedArchivesAndDuplicatesAreRefused() throws {
        let url = try makeArchive([
            ("json/ok.json", ballot, .file),
            ("../../evil.json", ballot, .file),
            ("/etc/evil.json", ballot, .file),
            ("json/link.json", Data("/etc/passwd".utf8), .symlink),
            ("json/inner.zip", Data("PK".utf8), .file),
            ("json/ok.json", ballot, .file),
        ])
        var names: [String] = []
        var notices: [String] = []
        try DumpReader(path: url.path).forEachEntry(notices: { notices.append($0.description) }) { names.append($0.name) }
        #expect(names == ["json/ok.json"])
        #expect(notices.contains { $0.hasPrefix("../../evil.json") && $0.contains("refused") })
        #expect(notices.contains { $0.hasPrefix("/etc/evil.json") && $0.contains("refused") })
        #expect(notices.contains { $0.contains("symbolic link skipped") })
        #expect(notices.contains { $0.contains("nested archive skipped") })
        #expect(notices.contains { $0.contains("duplicate entry skipped") })
    }

    /// Issue 22: a symbolic link in a *folder* dump was skipped without a word (in a zip it was
    /// named): an import that silently leaves a file out cannot be checked. It is named, and its
    /// target never read.
    @Test func aSymbolicLinkInAFolderIsNamedAndNotFollowed() throws {
        let folder = try SharedData.temporaryFolder().appendingPathComponent("dump/json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ballot.write(to: folder.appendingPathComponent("VTANR5L99V7.json"))
        let outside = try SharedData.temporaryFolder().appendingPathComponent("outside.json")
        try ballot.write(to: outside)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("VTANR5L99V8.json"), withDestinationURL: outside)
        var names: [String] = []
        var notices: [String] = []
        try DumpReader(path: folder.deletingLastPathComponent().path).forEachEntry(notices: { notices.append($0.description) }) { names.append($0.name) }
        #expect(names == ["json/VTANR5L99V7.json"])
        #expect(notices == ["json/VTANR5L99V8.json: symbolic link skipped"])
    }

    /// Issue 22: two entries holding the same uid in different folders of one zip — the last one
    /// won silently. One dump holds a record once: two different copies are refused, naming both
    /// entries; two identical ones are read once, with a notice.
    @Test func oneUidInTwoEntriesOfADumpIsRefusedUnlessTheCopiesAreIdentical() throws {
        let changed = Data(String(decoding: ballot, as: UTF8.self).replacingOccurrences(of: "(fixture)", with: "(forged)").utf8)
        let forged = try makeArchive([("json/a/VTANR5L99V7.json", ballot, .file), ("json/b/VTANR5L99V7.json", changed, .file)])
        #expect {
            try ANDumpReader(path: forged.path).read { _ in }
        } throws: { error in
            guard let error = error as? ImportError, case .refusedEntry(_, let entry, let reason) = error else { return false }
            return entry == "json/b/VTANR5L99V7.json" && reason.contains("VTANR5L99V7") && reason.contains("json/a/VTANR5L99V7.json")
        }
        let twice = try makeArchive([("json/a/VTANR5L99V7.json", ballot, .file), ("json/b/VTANR5L99V7.json", ballot, .file)])
        var ballots = 0
        let summary = try ANDumpReader(path: twice.path).read { if case .ballot = $0 { ballots += 1 } }
        #expect(ballots == 1)
        #expect(summary.notices.contains { $0.description.contains("json/b/VTANR5L99V7.json") && $0.description.contains("the same ballot VTANR5L99V7") })
    }

    /// Issue 22: an entry whose central directory declares fewer bytes than it holds was read
    /// silently, whole. Its size must be the one declared.
    @Test func anEntryLargerThanItsDeclaredSizeIsRefused() throws {
        let url = try makeArchive([("json/VTANR5L99V7.json", ballot, .file)])
        var bytes = [UInt8](try Data(contentsOf: url))
        // The central directory header (PK\1\2) keeps the uncompressed size at offset 24.
        let signature: [UInt8] = [0x50, 0x4B, 1, 2]
        let found = (0..<(bytes.count - 4)).first { (i: Int) -> Bool in Array(bytes[i..<(i + 4)]) == signature }
        let central = try #require(found)
        let declared = UInt32(ballot.count - 10)
        for k in 0..<4 { bytes[central + 24 + k] = UInt8((declared >> (8 * UInt32(k))) & 0xFF) }
        try Data(bytes).write(to: url)
        #expect {
            try ANDumpReader(path: url.path).read { _ in }
        } throws: { error in
            "\(error)".contains("json/VTANR5L99V7.json") && "\(error)".contains("declares \(declared)")
        }
    }

    /// A zip names each entry twice: in its local header and in the central directory. A reader
    /// that lists by one and a tool that extracts by the other would see different files (one
    /// `json/VTANR5L99V7.json` for us, another name for `unzip`): the two must agree.
    @Test func anEntryWhoseLocalHeaderNamesAnotherFileIsRefused() throws {
        let url = try makeArchive([("json/VTANR5L99V7.json", ballot, .file)])
        var bytes = [UInt8](try Data(contentsOf: url))
        // The local header (PK\3\4) is first; its name starts at offset 30: "json/VTANR5L99V7" → "json/VTANR5L99V8".
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 3, 4])
        let lastDigit = 30 + "json/VTANR5L99V".utf8.count
        #expect(bytes[lastDigit] == UInt8(ascii: "7"))
        bytes[lastDigit] = UInt8(ascii: "8")
        try Data(bytes).write(to: url)
        #expect {
            try ANDumpReader(path: url.path).read { _ in }
        } throws: { error in
            "\(error)".contains("json/VTANR5L99V7.json") && "\(error)".contains("json/VTANR5L99V8.json")
        }
    }

    @Test func anEntryInflatingPastTheLimitIsRefused() throws {
        let zeros = Data(count: 200_000)  // deflates to a few hundred bytes: a small zip bomb
        let url = try makeArchive([("json/bomb.json", zeros, .file)])
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 < 10_000)
        var reader = try DumpReader(path: url.path)
        reader.maximumEntrySize = 100_000
        #expect {
            try reader.forEachEntry { _ in }
        } throws: { error in
            guard let error = error as? ImportError, case .refusedEntry(_, let entry, _) = error else { return false }
            return entry == "json/bomb.json"
        }
    }

    @Test func unsafePathRule() {
        #expect(DumpReader.isUnsafe(entryPath: "../x.json"))
        #expect(DumpReader.isUnsafe(entryPath: "a/../../x.json"))
        #expect(DumpReader.isUnsafe(entryPath: "/abs.json"))
        #expect(DumpReader.isUnsafe(entryPath: "C:\\x.json"))
        #expect(!DumpReader.isUnsafe(entryPath: "json/acteur/PA1.json"))
        #expect(!DumpReader.isUnsafe(entryPath: "json/a..b.json"))
    }

    @Test func anEmptyArchiveHasNothingToImport() throws {
        let url = try makeArchive([("README.txt", Data("hello".utf8), .file)])
        #expect(throws: ImportError.nothingToImport(path: url.path)) {
            try ANDumpReader(path: url.path).read { _ in }
        }
    }
}
