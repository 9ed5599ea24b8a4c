import Foundation
import HemicycleImport
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import Testing

/// `update` against a local server: conditional requests, what changed, and failures that must
/// leave the store as it was.
@Suite("Update from a local server", .serialized)
struct UpdateTests {
    let server = FixtureServer()

    init() throws { try server.start() }

    /// Yesterday's dump, then today's: the second update lists exactly the new ballots and the
    /// republished one with what changed; a third downloads nothing (304).
    @Test func yesterdayThenTodayThenNotModified() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let updater = Updater(database: database, settings: FixtureDumps.settings(server))

        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path)
        let first = try await updater.run()
        #expect(first.newBallots.map(\.number) == [7, 8])
        #expect(first.changedBallots.isEmpty)
        #expect(first.dumps.map(\.status) == [.imported])

        server.serve(try FixtureDumps.today(), at: FixtureDumps.path)
        let second = try await updater.run()
        #expect(second.newBallots.map(\.number) == [9, 10])
        #expect(second.newBallots.first?.title == "l'article 35 du projet de loi relatif aux jeux Olympiques")
        #expect(second.newBallots.first?.result == .adopted)
        #expect(second.newBallots.first?.date.description == "2025-02-11")
        #expect(second.changedBallots.map(\.ballot.number) == [8])
        let changes = second.changedBallots.first?.changes ?? []
        #expect(changes.contains(FieldChange(field: .title, before: .text("l'article 2"), after: .text("l'article 2 (rectifié)"))))
        #expect(changes.contains(FieldChange(field: .voters, before: .number(4), after: .number(5))))
        #expect(changes.count == 2, "only the title and the voters changed: \(changes)")
        // The request was conditional on what the first update fetched.
        #expect(server.requests.last?.ifNoneMatch != nil)
        #expect(try database.ballotCount() == 4)
        #expect(try database.ballot("8", legislature: 99).ballot.title == "l'article 2 (rectifié)")

        let third = try await updater.run()
        #expect(!third.changedAnything)
        #expect(third.dumps.map(\.status) == [.notModified])
        #expect(server.requests.last?.status == 304)
        #expect(server.requests.last?.bodyBytes == 0)

        // The log: three runs, the freshness of legislature 99.
        let freshness = try database.freshness()
        #expect(freshness.legislatures.map(\.ballots) == [4])
        #expect(freshness.updatedDumps.map(\.lastStatus) == ["not-modified"])
        #expect(freshness.updatedDumps.first?.lastDownloadedAt != nil)
        #expect(freshness.lastUpdateSource == server.base)
    }

    /// A server that ignores validators sends the same bytes again: their SHA-256 says so, and
    /// nothing is imported.
    @Test func sameBytesAreNotImportedAgain() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let updater = Updater(database: database, settings: FixtureDumps.settings(server))
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path, behaviour: .ignoresValidators)
        _ = try await updater.run()
        let before = try FixtureDumps.snapshot(database)
        let again = try await updater.run()
        #expect(again.dumps.map(\.status) == [.sameContent])
        #expect(!again.changedAnything)
        #expect(server.requests.last?.status == 200)
        // Only the log grew.
        let after = try FixtureDumps.snapshot(database)
        #expect(after.filter { !$0.hasPrefix("update_") } == before.filter { !$0.hasPrefix("update_") })
    }

    /// A 500, then another, then success: retried within the bounded attempts.
    @Test func serverErrorsAreRetried() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path, behaviour: .failing(count: 2))
        let summary = try await Updater(database: database, settings: FixtureDumps.settings(server)).run()
        #expect(summary.newBallots.count == 2)
        #expect(server.requests.map(\.status) == [500, 500, 200])
    }

    /// More 500s than attempts: the update fails with the status, the store as it was.
    @Test func persistentServerErrorsFailCleanly() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let before = try FixtureDumps.snapshot(database)
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path, behaviour: .failing(count: 5))
        await #expect(throws: UpdateError.httpStatus(location: server.base + FixtureDumps.path, code: 500, reason: "Internal Server Error")) {
            try await Updater(database: database, settings: FixtureDumps.settings(server)).run()
        }
        #expect(server.requests.count == 3)
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// A body cut short (the server closes the connection half-way): retried, then refused; the
    /// store keeps yesterday's data.
    @Test func truncatedDownloadLeavesTheStoreAsItWas() async throws {
        defer { server.stop() }
        let (database, updater, before) = try await FixtureDumps.seeded(server)
        server.serve(try FixtureDumps.today(), at: FixtureDumps.path, behaviour: .truncating)
        do {
            _ = try await updater.run()
            Issue.record("a truncated download was accepted")
        } catch let error as UpdateError {
            guard case .truncated = error else { Issue.record("expected a truncation, got \(error)"); return }
        }
        #expect(server.requests.suffix(3).allSatisfy { $0.status == 200 && $0.bodyBytes > 0 })
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// A server that sends the headers and then nothing: the read timeout gives up, the store is
    /// as it was.
    @Test func stalledServerTimesOut() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let before = try FixtureDumps.snapshot(database)
        server.serve(try FixtureDumps.yesterday(), at: FixtureDumps.path, behaviour: .stalling)
        var settings = FixtureDumps.settings(server)
        settings.readTimeout = 0.3
        settings.attempts = 2
        do {
            _ = try await Updater(database: database, settings: settings).run()
            Issue.record("a stalled download succeeded")
        } catch let error as UpdateError {
            #expect(error.isRetryable, "\(error)")
            #expect(error.description.contains("read timeout") || error.description.contains("broke off"), "\(error)")
        }
        #expect(server.requests.count == 2)
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// A corrupt zip (a flipped byte in an entry's deflated data: its CRC fails) and an HTML page
    /// served as the dump are refused before anything is imported; neither is retried.
    @Test(arguments: ["flipped byte", "html page"])
    func corruptDumpIsRefusedBeforeImport(kind: String) async throws {
        defer { server.stop() }
        let (database, updater, before) = try await FixtureDumps.seeded(server)
        var bytes = try FixtureDumps.today()
        if kind == "html page" {
            bytes = Data("<html><body>Maintenance</body></html>".utf8)
        } else {
            // Inside the first entry's deflated data: past its 30-byte local header and name.
            bytes[60] ^= 0xFF
        }
        server.serve(bytes, at: FixtureDumps.path)
        do {
            _ = try await updater.run()
            Issue.record("a corrupt dump was imported")
        } catch let error as UpdateError {
            guard case .corruptDump = error else { Issue.record("expected a corrupt dump, got \(error)"); return }
        }
        #expect(server.requests.last?.status == 200)
        #expect(server.requests.count == 2, "a corrupt dump is not downloaded again")
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// A dump whose zip is sound but whose third entry is malformed JSON fails during the import,
    /// after two ballots were written in the transaction: everything is rolled back.
    @Test func failureDuringImportRollsBack() async throws {
        defer { server.stop() }
        let (database, updater, before) = try await FixtureDumps.seeded(server)
        server.serve(try FixtureDumps.zip([
            FixtureDumps.ballot(11, title: "a"), FixtureDumps.ballot(12, title: "b"),
            ("json/VTANR5L99V13.json", Data("{\"scrutin\": {\"uid\": ".utf8)),
        ]), at: FixtureDumps.path)
        await #expect(throws: ImportError.self) { try await updater.run() }
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// `--dry-run` says what would change and writes nothing, not even the log.
    @Test func dryRunWritesNothing() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        let before = try FixtureDumps.snapshot(database)
        var settings = FixtureDumps.settings(server)
        settings.dryRun = true
        server.serve(try FixtureDumps.today(), at: FixtureDumps.path)
        let summary = try await Updater(database: database, settings: settings).run()
        #expect(summary.dryRun)
        #expect(summary.newBallots.map(\.number) == [7, 8, 9, 10])
        #expect(try FixtureDumps.snapshot(database) == before)
    }

    /// A folder laid out as the repository: the same bytes twice are not imported again.
    @Test func folderSource() async throws {
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        let file = folder.appendingPathComponent(String(FixtureDumps.path.dropFirst()))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FixtureDumps.yesterday().write(to: file)
        let database = try FixtureDumps.store()
        var settings = UpdateSettings(source: try DumpSource(argument: folder.path), legislatures: [99])
        settings.kinds = [.ballots]
        let updater = Updater(database: database, settings: settings)
        #expect(try await updater.run().newBallots.count == 2)
        let again = try await updater.run()
        #expect(again.dumps.map(\.status) == [.sameContent])
        try FixtureDumps.today().write(to: file)
        let today = try await updater.run()
        #expect(today.newBallots.map(\.number) == [9, 10])
        #expect(today.changedBallots.map(\.ballot.number) == [8])
        // The stored ballots name the dump by its place in the folder, not the temporary copy.
        #expect(try database.ballot("9", legislature: 99).source.dump == file.path)
    }

    /// A missing dump (404) is not retried and fails the update.
    @Test func missingDumpFails() async throws {
        defer { server.stop() }
        let database = try FixtureDumps.store()
        await #expect(throws: UpdateError.self) {
            try await Updater(database: database, settings: FixtureDumps.settings(server)).run()
        }
        #expect(server.requests.map(\.status) == [404])
    }
}
