import Foundation
import GRDB
import HemicycleStore
import HemicycleTestSupport
import HemicycleUpdate
import ZIPFoundation

/// Hand-made ballots dumps of a fictitious legislature 99, made from the import fixture
/// `an/scrutin-quirks.json` (ballot 7): "yesterday" holds ballots 7 and 8; "today" holds 7 as
/// before, 8 republished with another title and voters count, and new ballots 9 and 10.
enum FixtureDumps {
    static let legislature = 99
    static let path = "/99/loi/scrutins/Scrutins.json.zip"

    /// The fixture ballot renumbered, retitled, and with another published voters count.
    static func ballot(_ number: Int, title: String, voters: Int = 4) throws -> (String, Data) {
        var text = try String(contentsOf: SharedData.fixture("an/scrutin-quirks.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"uid\": \"VTANR5L99V7\", \"numero\": \"007\"",
                                         with: "\"uid\": \"VTANR5L99V\(number)\", \"numero\": \"\(number)\"")
        text = text.replacingOccurrences(of: "\"titre\": \"l'amendement n° 1 (fixture)\"", with: "\"titre\": \"\(title)\"")
        text = text.replacingOccurrences(of: "\"nombreVotants\": \"4\"", with: "\"nombreVotants\": \"\(voters)\"")
        return ("json/VTANR5L99V\(number).json", Data(text.utf8))
    }

    static func yesterday() throws -> Data {
        try zip([ballot(7, title: "l'amendement n° 1 (fixture)"), ballot(8, title: "l'article 2")])
    }

    static func today() throws -> Data {
        try zip([
            ballot(7, title: "l'amendement n° 1 (fixture)"),
            ballot(8, title: "l'article 2 (rectifié)", voters: 5),
            ballot(9, title: "l'article 35 du projet de loi relatif aux jeux Olympiques"),
            ballot(10, title: "l'ensemble du projet de loi"),
        ])
    }

    /// A zip of (path, bytes) entries, deflated, as the Assemblée publishes.
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let url = try SharedData.temporaryFolder().appendingPathComponent("dump.zip")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try Data(contentsOf: url)
    }

    /// A new empty store in a temporary folder.
    static func store() throws -> HemicycleDatabase {
        try HemicycleDatabase(path: SharedData.temporaryFolder().appendingPathComponent("update.sqlite").path)
    }

    /// Update settings against a fixture server: legislature 99, ballots only, short timeouts and pauses.
    static func settings(_ server: FixtureServer, legislature: Int = legislature) -> UpdateSettings {
        var settings = UpdateSettings(source: .repository(URL(string: server.base)!), legislatures: [legislature])
        settings.kinds = [.ballots]
        // Generous: the tests run in parallel on a loaded machine (in the full suite on 2 shared
        // cores the in-process server was starved for over 30 s in the middle of the real dumps);
        // the stall test sets its own.
        settings.readTimeout = 300
        settings.connectTimeout = 10
        settings.retryDelay = 0.05
        settings.attempts = 3
        return settings
    }

    /// A new store that `server` has updated with yesterday's dump, its updater, and its snapshot.
    static func seeded(_ server: FixtureServer) async throws -> (HemicycleDatabase, Updater, [String]) {
        let database = try store()
        let updater = Updater(database: database, settings: settings(server))
        server.serve(try yesterday(), at: path)
        _ = try await updater.run()
        return (database, updater, try snapshot(database))
    }

    /// Every row of every table (counts, and the rows of small tables), to compare a store before
    /// and after a failed update.
    static func snapshot(_ database: HemicycleDatabase) throws -> [String] {
        try database.queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var rows: [String] = []
            for table in tables {
                rows.append("\(table): \(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1)")
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1 LIMIT 200").map { "\(table) \($0)" }
            }
            return rows
        }
    }
}
