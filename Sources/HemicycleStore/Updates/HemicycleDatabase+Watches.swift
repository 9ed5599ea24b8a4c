import Foundation
import GRDB
import HemicycleModel

extension HemicycleDatabase {
    /// The saved watches, by name.
    public func watches() throws -> [Watch] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, kind, value FROM watch ORDER BY name").compactMap { row in
                Watch.Kind(rawValue: row[1]).map { Watch(name: row[0], kind: $0, value: row[2]) }
            }
        }
    }

    /// Saves a watch; throws ``StoreError/invalidReference(_:)`` when one has this name already.
    public func addWatch(_ watch: Watch) throws {
        try requireWritable()
        do {
            try queue.write { db in
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM watch WHERE name = ?)", arguments: [watch.name]) == true {
                    throw StoreError.invalidReference("a watch named \(watch.name) exists already")
                }
                try db.execute(sql: "INSERT INTO watch (name, kind, value, created_at) VALUES (?,?,?,?)",
                               arguments: [watch.name, watch.kind.rawValue, watch.value, ISO8601DateFormatter().string(from: Date())])
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// Removes a watch; false when there was none of this name.
    public func removeWatch(named name: String) throws -> Bool {
        try requireWritable()
        do {
            return try queue.write { db in
                try db.execute(sql: "DELETE FROM watch WHERE name = ?", arguments: [name])
                return db.changesCount > 0
            }
        } catch let error as DatabaseError {
            throw HemicycleDatabase.translate(error, path: path)
        }
    }

    /// The uids of the ballots where a person is listed as voting (any position).
    public func ballotUIDs(votedBy deputyUID: String) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT ballot_uid FROM vote WHERE deputy_ref = ?", arguments: [deputyUID]))
        }
    }

    /// The uids of the ballots whose group breakdown lists a group.
    public func ballotUIDs(listingGroup groupUID: String) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT ballot_uid FROM group_vote WHERE group_ref = ?", arguments: [groupUID]))
        }
    }
}
