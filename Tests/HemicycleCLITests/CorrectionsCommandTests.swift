import Foundation
import GRDB
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleStore
import HemicycleTestSupport
import Testing

/// `hemicycle corrections` and turnout over sitting deputies on the shipped 17th legislature:
/// counts recomputed with SQL, the flipping ballots recomputed a second way, and one flip and
/// one non-flip worked out by hand.
@Suite("Corrections and sitting deputies on the shipped data", .serialized,
       .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct CorrectionsCommandTests {
    let db = ShippedDatabase.path

    func object(_ arguments: [String]) throws -> [String: Any] {
        let text = try hemicycle(arguments + ["--db", db, "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func sql<T>(_ body: (Database) throws -> T) throws -> T {
        try openForReading(db).read(body)
    }

    @Test func countsMatchTheDatabase() throws {
        let c = try object(["corrections"])
        let (corrections, ballots, malfunctions, total) = try sql { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM correction JOIN ballot ON ballot.uid = ballot_uid WHERE legislature = 17") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT ballot_uid) FROM correction JOIN ballot ON ballot.uid = ballot_uid WHERE legislature = 17") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM correction JOIN ballot ON ballot.uid = ballot_uid WHERE legislature = 17 AND kind = 'malfunction'") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE legislature = 17") ?? -1)
        }
        // 1,500 ballots of the shipped 17th legislature (to 2026-07-02) name deputies under
        // miseAuPoint (counted with Python on Scrutins_XVII_20260702.json.zip; 804 in the older copy
        // to 2025-11-17, as the data README says).
        #expect(ballots == 1500)
        #expect(c["ballots_with_corrections"] as? Int == ballots)
        #expect(c["corrections"] as? Int == corrections)
        #expect(c["malfunctions"] as? Int == malfunctions)
        #expect(c["ballots_selected"] as? Int == total)
        let listed = try #require(c["ballots"] as? [[String: Any]])
        #expect(listed.count == ballots)
        #expect(listed.reduce(0) { $0 + (($1["corrections"] as? [Any])?.count ?? 0) } == corrections)
        for key in ["ballots_selected", "ballots_with_corrections", "corrections", "malfunctions", "flips", "ballots"] {
            #expect(c[key] != nil, "corrections JSON key \(key)")
        }
        // Filters apply: a ballot without corrections lists nothing.
        let none = try object(["corrections", "--ballots", "1"])
        let hasCorrections = try sql { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM correction JOIN ballot ON ballot.uid = ballot_uid WHERE legislature = 17 AND number = 1") ?? -1
        }
        #expect(none["corrections"] as? Int == hasCorrections)
    }

    /// The flipping ballots, recomputed from SQL rows with a separate, simpler loop: house
    /// for/against only, each correction moving its deputy from the current position.
    @Test func flipsMatchAnIndependentRecomputation() throws {
        let c = try object(["corrections", "--only-flips"])
        let reported = Set((try #require(c["ballots"] as? [[String: Any]])).compactMap { $0["number"] as? Int })
        #expect(c["flips"] as? Int == reported.count)

        let expected: Set<Int> = try sql { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT b.number, b.type, b.required, b.expressed, b.official_for, b.official_against, b.seats,
                       c.deputy_ref, c.intended_position, v.position
                FROM correction c JOIN ballot b ON b.uid = c.ballot_uid
                LEFT JOIN vote v ON v.ballot_uid = c.ballot_uid AND v.deputy_ref = c.deputy_ref
                WHERE b.legislature = 17 ORDER BY b.number, c.ordinal
                """)
            var flips = Set<Int>()
            var i = 0
            while i < rows.count {
                let number: Int = rows[i]["number"]
                let type: String = rows[i]["type"], required: Int = rows[i]["required"], expressed: Int = rows[i]["expressed"]
                let officialFor: Int = rows[i]["official_for"], officialAgainst: Int = rows[i]["official_against"]
                var yes = officialFor, no = officialAgainst
                var current: [String: String] = [:]
                while i < rows.count, (rows[i]["number"] as Int) == number {
                    let deputy: String = rows[i]["deputy_ref"]
                    let before = current[deputy] ?? (rows[i]["position"] as String?) ?? "absent"
                    let after: String = rows[i]["intended_position"]
                    if before == "for" { yes -= 1 } else if before == "against" { no -= 1 }
                    if after == "for" { yes += 1 } else if after == "against" { no += 1 }
                    current[deputy] = after
                    i += 1
                }
                let fixed = type == "MOC" || (required > 0 && required != expressed / 2 + 1)
                let adopted = fixed ? officialFor >= required : officialFor > officialAgainst
                let adoptedAfter = fixed ? yes >= required : yes > no
                if adopted != adoptedAfter { flips.insert(number) }
            }
            return flips
        }
        #expect(reported == expected)
        #expect(!expected.isEmpty)
    }

    /// Ballot 1112 worked out by hand: 40 for, 38 against, adopted (40 ≥ ⌊78/2⌋ + 1 = 40, margin
    /// 0). Its one correction moves PA720066 from for to against: 39–39, 39 < 40, rejected
    /// (margin −1) — a flip. Ballot 1110: 40–40, rejected (margin 40 − 41 = −1); PA720066 moves
    /// from abstention to against: 40–41, margin 40 − 41 = −1, still rejected.
    @Test func handCheckedFlipAndNonFlip() throws {
        let c = try object(["corrections", "--ballots", "1110,1112"])
        let ballots = try #require(c["ballots"] as? [[String: Any]])
        let byNumber = Dictionary(ballots.compactMap { b in (b["number"] as? Int).map { ($0, b) } }, uniquingKeysWith: { a, _ in a })
        let flip = try #require(byNumber[1112])
        let official = try #require(flip["official"] as? [String: Any]), corrected = try #require(flip["corrected"] as? [String: Any])
        #expect(official["for"] as? Int == 40 && official["against"] as? Int == 38)
        #expect(official["result"] as? String == "adopted" && official["margin"] as? Int == 0)
        #expect(corrected["for"] as? Int == 39 && corrected["against"] as? Int == 39)
        #expect(corrected["result"] as? String == "rejected" && corrected["margin"] as? Int == -1)
        #expect(flip["flips"] as? Bool == true)
        let entry = try #require((flip["corrections"] as? [[String: Any]])?.first)
        #expect(entry["deputy_id"] as? String == "PA720066")
        #expect(entry["recorded_position"] as? String == "for" && entry["intended_position"] as? String == "against")
        #expect(entry["kind"] as? String == "statement")

        let stay = try #require(byNumber[1110])
        #expect((stay["official"] as? [String: Any])?["margin"] as? Int == -1)
        #expect((stay["corrected"] as? [String: Any])?["against"] as? Int == 41)
        #expect((stay["corrected"] as? [String: Any])?["margin"] as? Int == -1)
        #expect(stay["flips"] as? Bool == false)
        #expect(c["flips"] as? Int == 1)

        let table = try hemicycle(["corrections", "--db", db, "--ballots", "1112"])
        #expect(table.contains("FLIP"))
        let csv = try hemicycle(["corrections", "--db", db, "--ballots", "1112", "--format", "csv"])
        // CSV: one row per correction, its ballot's figures beside it.
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("deputy_id,group_id,ballot_uid,number,date,") == true)
        #expect(lines.last?.hasPrefix("PA720066,PO") == true)
        #expect(lines.last?.contains(",VTANR5L17V1112,1112,2025-03-21,") == true)
        #expect(lines.last?.hasSuffix(",for,against,false,statement,adopted,0,rejected,-1,true") == true)
    }

    /// Sitting deputies: distinct constituencies with an ASSEMBLEE mandate covering the ballot's
    /// day, counted with SQL for one ballot; the new keys sit beside the old ones.
    @Test func turnoutOverSittingDeputies() throws {
        let t = try object(["turnout", "--ballots", "773", "--lowest", "1"])
        let (date, voters): (String, Int) = try sql { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT date, voters FROM ballot WHERE legislature = 17 AND number = 773"))
            return (row["date"], row["voters"])
        }
        let sitting = try sql { db in
            try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT ltrim(upper(department_code), '0') || '-' || constituency) FROM mandate
                WHERE body_type = 'ASSEMBLEE' AND (legislature IS NULL OR legislature = 17)
                  AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)
                """, arguments: [date, date]) ?? -1
        }
        #expect(sitting > 0 && sitting <= 577)
        let range = try #require(t["sitting_deputies"] as? [String: Any])
        #expect(range["min"] as? Int == sitting && range["max"] as? Int == sitting)
        let overall = try #require(t["overall_of_sitting"] as? [String: Any])
        #expect(abs((overall["median"] as? Double ?? -1) - Double(voters) / Double(sitting)) < 1e-6)
        let lowest = try #require((t["lowest_turnout_adopted"] as? [[String: Any]])?.first)
        #expect(lowest["sitting"] as? Int == sitting)
        #expect(lowest["seats"] as? Int == 577)
        for key in ["overall", "by_type", "overall_of_sitting", "by_type_of_sitting", "sitting_deputies", "sitting_method"] {
            #expect(t[key] != nil, "turnout JSON key \(key)")
        }
        let explained = try hemicycle(["turnout", "--db", db, "--ballots", "773", "--explain"])
        #expect(explained.contains("Sitting deputies = seats held"))
    }
}
