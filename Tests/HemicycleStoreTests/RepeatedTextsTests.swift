import GRDB
@testable import HemicycleStore
import Testing

/// Text read through ``RepeatedTexts`` (a string shared by the rows that repeat a value) must be
/// the text of each row, whatever the order of the values, their number or their length.
@Suite("Store: repeated texts of a scan")
struct RepeatedTextsTests {
    @Test func eachRowReadsItsOwnText() throws {
        // Same lengths with different bytes, NULL and empty, more distinct values than the cache
        // keeps, values coming back after being pushed out, non-ASCII text.
        var values: [String?] = ["SPO", "SPS", "SPO", nil, "", "MOC", "SPO", "é", "e", "é"]
        values += (0..<(RepeatedTexts.capacity * 2)).map { "sitting \($0)" }
        values += ["SPO", "sitting 0", nil, "SPS", "Majorité absolue des suffrages exprimés", "Majorité absolue des suffrages exprimés"]
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, label TEXT, other TEXT)")
            for (n, value) in values.enumerated() {
                try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?)", arguments: [n, value, "row \(n)"])
            }
        }
        let (cached, plain) = try queue.read { db in
            var cached: [[String?]] = [], plain: [[String?]] = []
            let repeated = RepeatedTexts(columns: [0])
            try db.scanRaw(sql: "SELECT label, other FROM t ORDER BY n") { raw in
                let row = repeated.reading(raw)
                cached.append([row.optionalText(0), row.text(0), row.text(1)])
                plain.append([raw.optionalText(0), raw.text(0), raw.text(1)])
            }
            return (cached, plain)
        }
        #expect(cached == plain)
        #expect(cached.map { $0[0] } == values)
    }
}
