import Foundation
import HemicycleCLITestSupport
import HemicycleServer
import HemicycleTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// The server's documents on the shipped data are the command line's, byte for byte.
@Suite("hemicycle serve on the shipped data", .serialized,
       .enabled(if: RegisteredShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct ServerShippedDataTests {
    @Test func theAPIGivesTheCommandLinesDocuments() async throws {
        // The dossiers' documents need the legislation, imported before the server reads the store.
        let path = LegislatedShippedDatabase.path
        let pairs: [(uri: String, command: [String])] = [
            ("/api/ballots/773", ["ballot", "773", "--format", "json"]),
            ("/ballots/773.json", ["ballot", "773", "--format", "json"]),
            ("/api/ballots/16:1274", ["ballot", "16:1274", "--format", "json"]),
            ("/api/ballots/773.csv", ["ballot", "773", "--format", "csv"]),
            ("/api/ballots?search=transports&limit=20000", ["ballots", "--search", "transports", "--format", "json"]),
            ("/api/ballots.csv?search=vid%C3%A9oprotection&legislature=all&limit=20000", ["ballots", "--search", "vidéoprotection", "--legislature", "all", "--format", "csv"]),
            ("/api/representatives?postcode=59000&ballot=16:1274&ballot=773", ["representatives", "--postcode", "59000", "--ballot", "16:1274", "--ballot", "773", "--format", "json"]),
            ("/api/representatives.csv?town=Villeneuve-d%27Ascq&ballot=773", ["representatives", "--town", "Villeneuve-d'Ascq", "--ballot", "773", "--format", "csv"]),
            ("/api/deputies/PA721908", ["deputy", "PA721908", "--format", "json"]),
            ("/deputies/PA721908.json", ["deputy", "PA721908", "--format", "json"]),
            ("/api/deputies/PA721908.csv", ["deputy", "PA721908", "--format", "csv"]),
            ("/api/deputies/PA721908?format=csv", ["deputy", "PA721908", "--format", "csv"]),
            ("/deputies/PA721908.csv", ["deputy", "PA721908", "--format", "csv"]),
            ("/api/scorecard?ballot=16:1274:against&ballot=773:against", ["scorecard", "--ballot", "16:1274:against", "--ballot", "773:against", "--format", "json"]),
            ("/api/scorecard.csv?ballot=16:1274:against&ballot=773:against&absent=half",
             ["scorecard", "--ballot", "16:1274:against", "--ballot", "773:against", "--absent", "half", "--format", "csv"]),
            ("/api/scorecard?search=s%C3%BBret%C3%A9%20dans%20les%20transports&position=against&min_ballots=2&format=csv",
             ["scorecard", "--search", "sûreté dans les transports", "--position", "against", "--min-ballots", "2", "--format", "csv"]),
            ("/dossiers/DLR5L16N49176.json", ["dossier", "DLR5L16N49176", "--format", "json"]),
            ("/dossiers/DLR5L16N49176.csv", ["dossier", "DLR5L16N49176", "--format", "csv"]),
        ]
        try await withServer(path) { client in
            for (uri, command) in pairs {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let expected = try hemicycle(command + ["--db", path, "--no-pager"])
                #expect(text(response) == expected, "\(uri) is `hemicycle \(command.joined(separator: " "))`")
            }
        }
    }

    @Test func theTownPageListsTheDeputiesAndTheirVotes() async throws {
        try await withServer(RegisteredShippedDatabase.path) { client in
            let lille = text(try await client.execute(uri: "/town?q=59000&ballot=16:1274+773", method: .get))
            #expect(lille.contains("Aurélien Le Coq") && lille.contains("Ugo Bernalicis"))
            #expect(lille.contains("<td>contre</td>"), "Ugo Bernalicis voted against 16:1274, in French")
            #expect(lille.contains("pas député à cette date"))
            let villeneuve = try await client.execute(uri: "/town?q=Villeneuve-d%27Ascq&ballot=773&lang=en", method: .get)
            #expect(villeneuve.status == .ok && text(villeneuve).contains("<td>Ugo Bernalicis</td>"))
            let unknown = try await client.execute(uri: "/town?q=Lile", method: .get)
            #expect(unknown.status == .notFound && text(unknown).contains("Lille"), "the closest names are suggested")
        }
    }
}
