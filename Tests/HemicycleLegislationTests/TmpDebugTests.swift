@testable import HemicycleLegislation
import HemicycleImport
import HemicycleTestSupport
import Testing

@Test func tmpDebug() throws {
    let all = try AmendmentDecoder.readAll(path: SharedData.url("an/Amendements_DLR5L16N49176.json.zip").path)
    var shown = 0
    for (i, a) in all.enumerated() where i % 23 == 5 && !a.operativeText.isEmpty {
        shown += 1
        print("=== \(a.numberLabel): \(a.operativeText.prefix(400).replacingOccurrences(of: "\n", with: " ⏎ "))")
        for op in AmendmentOperations.parse(a.operativeText, insertsArticle: a.target.isAdditionalArticle).operations {
            print("  -> \(op.target) \(String(describing: op.edit).prefix(200))")
        }
    }
}
