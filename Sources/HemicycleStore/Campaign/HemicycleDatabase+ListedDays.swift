import GRDB
import HemicycleModel

extension HemicycleDatabase {
    /// The days each deputy is listed on a ballot (any position, non-voting included), sorted.
    public func listedDays(legislatures: Set<Int>? = nil) throws -> [String: [CalendarDate]] {
        try read { db in
            var sql = "SELECT DISTINCT vote.deputy_ref, ballot.date FROM vote JOIN ballot ON ballot.uid = vote.ballot_uid"
            if let legislatures, !legislatures.isEmpty {
                sql += " WHERE ballot.legislature IN (\(legislatures.sorted().map(String.init).joined(separator: ",")))"
            }
            sql += " ORDER BY vote.deputy_ref, ballot.date"
            var result: [String: [CalendarDate]] = [:]
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() {
                if let date = RowDecoding.date(row[1]) { result[row[0], default: []].append(date) }
            }
            return result
        }
    }
}
