import Foundation
import HemicycleCSV
import Testing

/// Decoding and detection of the four encodings, on hand-written bytes.
@Suite struct TextEncodingTests {
    @Test func latin1ByteE9IsEAcute() throws {
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9]  // "café" in Latin-1
        #expect(TextEncoding.isoLatin1.decode(bytes) == "café")
        #expect(TextEncoding.windows1252.decode(bytes) == "café")
        #expect(TextEncoding.isoLatin9.decode(bytes) == "café")
        #expect(TextEncoding.utf8.decode(bytes) == nil)  // a lone 0xE9 is not UTF-8
    }

    @Test func euroSignInEachEncoding() {
        #expect(TextEncoding.windows1252.decode([0x80]) == "€")
        #expect(TextEncoding.isoLatin9.decode([0xA4]) == "€")
        #expect(TextEncoding.isoLatin1.decode([0xA4]) == "¤")
        #expect(TextEncoding.utf8.decode([0xE2, 0x82, 0xAC]) == "€")
    }

    @Test func windows1252HighRange() {
        let bytes: [UInt8] = [0x80, 0x82, 0x84, 0x85, 0x8A, 0x8C, 0x8E, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9A, 0x9C, 0x9E, 0x9F]
        #expect(TextEncoding.windows1252.decode(bytes) == "€‚„…ŠŒŽ‘’“”–—™šœžŸ")
        // Latin-1 gives the C1 controls there.
        #expect(TextEncoding.isoLatin1.decode([0x80]) == "\u{80}")
    }

    @Test func latin9DiffersFromLatin1AtEightBytes() {
        let bytes: [UInt8] = [0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE]
        #expect(TextEncoding.isoLatin9.decode(bytes) == "€ŠšŽžŒœŸ")
        #expect(TextEncoding.isoLatin1.decode(bytes) == "¤¦¨´¸¼½¾")
        // Elsewhere they agree: 0xE9 é, 0xFF ÿ.
        #expect(TextEncoding.isoLatin9.decode([0xE9, 0xFF]) == "éÿ")
    }

    @Test func detection() {
        #expect(TextEncoding.detect([0xEF, 0xBB, 0xBF, 0x61]) == .utf8)
        #expect(TextEncoding.detect(Array("Clémenciat €".utf8)) == .utf8)
        #expect(TextEncoding.detect(Array("plain ascii".utf8)) == .utf8)
        #expect(TextEncoding.detect([0x43, 0x6C, 0xE9, 0x6D]) == .windows1252)  // "Clém" in Latin-1
        #expect(TextEncoding.detect([0x61, 0xC3]) == .windows1252)  // a truncated UTF-8 character
    }

    @Test func fileDetectionHandlesCharactersSplitAcrossChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enc-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        // "é" (C3 A9) straddles the boundary of 4-byte chunks: "abc" + C3 | A9 ...
        try Data("abcé;€\n".utf8).write(to: url)
        #expect(try TextEncoding.detect(contentsOf: url, chunkSize: 4) == .utf8)
        try Data([0x61, 0x62, 0x63, 0xE9, 0x3B, 0x80, 0x0A]).write(to: url)
        #expect(try TextEncoding.detect(contentsOf: url, chunkSize: 4) == .windows1252)
    }

    @Test func readerDecodesFieldsInTheGivenOrDetectedEncoding() throws {
        // "nom;prix\nRené;10€\n" in Windows-1252.
        let bytes: [UInt8] = Array("nom;prix\nRen".utf8) + [0xE9, 0x3B, 0x31, 0x30, 0x80, 0x0A]
        let detected = try CSVReader(data: Data(bytes)).makeRecordIterator()
        #expect(detected.encoding == .windows1252)
        let record = try #require(try detected.next())
        #expect(record.fields == ["René", "10€"])
        // Read as Latin-9, 0x80 is a C1 control, not €.
        let latin9 = try CSVReader(data: Data(bytes), encoding: .isoLatin9).readAll()
        #expect(latin9.records.first?["prix"] == "10\u{80}")
    }

    @Test func invalidUTF8IsAnErrorWithLineAndColumn() throws {
        let bytes: [UInt8] = Array("a,b\nok,fine\nx,".utf8) + [0xFF, 0x0A]
        let error = try #require(throws: CSVError.self) {
            _ = try CSVReader(data: Data(bytes), name: "bad.csv", encoding: .utf8).readAll()
        }
        #expect(error.reason == .invalidEncoding(.utf8))
        #expect(error.line == 3)
        #expect(error.column == 2)
        #expect(error.description.contains("bad.csv, line 3, column 2 (\"b\")"))
    }
}
