import Foundation
import GRDB
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleStore
import HemicycleTestSupport
import Testing

/// The analytics commands on the shipped 17th legislature: invariants that must hold for every
/// ballot, deputy and group, and one deputy and one group recomputed independently with SQL.
@Suite("Analytics commands on the shipped data", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct AnalyticsCommandTests {
    let db = ShippedDatabase.path

    func json(_ arguments: [String]) throws -> Any {
        let text = try hemicycle(arguments + ["--db", db, "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func object(_ arguments: [String]) throws -> [String: Any] {
        try #require(try json(arguments) as? [String: Any])
    }

    /// A read-only SQL connection to the same database, for the independent recomputations.
    func sql<T>(_ body: (Database) throws -> T) throws -> T {
        try openForReading(db).read(body)
    }

    /// The group line recounted in SQL from a `group_vote g` row, written apart from the Swift
    /// rule: the largest of for, against, abstentions, ties to for then against; NULL when no
    /// member voted.
    static let recountedLine = """
        (CASE WHEN g.n_for + g.n_against + g.n_abstentions = 0 THEN NULL
              WHEN g.n_for >= g.n_against AND g.n_for >= g.n_abstentions THEN 'for'
              WHEN g.n_against >= g.n_abstentions THEN 'against' ELSE 'abstention' END)
        """

    /// A vote's loyalty reference in SQL: the recounted line where one position leads alone, 'tie'
    /// where two share the highest count (no vote agrees with it), NULL where nobody voted.
    static let loyaltyReference = """
        (CASE WHEN g.n_for + g.n_against + g.n_abstentions = 0 THEN NULL
              WHEN g.n_for > g.n_against AND g.n_for > g.n_abstentions THEN 'for'
              WHEN g.n_against > g.n_for AND g.n_against > g.n_abstentions THEN 'against'
              WHEN g.n_abstentions > g.n_for AND g.n_abstentions > g.n_against THEN 'abstention' ELSE 'tie' END)
        """

    func rateValue(_ rate: Any?) -> Double? { (rate as? [String: Any])?["value"] as? Double }

    func inUnitInterval(_ rate: Any?) -> Bool {
        guard let r = rate as? [String: Any] else { return false }
        guard let value = r["value"] as? Double else { return (r["denominator"] as? Int) == 0 }
        return (0...1).contains(value)
    }

    // MARK: turnout

    @Test func turnoutCountsAddUpToTheBallotsAndRatesAreInRange() throws {
        let t = try object(["turnout"])
        let (ballots, lowCount) = try sql { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE legislature = 17") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE legislature = 17 AND voters < 50") ?? -1)
        }
        #expect(ballots == 7978, "the 17th legislature's ballots to 2026-07-02 (../shared/data/README.md)")
        #expect(t["ballots"] as? Int == ballots)
        for key in ["by_type", "by_month", "by_result"] {
            let groups = try #require(t[key] as? [String: [String: Any]], "\(key)")
            #expect(groups.values.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == ballots, "\(key) counts add up")
            for d in groups.values {
                let values = ["min", "lower_quartile", "median", "upper_quartile", "max"].compactMap { d[$0] as? Double }
                #expect(values.count == 5)
                #expect(values == values.sorted(), "quantiles ordered")
                #expect(values.allSatisfy { (0...1).contains($0) })
            }
        }
        let below = try #require(t["below"] as? [String: Any])
        #expect(below["numerator"] as? Double == Double(lowCount))
        #expect(below["denominator"] as? Int == ballots)
        let lowest = try #require(t["lowest_turnout_adopted"] as? [[String: Any]])
        #expect(lowest.count == 10)
        let minimumAdopted = try sql { db in try Int.fetchOne(db, sql: "SELECT min(voters) FROM ballot WHERE legislature = 17 AND result = 'adopted'") }
        #expect(lowest.first?["voters"] as? Int == minimumAdopted)
        #expect(lowest.allSatisfy { $0["result"] as? String == "adopted" })
        for key in ["ballots", "with_corrections", "overall", "by_type", "by_month", "by_result", "below_threshold", "below", "lowest_turnout_adopted"] {
            #expect(t[key] != nil, "turnout JSON key \(key)")
        }
    }

    @Test func turnoutFiltersAndThreshold() throws {
        let solemn = try object(["turnout", "--type", "solemn", "--below", "500"])
        let solemnCount = try sql { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE legislature = 17 AND type = 'SPS'") }
        #expect(solemn["ballots"] as? Int == solemnCount)
        let byType = try #require(solemn["by_type"] as? [String: Any])
        #expect(Array(byType.keys) == ["solemn"])
        let few = try object(["turnout", "--ballots", "771,772,773"])
        #expect(few["ballots"] as? Int == 3)
        let table = try hemicycle(["turnout", "--db", db, "--ballots", "773", "--explain"])
        // One ballot with 125 voters: 0 of 1 below 50 — a small sample shows its Wilson interval.
        #expect(table.contains("Ballots with fewer than 50 voters: 0 of 1 (0.0 % [0.0–79.3 %, n<30] = 0/1)"))
    }

    // MARK: deputies

    @Test func everyDeputyRateIsInRangeAndVotesAddUpToTheOfficialVoters() throws {
        let rows = try #require(try json(["deputies"]) as? [[String: Any]])
        #expect(rows.count > 577, "deputies who left mid-term are ranked too")
        var votes = 0
        for row in rows {
            #expect(inUnitInterval(row["participation"]), "\(row["deputy_id"] ?? "?")")
            #expect(inUnitInterval(row["loyalty"]))
            let participation = try #require(row["participation"] as? [String: Any])
            let inPerson = row["in_person"] as? Int ?? -1, byProxy = row["by_proxy"] as? Int ?? -1
            #expect(participation["numerator"] as? Double == Double(inPerson + byProxy))
            let loyalty = try #require(row["loyalty"] as? [String: Any])
            let agreeing = Int(loyalty["numerator"] as? Double ?? -1)
            // Compared votes agree, rebel, or fall on a ballot where the group was tied.
            #expect(agreeing + (row["rebellions"] as? Int ?? -1) + (row["tied_votes"] as? Int ?? -1) == loyalty["denominator"] as? Int)
            votes += inPerson + byProxy
        }
        // Every vote of the nominative lists belongs to one deputy of the latest legislature (17);
        // there, the lists add up to the published voters (no ballot of the 17th has a discrepancy
        // between its published voters and its names).
        let (official, named) = try sql { db in
            (try Int.fetchOne(db, sql: "SELECT sum(voters) FROM ballot WHERE type != 'MOC' AND legislature = 17"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid WHERE b.type != 'MOC' AND b.legislature = 17 AND v.position != 'non_voting'"))
        }
        #expect(votes == official)
        #expect(votes == named)
        // Ranked by participation, highest first.
        let values = rows.compactMap { rateValue($0["participation"]) }
        #expect(values == values.sorted(by: >))
        for key in ["rank", "deputy_id", "name", "group_id", "group", "participation", "in_person", "by_proxy", "loyalty", "rebellions"] {
            #expect(rows.first?[key] != nil, "deputies JSON key \(key)")
        }
        for key in ["value", "numerator", "denominator", "exclusions", "wilson_low", "wilson_high", "below_minimum_sample"] {
            #expect((rows.first?["participation"] as? [String: Any])?[key] != nil, "rate JSON key \(key)")
        }
    }

    @Test func deputiesOfOneGroupSortedByRebellions() throws {
        let rows = try #require(try json(["deputies", "--group", "rn", "--sort", "rebellions", "--limit", "5", "--from", "2025-10-01"]) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0["group_id"] as? String == "PO845401" })
        let rebellions = rows.compactMap { $0["rebellions"] as? Int }
        #expect(rebellions == rebellions.sorted(by: >))
    }

    // MARK: one deputy, recomputed with SQL

    /// Anthony Brosse (EPR, many votes by proxy), found by a name in capitals without accents,
    /// recomputed from the `vote`, `group_vote`, `ballot` and `mandate` tables, in the 17th
    /// legislature (his career also spans the 16th: see the test after this one).
    @Test func oneDeputyMatchesAnIndependentRecomputation() throws {
        let d = try object(["deputy", "ANTHONY BROSSE", "--legislature", "17"])
        let id = try #require(d["deputy_id"] as? String)
        #expect(id == "PA794330")
        let expected = try sql { db -> (inPerson: Int, proxy: Int, nonVoting: Int, inOffice: Int, compared: Int, agreeing: Int, tied: Int) in
            let voter = "v.position IN ('for','against','abstention')"
            let nonCensure = "b.type != 'MOC' AND b.legislature = 17"
            let inPerson = try Int.fetchOne(db, sql: "SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid WHERE v.deputy_ref = ? AND \(voter) AND \(nonCensure) AND v.by_proxy = 0", arguments: [id]) ?? -1
            let proxy = try Int.fetchOne(db, sql: "SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid WHERE v.deputy_ref = ? AND \(voter) AND \(nonCensure) AND v.by_proxy = 1", arguments: [id]) ?? -1
            let nonVoting = try Int.fetchOne(db, sql: "SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid WHERE v.deputy_ref = ? AND v.position = 'non_voting' AND \(nonCensure)", arguments: [id]) ?? -1
            let inOffice = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM ballot b WHERE \(nonCensure) AND EXISTS (
                  SELECT 1 FROM mandate m WHERE m.deputy_ref = ? AND m.body_type = 'ASSEMBLEE'
                  AND (m.start_date IS NULL OR m.start_date <= b.date) AND (m.end_date IS NULL OR m.end_date >= b.date))
                """, arguments: [id]) ?? -1
            let compared = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid
                JOIN group_vote g ON g.ballot_uid = v.ballot_uid AND g.group_ref = v.group_ref
                WHERE v.deputy_ref = ? AND \(voter) AND \(nonCensure) AND \(Self.recountedLine) IS NOT NULL
                """, arguments: [id]) ?? -1
            let agreeing = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid
                JOIN group_vote g ON g.ballot_uid = v.ballot_uid AND g.group_ref = v.group_ref
                WHERE v.deputy_ref = ? AND \(voter) AND \(nonCensure) AND \(Self.loyaltyReference) = v.position
                """, arguments: [id]) ?? -1
            let tied = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid
                JOIN group_vote g ON g.ballot_uid = v.ballot_uid AND g.group_ref = v.group_ref
                WHERE v.deputy_ref = ? AND \(voter) AND \(nonCensure) AND \(Self.loyaltyReference) = 'tie'
                """, arguments: [id]) ?? -1
            return (inPerson, proxy, nonVoting, inOffice, compared, agreeing, tied)
        }
        #expect(expected.proxy > 1000, "a deputy who votes mostly by proxy")
        #expect(d["in_person"] as? Int == expected.inPerson)
        #expect(d["by_proxy"] as? Int == expected.proxy)
        #expect(d["ballots_in_office"] as? Int == expected.inOffice)
        let participation = try #require(d["participation"] as? [String: Any])
        #expect(participation["numerator"] as? Double == Double(expected.inPerson + expected.proxy))
        #expect(participation["denominator"] as? Int == expected.inOffice - expected.nonVoting)
        let censures = try sql { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM ballot b WHERE b.type = 'MOC' AND b.legislature = 17 AND EXISTS (
                  SELECT 1 FROM mandate m WHERE m.deputy_ref = ? AND m.body_type = 'ASSEMBLEE'
                  AND (m.start_date IS NULL OR m.start_date <= b.date) AND (m.end_date IS NULL OR m.end_date >= b.date))
                """, arguments: [id])
        }
        #expect((participation["exclusions"] as? [String: Int])?["censure_motion"] == censures)
        let loyalty = try #require(d["loyalty"] as? [String: Any])
        #expect(loyalty["denominator"] as? Int == expected.compared)
        #expect(loyalty["numerator"] as? Double == Double(expected.agreeing))
        let rebellions = try #require(d["rebellions"] as? [[String: Any]])
        #expect(rebellions.count == expected.compared - expected.agreeing - expected.tied)
        #expect(d["tied_votes"] as? Int == expected.tied)
        #expect(rebellions.allSatisfy { $0["position"] as? String != $0["group_position"] as? String })
        for key in ["deputy_id", "name", "groups", "seat_periods", "scope", "positions", "participation", "in_person", "by_proxy",
                    "proxy_share", "absences", "loyalty", "rebellions", "ballots_in_office", "with_corrections"] {
            #expect(d[key] != nil, "deputy JSON key \(key)")
        }
    }

    /// A career over both shipped legislatures (Sandra Regol sat in the 16th and the 17th): each
    /// legislature's figures in `deputy` equal those of `--legislature N` alone, and the overall
    /// counts are their sums.
    @Test func aCareerOverBothLegislaturesAddsUpItsLegislatures() throws {
        let career = try object(["deputy", "Sandra Regol"])
        let legislatures = try #require(career["legislatures"] as? [[String: Any]])
        #expect(legislatures.compactMap { $0["legislature"] as? Int } == [16, 17])
        var numerator = 0.0, denominator = 0
        for entry in legislatures {
            let legislature = try #require(entry["legislature"] as? Int)
            let alone = try object(["deputy", "Sandra Regol", "--legislature", "\(legislature)"])
            let separate = try #require(alone["participation"] as? [String: Any])
            let within = try #require(entry["participation"] as? [String: Any])
            #expect(separate["numerator"] as? Double == within["numerator"] as? Double, "\(legislature)")
            #expect(separate["denominator"] as? Int == within["denominator"] as? Int, "\(legislature)")
            #expect((alone["loyalty"] as? [String: Any])?["numerator"] as? Double == (entry["loyalty"] as? [String: Any])?["numerator"] as? Double)
            numerator += within["numerator"] as? Double ?? 0
            denominator += within["denominator"] as? Int ?? 0
        }
        let overall = try #require(career["participation"] as? [String: Any])
        #expect(overall["numerator"] as? Double == numerator && overall["denominator"] as? Int == denominator)
        let groups = try #require(career["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["group_id"] as? String }.contains("PO800526"), "her 16th-legislature group, Écologiste - NUPES")
    }

    @Test func nameLookupIgnoresCaseAccentsAndHyphens() throws {
        // One ballot is enough: the lookup reads the persons, whatever the ballots.
        for name in ["yael braun pivet", "BRAUN-PIVET", "Yaël Braun-Pivet", "pa721908"] {
            let d = try object(["deputy", name, "--ballots", "773"])
            #expect(d["deputy_id"] as? String == "PA721908", "\(name)")
        }
        // The President of the Assemblée is listed non-voting (PAN) on ballot 773: the ballot is
        // dropped from her participation, not counted as an absence.
        let d = try object(["deputy", "braun-pivet", "--ballots", "773"])
        let participation = try #require(d["participation"] as? [String: Any])
        #expect((participation["exclusions"] as? [String: Int])?["presiding"] == 1)
        #expect(participation["denominator"] as? Int == 0)
        #expect(participation["value"] is NSNull)
        #expect(d["absences"] as? Int == 0)
    }

    @Test func ambiguousNameListsTheCandidates() throws {
        #expect {
            try hemicycle(["deputy", "martin", "--ballots", "773", "--db", db])
        } throws: { error in
            let message = "\(error)"
            return message.contains("ambiguous") && message.contains("PA793342") && message.contains("Alexandra Martin")
        }
        #expect {
            try hemicycle(["deputy", "zzzz-nobody", "--ballots", "773", "--db", db])
        } throws: { error in "\(error)".contains("no deputy matches 'zzzz-nobody'") }
    }

    @Test func explainPrintsCountsAndExclusions() throws {
        // October 2025 (to the 17th's data of 2025-11-17): 822 ballots, 2 of them motions of
        // censure (outside the default scope).
        let output = try hemicycle(["deputy", "PA794330", "--db", db, "--explain", "--from", "2025-10-01", "--to", "2025-11-17"])
        let (votes, denominator, censure) = try sql { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM vote v JOIN ballot b ON b.uid = v.ballot_uid WHERE v.deputy_ref = 'PA794330' AND b.type != 'MOC' AND v.position != 'non_voting' AND b.date BETWEEN '2025-10-01' AND '2025-11-17'") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE type != 'MOC' AND date BETWEEN '2025-10-01' AND '2025-11-17'") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot WHERE type = 'MOC' AND date BETWEEN '2025-10-01' AND '2025-11-17'") ?? -1)
        }
        #expect(censure == 2)
        #expect(output.contains("Participation:"))
        #expect(output.contains("= \(NumberFormat.english(votes))/\(NumberFormat.english(denominator)); excluded: 2 motion of censure"))
        let plain = try hemicycle(["deputy", "PA794330", "--db", db, "--from", "2025-10-01", "--to", "2025-11-17"])
        #expect(!plain.contains("excluded:"))
    }

    // MARK: groups

    @Test func groupRatesInRangeAndSeatsOfTheLatestBallot() throws {
        let rows = try #require(try json(["groups"]) as? [[String: Any]])
        #expect(!rows.contains { $0["group_id"] as? String == "PO0" })
        for row in rows {
            #expect(inUnitInterval(row["participation"]))
            #expect(inUnitInterval(row["won"]))
            for key in ["rice_mean", "contested_rice_mean"] {
                if let v = row[key] as? Double { #expect((0...1).contains(v)) }
            }
            for key in ["attina_mean", "contested_attina_mean"] {
                if let v = row[key] as? Double { #expect((-1.0 / 3 - 1e-9...1).contains(v)) }
            }
        }
        // Seats of the groups on the latest ballot add up to the members listed on it.
        let latestMembers = try sql { db in
            try Int.fetchOne(db, sql: """
                SELECT sum(members) FROM group_vote WHERE ballot_uid =
                  (SELECT uid FROM ballot WHERE legislature = 17 ORDER BY date DESC, number DESC LIMIT 1)
                """)
        }
        let lastDate = rows.compactMap { $0["seats_date"] as? String }.max()
        let current = rows.filter { $0["seats_date"] as? String == lastDate }
        #expect(current.reduce(0) { $0 + ($1["seats"] as? Int ?? 0) } == latestMembers)
    }

    /// RN (PO845401): participation, ballots won and mean Rice index recomputed with SQL.
    @Test func oneGroupMatchesAnIndependentRecomputation() throws {
        let rows = try #require(try json(["groups"]) as? [[String: Any]])
        let rn = try #require(rows.first { $0["group_id"] as? String == "PO845401" })
        #expect(rn["label"] as? String == "RN")
        let expected = try sql { db -> (voted: Int, memberBallots: Int, won: Int, compared: Int, rice: Double, riceN: Int) in
            // Per ballot (not a censure motion): members, voters and non-voters listed in RN.
            let rows = try Row.fetchAll(db, sql: """
                SELECT g.members, b.result, \(Self.recountedLine) AS line, g.n_for, g.n_against,
                  (SELECT count(*) FROM vote v WHERE v.ballot_uid = g.ballot_uid AND v.group_ref = g.group_ref AND v.position != 'non_voting') AS voted,
                  (SELECT count(*) FROM vote v WHERE v.ballot_uid = g.ballot_uid AND v.group_ref = g.group_ref AND v.position = 'non_voting') AS listed_non_voting
                FROM group_vote g JOIN ballot b ON b.uid = g.ballot_uid
                WHERE g.group_ref = 'PO845401' AND b.type != 'MOC'
                """)
            var voted = 0, memberBallots = 0, won = 0, compared = 0
            for row in rows {
                let v: Int = row["voted"], members: Int = row["members"], nonVoting: Int = row["listed_non_voting"]
                voted += v
                memberBallots += max(v, members - nonVoting)
                let line: String? = row["line"], result: String = row["result"]
                if let line {
                    compared += 1
                    if (line == "for" && result == "adopted") || (line == "against" && result == "rejected") { won += 1 }
                }
            }
            // Rice over every ballot (censure motions included) where RN voted for or against.
            let all = try Row.fetchAll(db, sql: "SELECT n_for, n_against FROM group_vote WHERE group_ref = 'PO845401' AND n_for + n_against > 0")
            let rice = all.reduce(0.0) { sum, row in
                let y: Int = row["n_for"], n: Int = row["n_against"]
                return sum + Double(abs(y - n)) / Double(y + n)
            }
            return (voted, memberBallots, won, compared, rice / Double(all.count), all.count)
        }
        let participation = try #require(rn["participation"] as? [String: Any])
        #expect(participation["numerator"] as? Double == Double(expected.voted))
        #expect(participation["denominator"] as? Int == expected.memberBallots)
        let won = try #require(rn["won"] as? [String: Any])
        #expect(won["numerator"] as? Double == Double(expected.won))
        #expect(won["denominator"] as? Int == expected.compared)
        #expect(rn["rice_ballots"] as? Int == expected.riceN)
        #expect(abs((rn["rice_mean"] as? Double ?? -1) - expected.rice) < 1e-6)
        for key in ["group_id", "label", "name", "seats", "seats_date", "ballots", "participation", "rice_mean", "attina_mean",
                    "contested_rice_mean", "contested_attina_mean", "won"] {
            #expect(rn[key] != nil, "groups JSON key \(key)")
        }
    }

    // MARK: agreement

    @Test func agreementMatrixIsSymmetricWithOnesOnTheDiagonal() throws {
        let a = try object(["agreement"])
        let groups = try #require(a["groups"] as? [[String: Any]])
        let values = try #require(a["values"] as? [[Any]])
        let counts = try #require(a["ballot_counts"] as? [[Int]])
        let n = groups.count
        #expect(n >= 11)
        #expect(!groups.contains { $0["group_id"] as? String == "PO0" })
        #expect(values.count == n && values.allSatisfy { $0.count == n })
        for i in 0..<n {
            #expect(values[i][i] as? Double == 1)
            for j in 0..<n where j != i {
                let v = values[i][j] as? Double, w = values[j][i] as? Double
                #expect(v == w, "symmetric at \(i),\(j)")
                #expect(counts[i][j] == counts[j][i])
                if let v { #expect((0...1).contains(v)) } else { #expect(counts[i][j] == 0) }
            }
        }
        let table = try hemicycle(["agreement", "--db", db, "--search", "sûreté dans les transports"])
        #expect(table.contains("Agreement between groups"))
        #expect(table.contains("RN"))
    }

    /// Two deputies: the same position over ballots both voted on, counted with SQL.
    @Test func agreementBetweenTwoDeputies() throws {
        let a = try object(["agreement", "--deputies", "PA794330", "marine le pen"])
        let expected = try sql { db -> (same: Int, both: Int) in
            let join = """
                FROM vote a JOIN vote b ON a.ballot_uid = b.ballot_uid JOIN ballot x ON x.uid = a.ballot_uid
                WHERE x.legislature = 17 AND a.deputy_ref = 'PA794330' AND b.deputy_ref = (SELECT uid FROM deputy WHERE name_search = 'marine le pen')
                AND a.position != 'non_voting' AND b.position != 'non_voting'
                """
            return (try Int.fetchOne(db, sql: "SELECT count(*) \(join) AND a.position = b.position") ?? -1,
                    try Int.fetchOne(db, sql: "SELECT count(*) \(join)") ?? -1)
        }
        let rate = try #require(a["agreement"] as? [String: Any])
        #expect(rate["numerator"] as? Double == Double(expected.same))
        #expect(rate["denominator"] as? Int == expected.both)
        #expect(expected.both > 100)
        #expect {
            try hemicycle(["agreement", "--deputies", "PA794330", "--db", db])
        } throws: { error in "\(error)".contains("exactly two") }
    }

    @Test func withCorrectionsKeepsRatesInRange() throws {
        let plain = try object(["turnout", "--from", "2025-10-01"])
        let corrected = try object(["turnout", "--with-corrections", "--from", "2025-10-01"])
        #expect(corrected["with_corrections"] as? Bool == true)
        #expect(plain["with_corrections"] as? Bool == false)
        #expect(corrected["ballots"] as? Int == plain["ballots"] as? Int)
        let rows = try #require(try json(["groups", "--with-corrections", "--from", "2025-10-01"]) as? [[String: Any]])
        #expect(rows.allSatisfy { inUnitInterval($0["participation"]) && inUnitInterval($0["won"]) })
    }

    /// A deputy listed on a ballot who made one correction (mise au point) to another position:
    /// the official record counts the recorded position, the corrected variant the intended one.
    @Test func withCorrectionsMovesTheDeputyToTheIntendedPosition() throws {
        let found = try sql { db in
            try Row.fetchOne(db, sql: """
                SELECT c.deputy_ref, b.number, v.position AS recorded, c.intended_position AS intended
                FROM correction c JOIN ballot b ON b.uid = c.ballot_uid
                JOIN vote v ON v.ballot_uid = c.ballot_uid AND v.deputy_ref = c.deputy_ref
                WHERE b.type != 'MOC' AND b.legislature = 17 AND v.position != c.intended_position AND v.position != 'non_voting'
                  AND c.intended_position != 'non_voting'
                  AND (SELECT count(*) FROM correction d WHERE d.ballot_uid = c.ballot_uid AND d.deputy_ref = c.deputy_ref) = 1
                ORDER BY b.number LIMIT 1
                """)
        }
        let row = try #require(found)
        let deputy: String = row["deputy_ref"], number: Int = row["number"]
        let recorded: String = row["recorded"], intended: String = row["intended"]
        func key(_ position: String) -> String { position == "abstention" ? "abstentions" : position }
        let official = try object(["deputy", deputy, "--ballots", "\(number)"])
        let corrected = try object(["deputy", deputy, "--ballots", "\(number)", "--with-corrections"])
        let before = try #require(official["positions"] as? [String: Int])
        let after = try #require(corrected["positions"] as? [String: Int])
        #expect(before[key(recorded)] == 1 && before[key(intended)] == 0)
        #expect(after[key(recorded)] == 0 && after[key(intended)] == 1)
    }

    @Test func csvAndMarkdownFormats() throws {
        let csv = try hemicycle(["groups", "--db", db, "--format", "csv", "--ballots", "771,772,773"])
        #expect(csv.hasPrefix("group_id,label,name,seats,seats_date,ballots,participation_percent,participation_numerator,participation_denominator,"))
        let markdown = try hemicycle(["turnout", "--db", db, "--format", "markdown", "--type", "solemn"])
        #expect(markdown.contains("| type "))
    }
}

/// Integers with English thousands separators, written independently of the command's formatter.
enum NumberFormat {
    static func english(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
