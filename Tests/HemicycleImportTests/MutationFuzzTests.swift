import Foundation
import HemicycleImport
import HemicycleTestSupport
import Testing

/// Mutates bytes the way a fuzzer does: flips, deletions, insertions of JSON punctuation,
/// truncation and duplication of slices.
func mutate(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    let punctuation: [[UInt8]] = "{}[]\",:0n1-tfe\\ ".utf8.map { [$0] }
    let mutations: [ByteMutation] = [.flip, .remove, .insert(punctuation), .truncate, .duplicate]
    for _ in 0..<Int.random(in: 1...8, using: &rng) {
        guard !bytes.isEmpty else { break }
        let i = Int.random(in: 0..<bytes.count, using: &rng)
        ByteMutation.apply(oneOf: mutations, to: &bytes, at: i, using: &rng)
    }
    return bytes
}

/// A bounded mutation-fuzzing smoke run (the in-process stand-in for libFuzzer in CI): every
/// mutated input must either decode or fail with an `ImportError`; a crash fails the whole run.
@Suite("Mutation fuzzing (smoke)")
struct MutationFuzzTests {
    static let seeds = ["an/scrutin-quirks.json", "an/acteur-quirks.json", "an/organe-group.json", "an/mandat-seat.json"]

    @Test(arguments: seeds)
    func anJSONDecoderNeverCrashes(seed: String) throws {
        let original = try [UInt8](Data(contentsOf: SharedData.fixture(seed)))
        var rng = SplitMix64(state: UInt64(seed.utf8.count) &* 7919)
        let folder = try SharedData.temporaryFolder()
        var decoded = 0, refused = 0
        for iteration in 0..<300 {
            let file = folder.appendingPathComponent("m\(iteration).json")
            try Data(mutate(original, using: &rng)).write(to: file)
            do {
                try ANDumpReader(path: file.path).read { _ in }
                decoded += 1
            } catch is ImportError {
                refused += 1
            }
        }
        #expect(decoded + refused == 300)
        #expect(refused > 0, "mutations should break some inputs")
    }
}
