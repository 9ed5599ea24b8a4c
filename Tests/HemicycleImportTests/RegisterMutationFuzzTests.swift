import Foundation
import HemicycleCSV
import HemicycleImport
import HemicycleTestSupport
import Testing

/// Bounded mutation fuzzing of the register readers — the postcode table (La Poste), the deputies'
/// register (RNE), the INSEE composition of constituencies and the 2017 correspondence table —
/// seeded with the head of each real file of `../shared/data`. `CSVMutationFuzzTests` fuzzes the
/// CSV reader alone; this runs what each register does with the fields it gets (codes, dates,
/// coverage words, Latin-1 text): every mutated file must be read, or refused with a
/// ``CSVError`` that names it.
@Suite("Mutation fuzzing of the register readers (smoke)",
       .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RegisterMutationFuzzTests {
    /// A register under test: its real file, and how to read one file of its kind.
    struct Register: CustomTestStringConvertible, Sendable {
        let file: String
        let read: @Sendable (URL) throws -> Int
        var testDescription: String { file }
    }

    static let registers: [Register] = [
        Register(file: "csv/019HexaSmal.csv") { url in
            let table = try PostcodeTable.read(from: url)
            // The look-ups users make, on whatever the mutations left.
            _ = table.entries(forPostcode: "75001")
            _ = try? table.entries(forTownNamed: "Saint-Étienne")
            return 1
        },
        Register(file: "csv/elus-deputes-dep.csv") { try RNEDeputyRegister.read(from: $0).count },
        Register(file: "geo/circo_composition.csv") { url in
            let table = try ConstituencyTable.readINSEEComposition(from: url)
            return table.constituencies(ofCommune: "01001").count
        },
        Register(file: "geo/Table_de_correspondance_circo_legislatives2017-1.csv") { url in
            try ConstituencyTable.read2017Correspondence(from: url).constituencies(ofCommune: "01001").count
        },
    ]

    /// The header and the first 60 records of a real file, as bytes.
    static func head(of file: String) throws -> [UInt8] {
        let bytes = try [UInt8](Data(contentsOf: SharedData.url(file)))
        var lines = 0
        let end = bytes.firstIndex { byte in
            if byte == 0x0A { lines += 1 }
            return lines == 61
        } ?? bytes.count
        return Array(bytes[..<end])
    }

    @Test("every mutated register is read, or refused naming the file", arguments: registers)
    func registerReaders(register: Register) throws {
        let original = try Self.head(of: register.file)
        // Separators, quotes, line ends, a byte-order mark, Latin-1 and UTF-8 accents, digits,
        // date slashes: what the fields of these files are made of.
        let tokens: [[UInt8]] = [";", ",", "\"", "\n", "\r\n", "\r", "/", "0", "9", "-", " ", "A", "2A", "é"].map { Array($0.utf8) }
            + [[0xEF, 0xBB, 0xBF], [0xE9], [0xC3], [0x00], [0xFF]]
        let mutations: [ByteMutation] = [.flip, .remove, .insert(tokens), .prepend(tokens), .truncate, .duplicate]
        var rng = SplitMix64(state: UInt64(register.file.utf8.count) &* 0x5245_4749_53)
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try register.read(SharedData.url(register.file)) >= 0, "the real file itself is read")
        let outcome = try FileMutationRun(mutations: mutations, maxEdits: 6).run(
            seed: original, rounds: 200, using: &rng, in: folder, fileName: { "register-\($0).csv" }, refusal: CSVError.self
        ) { file in _ = try register.read(file) }
        #expect(outcome.unnamed.isEmpty, "errors that do not name their file: \(outcome.unnamed.prefix(3))")
        #expect(outcome.read + outcome.refused == 200)
        #expect(outcome.read > 0 && outcome.refused > 0, "read \(outcome.read), refused \(outcome.refused)")
    }
}
