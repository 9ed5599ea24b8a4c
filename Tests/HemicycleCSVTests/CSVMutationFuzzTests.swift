import Foundation
import HemicycleCSV
import HemicycleTestSupport
import Testing

/// Mutates bytes the way a fuzzer does, with the bytes that matter to a CSV reader: quotes,
/// separators, line ends, a byte order mark, `sep=` hints, comment and header prefixes, and
/// bytes that are invalid UTF-8.
func mutateCSV(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    let tokens: [[UInt8]] = [
        [0x22], [0x22, 0x22], [0x2C], [0x3B], [0x09], [0x7C], [0x0A], [0x0D], [0x0D, 0x0A], [0x23],
        [0xEF, 0xBB, 0xBF], Array("sep=;\n".utf8), Array("sep=,\r\n".utf8), [0xFF], [0xC3], [0xC3, 0xA9], [0xE9], [0x00],
    ]
    let mutations: [ByteMutation] = [.flip, .remove, .insert(tokens), .truncate, .prepend(tokens), .duplicate]
    for _ in 0..<Int.random(in: 1...8, using: &rng) {
        guard !bytes.isEmpty else {
            bytes = tokens.randomElement(using: &rng) ?? []
            continue
        }
        let i = Int.random(in: 0..<bytes.count, using: &rng)
        ByteMutation.apply(oneOf: mutations, to: &bytes, at: i, using: &rng)
    }
    return bytes
}

/// A bounded mutation-fuzzing smoke run of the CSV reader (the in-process stand-in for the
/// libFuzzer target `FuzzCSV`): every mutated input must either be read in full or fail with a
/// ``CSVError`` naming its source, and the line for record-level faults. A crash (a trap in
/// Swift or a fault in libcsv) fails the whole run.
@Suite("CSV mutation fuzzing (smoke)")
struct CSVMutationFuzzTests {
    /// Seed files: the register fixtures (quirks of real registers: Latin-1, ragged rows, a
    /// missing column) and the start of each real CSV of the shared data, when present.
    static var seeds: [String] {
        let fixtures = ["communes-good.csv", "rne-latin1.csv", "rne-missing-column.csv", "rne-ragged.csv", "unknown-register.csv"]
            .map { "fixture:registers/\($0)" }
        let shared = ["csv/elus-deputes-dep.csv", "csv/019HexaSmal.csv", "geo/circo_composition.csv",
                      "geo/Table_de_correspondance_circo_legislatives2017-1.csv", "other/bundestag-abgeordnetenwatch/votes_161.csv"]
        return fixtures + shared.map { "shared:\($0)" }
    }

    /// The seed's bytes: a whole fixture, or the first lines (about 4 KB) of a shared file, so
    /// that each iteration stays fast in a debug build.
    static func seedBytes(_ seed: String) throws -> [UInt8]? {
        if seed.hasPrefix("fixture:") {
            return try [UInt8](Data(contentsOf: SharedData.fixture(String(seed.dropFirst("fixture:".count)))))
        }
        let url = SharedData.url(String(seed.dropFirst("shared:".count)))
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var head = [UInt8](try handle.read(upToCount: 4096) ?? Data())
        if let lastLineEnd = head.lastIndex(of: 0x0A) { head.removeSubrange((lastLineEnd + 1)...) }
        return head
    }

    /// Reads input in one of several configurations (chosen by the iteration number), so that
    /// chunk boundaries, the detection paths and the lenient options are all exercised.
    static func read(_ bytes: [UInt8], iteration: Int, folder: URL) throws -> Int {
        let name = "m\(iteration).csv"
        var options = CSVReader.Options(chunkSize: [16, 17, 64, 1024, 64 << 10][iteration % 5])
        if iteration % 3 == 0 {
            options.commentPrefix = "#"
            options.headerPrefix = "#"
            options.raggedRows = .allow
        }
        if iteration % 7 == 0 { options.maximumFieldSize = 32 }
        if iteration % 4 == 1 { options.skippedLeadingLines = 1 }
        let dialects: [CSVDialect?] = [nil, .rfc4180, CSVDialect(separator: .semicolon), CSVDialect(hasHeader: false)]
        let dialect = dialects[iteration % dialects.count]
        let encoding: TextEncoding? = iteration % 5 == 2 ? .utf8 : nil
        let reader: CSVReader
        if iteration % 10 == 0 {
            // Through a file, for the chunked encoding detection and the file byte source.
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            reader = CSVReader(url: url, dialect: dialect, encoding: encoding, options: options)
        } else {
            reader = CSVReader(data: Data(bytes), name: name, dialect: dialect, encoding: encoding, options: options)
        }
        var count = 0
        let header = try reader.forEachRecord { record in
            count += 1
            _ = record.fields.count
        }
        if let header { _ = try? reader.makeRecordIterator().requireColumns(header.names) }
        return count
    }

    @Test(arguments: seeds)
    func csvReaderNeverCrashes(seed: String) throws {
        guard let original = try Self.seedBytes(seed) else {
            print("SKIPPED \(seed): \(SharedData.skipMessage)")
            return
        }
        var rng = SplitMix64(state: UInt64(seed.utf8.count) &* 7919 &+ UInt64(original.count))
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var read = 0, refused = 0
        let iterations = 250
        for iteration in 0..<iterations {
            let input = mutateCSV(original, using: &rng)
            do {
                _ = try Self.read(input, iteration: iteration, folder: folder)
                read += 1
            } catch let error as CSVError {
                refused += 1
                #expect(error.source == "m\(iteration).csv", "\(seed) #\(iteration): \(error)")
                #expect(error.description.hasPrefix("m\(iteration).csv"), "\(seed) #\(iteration): \(error)")
                switch error.reason {
                case .fileNotFound, .unreadable, .unwritable, .missingHeader, .missingColumns: break
                default: #expect(error.line != nil, "\(seed) #\(iteration): a record-level error names its line: \(error)")
                }
            }
        }
        #expect(read + refused == iterations)
        #expect(refused > 0, "mutations should break some inputs")
        #expect(read > 0, "some mutations should still read")
    }

    /// Inputs that once exposed faults, replayed on every configuration (see the fixtures'
    /// README for what each one was).
    @Test func regressionInputsAreReadOrRefusedCleanly() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs: [[UInt8]] = [
            [],  // empty
            [0xEF, 0xBB, 0xBF],  // a byte order mark alone
            Array("sep=;".utf8),  // a hint and nothing else
            Array("\"".utf8),  // an open quote at the end
            Array("a,b\r".utf8),  // a lone CR at the end
            [0x22, 0x00, 0x22, 0x0A],  // a NUL inside quotes
        ]
        for input in inputs {
            for iteration in 0..<20 {
                do {
                    _ = try Self.read(input, iteration: iteration, folder: folder)
                } catch let error as CSVError {
                    #expect(error.description.hasPrefix("m\(iteration).csv"))
                }
            }
        }
    }
}
