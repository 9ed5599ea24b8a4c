import Foundation
import HemicycleImport
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// Bounded mutation fuzzing of what `update` downloads (the stand-in for a libFuzzer target: the
/// zip reader under it has one, `FuzzZip`): today's dump with bytes flipped, removed, inserted,
/// duplicated or cut, served by the local server. Each update must either import a dump whose
/// entries are intact or fail with a typed error that names the download, leaving the store
/// exactly as it was.
@Suite("Update: mutated downloads (smoke)", .serialized)
struct UpdateMutationTests {
    let server = FixtureServer()

    init() throws { try server.start() }

    @Test func everyMutatedDumpIsImportedWholeOrRefusedWithNothingChanged() async throws {
        defer { server.stop() }
        let (database, updater, seeded) = try await FixtureDumps.seeded(server)
        let original = [UInt8](try FixtureDumps.today())
        let zipMarkers: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x01, 0x02], [0x50, 0x4B, 0x05, 0x06], [0xFF, 0xFF, 0xFF, 0xFF], [0]]
        let mutations: [ByteMutation] = [.flip, .remove, .insert(zipMarkers), .truncate, .duplicate]
        var rng = SplitMix64(state: 0x5550_4441_5445)
        var before = seeded
        var imported = 0, refused = 0
        for _ in 0..<40 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !bytes.isEmpty {
                ByteMutation.apply(oneOf: mutations, to: &bytes, at: Int.random(in: 0..<bytes.count, using: &rng), using: &rng)
            }
            server.serve(Data(bytes), at: FixtureDumps.path)
            do {
                _ = try await updater.run()
                imported += 1
                before = try FixtureDumps.snapshot(database)
            } catch let error as UpdateError {
                refused += 1
                #expect(error.description.contains(FixtureDumps.path), "the error names the download: \(error)")
                #expect(try FixtureDumps.snapshot(database) == before, "a refused download changed the store: \(error)")
            } catch let error as ImportError {
                refused += 1
                #expect(try FixtureDumps.snapshot(database) == before, "a refused import changed the store: \(error)")
            }
        }
        #expect(imported + refused == 40)
        #expect(refused > 0, "mutations should break some downloads")
    }
}
