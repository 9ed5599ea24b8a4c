import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleCSV
import HemicycleTestSupport
import Testing

/// Every CSV output read back with the project's CSV reader: stable ids first, numbers that parse
/// as numbers, rates with their counts and interval bounds in columns of their own.
@Suite("CSV that is data, on the shipped data", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct CSVDataTests {
    let db = ShippedDatabase.path

    func read(_ arguments: [String]) throws -> (header: [String], records: [CSVRecord]) {
        let text = try hemicycle(arguments + ["--db", db, "--format", "csv"])
        let (header, records) = try CSVReader(string: text, name: "\(arguments[0]).csv").readAll()
        return (try #require(header?.names), records)
    }

    /// Every cell of `columns` is a number (or empty when undefined).
    func numeric(_ records: [CSVRecord], _ columns: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for column in columns {
            let bad = records.compactMap { $0[column] }.filter { !$0.isEmpty && Double($0) == nil }
            #expect(bad.isEmpty, "\(column): \(bad.prefix(3))", sourceLocation: sourceLocation)
            #expect(records.contains { Double($0[column] ?? "") != nil }, "\(column) has numbers", sourceLocation: sourceLocation)
        }
    }

    @Test func deputiesStartWithTheIDAndGiveRatesAsNumbers() throws {
        let (header, records) = try read(["deputies"])
        #expect(header.first == "deputy_id")
        #expect(header.prefix(2) == ["deputy_id", "group_id"])
        #expect(records.count > 500)
        #expect(records.allSatisfy { $0["deputy_id"]?.hasPrefix("PA") == true })
        numeric(records, ["rank", "participation_percent", "participation_numerator", "participation_denominator",
                          "participation_wilson_low_percent", "participation_wilson_high_percent", "in_person", "by_proxy",
                          "loyalty_percent", "loyalty_numerator", "loyalty_denominator", "rebellions"])
        // The percent is the numerator over the denominator, × 100.
        for r in records.prefix(50) {
            guard let p = Double(r["participation_percent"] ?? ""), let n = Double(r["participation_numerator"] ?? ""),
                  let d = Double(r["participation_denominator"] ?? ""), d > 0 else { continue }
            #expect(abs(p - n / d * 100) < 0.0001)
            if let low = Double(r["participation_wilson_low_percent"] ?? ""), let high = Double(r["participation_wilson_high_percent"] ?? "") {
                #expect(low <= p && p <= high)
            }
        }
        #expect(!records.contains { ($0["participation_percent"] ?? "").contains("%") })
    }

    @Test func groupsBallotsAndABallotsVotes() throws {
        let groups = try read(["groups"])
        #expect(groups.header.first == "group_id")
        #expect(groups.records.allSatisfy { $0["group_id"]?.hasPrefix("PO") == true })
        numeric(groups.records, ["seats", "ballots", "participation_percent", "rice_mean", "won_percent", "won_numerator",
                                 "published_line_differs_numerator", "published_line_differs_denominator"])

        let ballots = try read(["ballots", "--limit", "20"])
        #expect(ballots.header.first == "ballot_uid")
        #expect(ballots.records.count == 20 && ballots.records.allSatisfy { $0["ballot_uid"]?.hasPrefix("VTANR5L17V") == true })
        numeric(ballots.records, ["number", "voters", "seats", "for", "against", "abstentions", "turnout"])

        let votes = try read(["ballot", "773"])
        #expect(votes.header.prefix(2) == ["deputy_id", "group_id"])
        #expect(votes.records.count == 127)
        #expect(Set(votes.records.compactMap { $0["by_proxy"] }) == ["true", "false"])
    }

    @Test func aDeputyCorrectionsAndAScorecard() throws {
        let deputy = try read(["deputy", "PA721908"])
        #expect(deputy.header.first == "deputy_id" && deputy.records.count == 1)
        numeric(deputy.records, ["ballots_in_office", "participation_percent", "participation_numerator", "loyalty_percent", "in_person"])

        let corrections = try read(["corrections", "--ballots", "1112"])
        #expect(corrections.header.prefix(3) == ["deputy_id", "group_id", "ballot_uid"])
        numeric(corrections.records, ["number", "official_margin", "corrected_margin"])

        let scorecard = try read(["scorecard", "--ballot", "773:against"])
        #expect(scorecard.header.contains("deputy_id"))
        numeric(scorecard.records, ["score", "numerator", "denominator"])
    }

    /// Turnout's distributions and agreement's matrix, laid out as data by their reports.
    @Test func turnoutAndAgreement() throws {
        let turnout = try read(["turnout"])
        #expect(turnout.header.prefix(4) == ["denominator", "dimension", "value", "ballots"])
        numeric(turnout.records, ["ballots", "min_percent", "lower_quartile_percent", "median_percent", "mean_percent", "upper_quartile_percent", "max_percent"])
        // Codes, not the words of the table ("sitting", "all ballots" were).
        #expect(Set(turnout.records.compactMap { $0["denominator"] }) == ["seats", "seats_held"])
        #expect(Set(turnout.records.filter { $0["dimension"] == "all" }.compactMap { $0["value"] }) == ["all"])
        // Each distribution is ordered: min ≤ Q1 ≤ median ≤ Q3 ≤ max, all in 0…100.
        for r in turnout.records {
            let figures = ["min_percent", "lower_quartile_percent", "median_percent", "upper_quartile_percent", "max_percent"].compactMap { Double(r[$0] ?? "") }
            #expect(figures.count == 5 && figures == figures.sorted() && figures.allSatisfy { (0...100).contains($0) })
        }
        // The overall row over the seats counts every selected ballot.
        let all = try #require(turnout.records.first { $0["denominator"] == "seats" && $0["dimension"] == "all" })
        let byType = turnout.records.filter { $0["denominator"] == "seats" && $0["dimension"] == "type" }.compactMap { Int($0["ballots"] ?? "") }
        #expect(Int(all["ballots"] ?? "") == byType.reduce(0, +))

        let agreement = try read(["agreement"])
        #expect(agreement.header == ["group_id", "group", "other_group_id", "other_group", "agreement_index", "ballots"])
        numeric(agreement.records, ["agreement_index", "ballots"])
        let groups = Set(agreement.records.compactMap { $0["group_id"] })
        #expect(agreement.records.count == groups.count * groups.count)
        #expect(groups.allSatisfy { $0.hasPrefix("PO") })
        for r in agreement.records {
            // 1 on the diagonal by convention, and symmetric.
            if r["group_id"] == r["other_group_id"] { #expect(r["agreement_index"] == "1") }
            let mirror = agreement.records.first { $0["group_id"] == r["other_group_id"] && $0["other_group_id"] == r["group_id"] }
            #expect(mirror?["agreement_index"] == r["agreement_index"])
        }

        let pair = try read(["agreement", "--deputies", "PA721908", "PA794502"])
        #expect(pair.header.first == "deputy_id" && pair.records.count == 1)
        numeric(pair.records, ["same_position", "both_voted", "agreement_percent"])
    }

    @Test func aWhatIfAndAReportOfBallots() throws {
        let whatIf = try read(["whatif", "773"])
        #expect(whatIf.header.first == "group_id" && whatIf.records.allSatisfy { $0["group_id"]?.hasPrefix("PO") == true })
        numeric(whatIf.records, ["members", "absent", "needed_to_flip"])
        #expect(Set(whatIf.records.compactMap { $0["pivotal"] }).isSubset(of: ["true", "false"]))

        let report = try read(["report", "773", "16:1274"])
        #expect(report.header.first == "ballot_uid" && report.records.map { $0["ballot_uid"] } == ["VTANR5L17V773", "VTANR5L16V1274"])
        numeric(report.records, ["number", "voters", "seats", "for", "against", "abstentions", "non_voting", "required"])
    }
}
