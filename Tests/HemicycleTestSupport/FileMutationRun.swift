import Foundation

/// A bounded mutation-fuzzing run of a file reader: each round mutates a seed with 1…`maxEdits`
/// edits drawn from `mutations`, writes it to a new file, and reads that file. A read either
/// returns or throws the reader's typed error (`Refusal`); anything else — another error, a
/// trap — fails the test that runs it.
public struct FileMutationRun: Sendable {
    /// What happened to the mutated files.
    public struct Outcome: Sendable {
        /// Files read without error.
        public var read = 0
        /// Files refused with the reader's error.
        public var refused = 0
        /// The refusals whose message does not name their file (each should).
        public var unnamed: [String] = []
    }

    public var mutations: [ByteMutation]
    public var maxEdits: Int

    public init(mutations: [ByteMutation], maxEdits: Int) {
        self.mutations = mutations
        self.maxEdits = maxEdits
    }

    /// Runs `rounds` mutated copies of `seed` through `read`, each in a file of `folder` named by
    /// `fileName(round)`.
    public func run<Refusal: Error & CustomStringConvertible>(
        seed: [UInt8], rounds: Int, using rng: inout SplitMix64, in folder: URL,
        fileName: (Int) -> String, refusal: Refusal.Type, read: (URL) throws -> Void
    ) throws -> Outcome {
        var outcome = Outcome()
        for round in 0..<rounds {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...maxEdits, using: &rng) where !bytes.isEmpty {
                ByteMutation.apply(oneOf: mutations, to: &bytes, at: Int.random(in: 0..<bytes.count, using: &rng), using: &rng)
            }
            let file = folder.appendingPathComponent(fileName(round))
            try Data(bytes).write(to: file)
            do {
                try read(file)
                outcome.read += 1
            } catch let error as Refusal {
                outcome.refused += 1
                if !error.description.contains(file.lastPathComponent) { outcome.unnamed.append(error.description) }
            }
        }
        return outcome
    }
}
