import Foundation
import GRDB
import HemicycleModel
import HemicycleStore
import HemicycleTestSupport
import Testing

/// The registers as the store keeps them: one file per kind, replaced whole, the same file never rewritten.
@Suite("Store: registers")
struct RegisterStoreTests {
    let folder: URL
    init() throws { folder = try SharedData.temporaryFolder() }

    func batch(_ sha: String, communes: [(String, String, Int, Bool)]) -> RegisterBatch {
        RegisterBatch(fileName: "communes.csv", sha256: sha, rows: .constituencies(communes.map { code, name, number, partial in
            CommuneConstituencyRow(inseeCode: code, communeName: name, nameKey: name.lowercased(), departmentCode: "59", constituency: number, isPartial: partial)
        }))
    }

    @Test func importingTheSameFileTwiceChangesNothingAndANewerOneReplaces() throws {
        let database = try HemicycleDatabase(path: folder.appendingPathComponent("r.sqlite").path)
        let lille = [("59350", "Lille", 1, true), ("59350", "Lille", 2, true), ("59009", "Villeneuve-d'Ascq", 2, false)]
        let first = try database.importRegisters([batch("aaa", communes: lille)])
        #expect(first.map(\.change) == [.added])
        #expect(try database.registerRowCounts()[.constituencies] == 3)
        let again = try database.importRegisters([batch("aaa", communes: lille)])
        #expect(again.map(\.change) == [.unchanged])
        #expect(again.first?.previousRows == 3)
        #expect(try database.constituencyLinks(inseeCodes: ["59350"]).map(\.constituency) == [1, 2])
        #expect(try database.communeCodes(nameKey: "lille") == ["59350"])

        let newer = try database.importRegisters([batch("bbb", communes: [("59350", "Lille", 1, false)])])
        #expect(newer.map(\.change) == [.replaced])
        #expect(try database.registerRowCounts()[.constituencies] == 1)
        #expect(try database.constituencyLinks(inseeCodes: ["59350"]).map(\.isPartial) == [false])
        #expect(try database.registerSources()[.constituencies]?.sha256 == "bbb")
    }
}
