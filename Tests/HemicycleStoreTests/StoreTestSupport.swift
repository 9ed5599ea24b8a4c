import Foundation
import GRDB
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
@testable import HemicycleStore
import HemicycleTestSupport
import Testing

/// The fixture dumps most store tests import: a group, a person with the quirks, a seat
/// mandate, a ballot (99:7).
enum StoreFixtures {
    static let names = ["an/organe-group.json", "an/acteur-quirks.json", "an/mandat-seat.json", "an/scrutin-quirks.json"]

    /// A new database in a temporary folder, holding the fixtures (``names``).
    static func imported(_ name: String) throws -> HemicycleDatabase {
        let database = try HemicycleDatabase(path: SharedData.temporaryFolder().appendingPathComponent(name).path)
        try importFixtures(names, into: database)
        return database
    }
}

/// A suite whose tests each make databases in their own temporary folder.
protocol StoreSuite {
    var folder: URL { get }
}

extension StoreSuite {
    /// A database file of that name in the suite's folder (created if new).
    func database(_ name: String = "h.sqlite") throws -> HemicycleDatabase {
        try HemicycleDatabase(path: folder.appendingPathComponent(name).path)
    }

    /// ``StoreFixtures/names``.
    static var fixtures: [String] { StoreFixtures.names }
}

/// Imports fixture files into a database, in one transaction.
@discardableResult
func importFixtures(_ names: [String], into database: HemicycleDatabase) throws -> ImportStatistics {
    try database.importing(linking: BallotLinkingRules()) { transaction in
        for name in names {
            try ANDumpReader(path: SharedData.fixture(name).path).read { record in
                switch record {
                case .ballot(let b, let s): try transaction.write(b, source: s)
                case .deputy(let d, let s, let hash): try transaction.write(d, source: s, contentHash: hash)
                case .body(let b, let s, _): try transaction.write(b, source: s)  // hash left to the transaction: the same one
                case .mandate(let m, let s, let hash): try transaction.write(m, source: s, contentHash: hash)
                }
            }
        }
    }
}

/// Every row of every table, as text, to compare a database before and after.
func snapshot(_ database: HemicycleDatabase) throws -> [String] {
    try database.queue.read { db in
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
        return try tables.flatMap { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table): \($0.description)" }
        }
    }
}
