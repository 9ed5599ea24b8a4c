import Foundation
import HemicycleModel
import HemicycleTestSupport
import Testing

/// The commands in a child process: `update --format json`, `watch`, `feed`, `status`.
@Suite("update, watch, feed and status commands", .serialized, .enabled(if: BuiltExecutable.url != nil, "SKIPPED: the hemicycle executable was not found beside the tests"))
struct UpdateCommandTests {
    /// Runs `hemicycle` and returns its exit status and standard output.
    func hemicycle(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = BuiltExecutable.url
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Reads the commands' JSON, whose keys are snake case (`JSONKeyStyle`) and instants ISO 8601 text.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    @Test func updateWatchFeedAndStatus() throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        let db = try SharedData.temporaryFolder().appendingPathComponent("cli.sqlite").path
        let update = ["update", "--quiet", "--ballots-only", "--db", db, "--source", server.base, "--legislature", "99", "--format", "json"]
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path)
        #expect(try hemicycle(update).status == 0)
        #expect(try hemicycle(["watch", "add", "jo", "--search", "jeux Olympiques", "--db", db]).status == 0)
        #expect(try hemicycle(["watch", "add", "jo", "--search", "again", "--db", db]).status != 0, "a second watch of the same name is refused")

        server.serve(try FixtureDumps.today(), at: FixtureDumps.path)
        let second = try hemicycle(update)
        #expect(second.status == 0)
        struct Payload: Decodable {
            var update: UpdateSummary
            var dataAsOf: [String]
        }
        let payload = try Self.decoder.decode(Payload.self, from: Data(second.output.utf8))
        #expect(payload.update.newBallots.map(\.number) == [9, 10])
        #expect(payload.update.changedBallots.map(\.ballot.number) == [8])
        #expect(payload.update.watchMatches.map(\.watch.name) == ["jo"])
        #expect(payload.dataAsOf.first?.hasPrefix("Data as of 2025-02-11 (legislature 99, last ballot); checked ") == true)

        let feed = try SharedData.temporaryFolder().appendingPathComponent("jo.atom")
        #expect(try hemicycle(["feed", "jo", "--output", feed.path, "--db", db]).status == 0)
        let parsed = try AtomParse(try Data(contentsOf: feed))
        #expect(parsed.entryIDs == ["urn:hemicycle:ballot:VTANR5L99V9"])

        let status = try hemicycle(["status", "--db", db])
        #expect(status.output.contains("Data as of 2025-02-11 (legislature 99, last ballot)"))
        #expect(try hemicycle(["watch", "remove", "jo", "--db", db]).status == 0)
        #expect(try hemicycle(["watch", "remove", "jo", "--db", db]).status == 1)
    }

    /// `update --lang fr`: the summary in French, to its "data as of" lines; the ballot the newer
    /// dump republished is said with its changes in French.
    @Test func updateInFrench() throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        let db = try SharedData.temporaryFolder().appendingPathComponent("fr.sqlite").path
        let update = ["update", "--quiet", "--ballots-only", "--db", db, "--source", server.base, "--legislature", "99", "--lang", "fr"]
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path)
        #expect(try hemicycle(update).status == 0)
        server.serve(try FixtureDumps.today(), at: FixtureDumps.path)
        let second = try hemicycle(update)
        #expect(second.status == 0)
        #expect(EnglishLabels.leftovers(in: second.output) == [], "\(second.output)")
        #expect(second.output.contains("Mise à jour depuis") && second.output.contains("republié"), "\(second.output)")
        #expect(second.output.contains("Données au"), "\(second.output)")
    }

    /// `update --legislation`: the JSON counts the dossiers and amendments, the text says them.
    @Test func updateWithLegislation() throws {
        let server = FixtureServer()
        try server.start()
        defer { server.stop() }
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path)
        server.serve(try FixtureLegislationDumps.dossiersYesterday(), at: FixtureLegislationDumps.dossiersPath)
        server.serve(try FixtureLegislationDumps.amendmentsYesterday(), at: FixtureLegislationDumps.amendmentsPath)
        let db = try SharedData.temporaryFolder().appendingPathComponent("cli.sqlite").path
        let update = ["update", "--quiet", "--ballots-only", "--legislation", "--db", db, "--source", server.base, "--legislature", "99"]
        let first = try hemicycle(update + ["--format", "json"])
        #expect(first.status == 0)
        struct Payload: Decodable { var update: UpdateSummary }
        let payload = try Self.decoder.decode(Payload.self, from: Data(first.output.utf8))
        #expect(payload.update.dumps.map(\.kind) == [.ballots, .dossiers, .amendments])
        #expect(payload.update.legislation == LegislationChanges(newDossiers: 2, newAmendments: 2))
        // `status` counts the legislative records of each file too (it showed zeros for them).
        let status = try hemicycle(["status", "--db", db, "--format", "json"])
        let freshness = try Self.decoder.decode(StoreFreshness.self, from: Data(status.output.utf8))
        #expect(freshness.importedDumps.map(\.dossiers).reduce(0, +) == 2, "\(status.output)")
        #expect(freshness.importedDumps.map(\.amendments).reduce(0, +) == 2, "\(status.output)")
        let statusText = try hemicycle(["status", "--db", db]).output
        #expect(statusText.contains("Dossiers") && statusText.contains("Amendments"), "\(statusText)")

        server.serve(try FixtureLegislationDumps.dossiersToday(), at: FixtureLegislationDumps.dossiersPath)
        let second = try hemicycle(update)
        #expect(second.status == 0)
        // The import's one records table (ImportRecordsTable): read, added, updated, unchanged.
        #expect(second.output.contains("Records"), "\(second.output)")
        #expect(second.output.range(of: #"(?m)^dossiers +\d+ +1 +1 +\d+$"#, options: .regularExpression) != nil, "\(second.output)")
        #expect(second.output.range(of: #"(?m)^ballot ↔ dossier +\d+ +\d+ +\d+$"#, options: .regularExpression) != nil, "\(second.output)")
    }
}
