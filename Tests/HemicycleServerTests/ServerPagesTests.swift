import Foundation
import HemicycleCLITestSupport
import HemicycleServer
import HemicycleTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// The deputy, group, dossier and town pages on the shipped data: their links (data, official
/// source, each other) and their French.
@Suite("hemicycle serve: deputy, group, dossier and town pages", .serialized,
       .enabled(if: RegisteredShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct ServerPagesTests {
    /// Yaël Braun-Pivet: a deputy of both legislatures, in two groups.
    static let deputy = "PA721908"

    @Test func everyPageLinksItsDataAndItsOfficialSource() async throws {
        let path = LegislatedShippedDatabase.path
        try await withServer(path) { client in
            let deputy = text(try await client.execute(uri: "/deputies/\(Self.deputy)", method: .get))
            #expect(deputy.contains("<h1>Yaël Braun-Pivet (PA721908)</h1>"))
            for link in ["/deputies/PA721908.csv", "/deputies/PA721908.json", "https://www.assemblee-nationale.fr/dyn/deputes/PA721908"] {
                #expect(deputy.contains("href=\"\(link)\""), "the deputy page links \(link)")
            }
            #expect(deputy.contains("16e et 17e législatures"), "the career spans both legislatures")
            #expect(deputy.contains("<section id=\"method\">") && deputy.contains("règle de Datan"), "the rates' explanation")
            #expect(deputy.contains(" = "), "each rate with its counts")

            let ballot = text(try await client.execute(uri: "/ballots/773", method: .get))
            #expect(ballot.contains("<a href=\"/deputies/PA721908?lang=fr\">Yaël Braun-Pivet</a>"), "the ballot page links named deputies")
            let groupLink = try #require(ballot.range(of: "<a href=\"/groups/PO845407?lang=fr\">"), "the ballot page links EPR's group page")
            #expect(!groupLink.isEmpty)

            let group = text(try await client.execute(uri: "/groups/PO845407", method: .get))
            #expect(group.contains("href=\"/groups/PO845407.csv\"") && group.contains("href=\"/groups/PO845407.json\""))
            #expect(group.contains("href=\"https://www2.assemblee-nationale.fr/instances/fiche/OMC_PO845407\""), "the group page links its official page")
            #expect(group.contains("<a href=\"/deputies/PA721908?lang=fr\">Yaël Braun-Pivet</a>"), "the group page lists its deputies")

            let dossier = text(try await client.execute(uri: "/dossiers/DLR5L16N49176", method: .get))
            for link in ["/dossiers/DLR5L16N49176.csv", "/dossiers/DLR5L16N49176.json", "https://www.assemblee-nationale.fr/dyn/16/dossiers/DLR5L16N49176",
                         "/ballots/17:773?lang=fr"] {
                #expect(dossier.contains("href=\"\(link)\""), "the dossier page links \(link)")
            }

            let town = text(try await client.execute(uri: "/town?q=59000&ballot=773", method: .get))
            #expect(town.contains("href=\"/deputies/"), "the town page links its deputies")
        }
    }

    @Test func theGroupsDataIsItsRowOfTheGroupsCommand() async throws {
        let path = LegislatedShippedDatabase.path
        let all = try hemicycle(["groups", "--legislature", "all", "--format", "json", "--db", path, "--no-pager"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["group_id"] as? String == "PO845407" })
        let expected = try JSONSerialization.data(withJSONObject: row, options: .sortedKeys)
        try await withServer(path) { client in
            let served = text(try await client.execute(uri: "/groups/PO845407.json", method: .get))
            let array = try #require(try JSONSerialization.jsonObject(with: Data(served.utf8)) as? [[String: Any]])
            #expect(array.count == 1)
            let first = try JSONSerialization.data(withJSONObject: try #require(array.first), options: .sortedKeys)
            #expect(first == expected, "the row of groups --legislature all")
            let csv = text(try await client.execute(uri: "/groups/PO845407.csv", method: .get))
            #expect(csv.split(separator: "\n").count == 2 && csv.contains("PO845407"), "a header and the group's row")
        }
    }

    /// Every new page in French has no English label left (``EnglishLabels``), and the town
    /// page's heading names the place in French.
    @Test(arguments: ["/deputies/PA721908", "/groups/PO845407", "/dossiers/DLR5L16N49176", "/town?q=59000&ballot=773", "/town?q=Villeneuve-d%27Ascq"])
    func frenchPagesHaveNoEnglishLabel(uri: String) async throws {
        let path = LegislatedShippedDatabase.path
        try await withServer(path) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok, "\(uri)")
            let visible = EnglishLabels.visibleText(ofMarkup: text(response))
            #expect(EnglishLabels.leftovers(in: visible).isEmpty, "\(uri): \(EnglishLabels.leftovers(in: visible))")
            if uri.hasPrefix("/town?q=59000") { #expect(visible.contains("Députés — code postal 59000")) }
        }
    }
}
