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
