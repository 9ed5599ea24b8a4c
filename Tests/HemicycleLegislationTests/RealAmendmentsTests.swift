import Foundation
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
import HemicycleTestSupport
import Testing

@Suite("Dispositifs of the real amendments", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RealAmendmentsTests {
    static func amendments() throws -> [Amendment] {
        try AmendmentDecoder.readAll(path: SharedData.url("an/Amendements_DLR5L16N49176.json.zip").path)
    }

    @Test("amendment 237 yields exactly the two date replacements")
    func amendment237() throws {
        let amendment = try #require(try Self.amendments().first { $0.uid == "AMANR5L17PO838901BTC0636P0D1N000237" })
        let parse = AmendmentOperations.parse(amendment.operativeText)
        #expect(parse.coverage == .full)
        let law = "loi n° 2023-380 du 19 mai 2023"
        #expect(parse.operations.map(\.target) == [
            EditTarget(law: law, article: "10", part: "I", sentence: .number(1)),
            EditTarget(law: law, article: "10", part: "XI", sentence: .number(2)),
        ])
        #expect(parse.operations.map(\.edit) == [
            .replace(old: "31 mars 2025", new: "31 décembre 2027"),
            .replace(old: "31 décembre 2024", new: "30 septembre 2027"),
        ])
    }

    @Test("share of the 503 dispositifs understood")
    func coverage() throws {
        let amendments = try Self.amendments()
        let withText = amendments.filter { !$0.operativeText.isEmpty }
        let total = withText.count
        func share(_ n: Int) -> String { String(format: "%.1f%%", 100 * Double(n) / Double(max(total, 1))) }
        print("dispositifs: \(amendments.count) amendments, \(total) with a dispositif")
        var fullWithArticles = 0
        for readsNewArticles in [false, true] {
            var counts: [DispositifParse.Coverage: Int] = [:]
            var unparsed: [String: Int] = [:]
            for amendment in withText {
                let parse = AmendmentOperations.parse(amendment.operativeText, insertsArticle: readsNewArticles && amendment.target.isAdditionalArticle)
                counts[parse.coverage, default: 0] += 1
                for line in parse.leftover {
                    // Group the leftovers by their first words, numbers blanked.
                    let shape = line.split(separator: "\n").first.map { String($0.prefix(45)) } ?? ""
                    let key = shape.replacingOccurrences(of: #"[0-9]+"#, with: "N", options: .regularExpression)
                    unparsed[key, default: 0] += 1
                    if readsNewArticles, ProcessInfo.processInfo.environment["HEMICYCLE_DUMP_LEFTOVERS"] != nil {
                        print("LEFTOVER \(amendment.numberLabel): \(line.replacingOccurrences(of: "\n", with: " ⏎ "))")
                    }
                }
            }
            print(readsNewArticles ? "with the text of additional articles read as new articles:" : "instructions only:")
            for coverage in [DispositifParse.Coverage.full, .partial, .none] {
                print("  \(coverage.rawValue): \(counts[coverage, default: 0]) (\(share(counts[coverage, default: 0])))")
            }
            print("  most common instructions not understood:")
            for (shape, count) in unparsed.sorted(by: { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }).prefix(8) {
                print("    \(count) × \(shape)")
            }
            #expect(counts.values.reduce(0, +) == total)
            #expect(Double(counts[.full, default: 0]) / Double(total) >= 0.90)
            if readsNewArticles { fullWithArticles = counts[.full, default: 0] }
        }
        #expect(Double(fullWithArticles) / Double(total) >= 0.97)
    }
}
