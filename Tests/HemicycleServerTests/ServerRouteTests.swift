import CompressNIO
import Foundation
import HemicycleServer
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route in process, on the hostile store: status, headers, escaping, errors, ETag and gzip.
@Suite("hemicycle serve: routes on a hostile store", .serialized)
struct ServerRouteTests {
    static let documents = [
        "/", "/?q=HYPERLINK&lang=en", "/?q=%3Cscript%3E", "/ballots/99:7", "/ballots/99:7?lang=en", "/ballots/VTANR5L99V7.json",
        "/ballots/99:7.csv", "/ballots/99:7.svg", "/api/ballots?legislature=99", "/api/ballots.csv?legislature=99",
        "/api/ballots/99:7", "/api/ballots/99:7.csv", "/api/ballots/99:7?format=csv", "/town", "/town?lang=en", "/openapi.json",
        "/deputies/PA1", "/deputies/PA1?lang=en", "/deputies/PA1.json", "/deputies/PA1.csv", "/api/deputies/PA1", "/api/deputies/PA1.csv",
        "/api/deputies/PA1?format=csv", "/groups/POA", "/groups/POA?lang=en", "/groups/POA.json", "/groups/POA.csv",
        "/api/scorecard?ballot=99:7:against", "/api/scorecard.csv?ballot=99:7:for&absent=half",
    ]

    @Test func everyDocumentKeepsTheHostileTextInert() async throws {
        let path = try #require(HostileStore.path)
        try await withServer(path) { client in
            for uri in Self.documents {
                let response = try await client.execute(uri: uri, method: .get)
                let body = text(response)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(uri): CSP")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src") == false, "\(uri): no script source allowed")
                #expect(response.headers[.eTag]?.hasPrefix("W/\"") == true, "\(uri): ETag")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri): never sniffed")
                let type = response.headers[.contentType] ?? ""
                // JSON and CSV carry the data as published (quoted as their formats require), under
                // their own media types; markup is checked where a browser renders it.
                guard type.hasPrefix("text/html") || type.hasPrefix("image/svg+xml") else {
                    #expect(type.hasPrefix("application/json") || type.hasPrefix("text/csv"), "\(uri): \(type)")
                    continue
                }
                for element in ["<script", "<img", "<iframe", "<svg onload", "</style><"] {
                    #expect(!body.contains(element), "\(uri) carries \(element)")
                }
                #expect(!body.unicodeScalars.contains { $0 == "\u{07}" }, "\(uri): the control character is not sent raw")
            }
            // Where the hostile text shows, it shows as text.
            let page = text(try await client.execute(uri: "/ballots/99:7", method: .get))
            #expect(page.contains("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
            #expect(page.contains("&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt;Élise O&#39;Brien &quot;&lt;b&gt;&quot; &amp; &lt;iframe src=//evil&gt;"))
            #expect(page.contains("&lt;svg onload=alert(1)&gt;"))
            // The ballot page links the hostile deputy and group to their pages, and those pages show them as text.
            #expect(page.contains("<a href=\"/deputies/PA1?lang=fr\">&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt;Élise O&#39;Brien"))
            #expect(page.contains("<a href=\"/groups/POA?lang=fr\">&lt;svg onload=alert(1)&gt;</a>"))
            let deputy = text(try await client.execute(uri: "/deputies/PA1", method: .get))
            #expect(deputy.contains("<h1>&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt;Élise O&#39;Brien &quot;&lt;b&gt;&quot; &amp; &lt;iframe src=//evil&gt; (PA1)</h1>"))
            let group = text(try await client.execute(uri: "/groups/POA", method: .get))
            #expect(group.contains("<h1>&lt;svg onload=alert(1)&gt; — Groupe &lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
            #expect(group.contains("href=\"/deputies/PA1?lang=fr\""), "the group page links its deputies")
            // The scorecard's JSON keeps the name exactly; its CSV neutralises nothing that is not a formula.
            let scorecard = try await client.execute(uri: "/api/scorecard?ballot=99:7:against", method: .get)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(text(scorecard).utf8)) as? [[String: Any]])
            #expect(rows.contains { $0["name"] as? String == "\(HostileStore.firstName) \(HostileStore.lastName)" })
            #expect(page.contains("<html lang=\"fr\">") && page.contains("Scrutin n°"))
            let english = text(try await client.execute(uri: "/ballots/99:7?lang=en", method: .get))
            #expect(english.contains("<html lang=\"en\">") && english.contains("Ballot no."))
            // JSON keeps the title exactly.
            let json = try await client.execute(uri: "/api/ballots/99:7", method: .get)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text(json).utf8)) as? [String: Any])
            #expect(object["title"] as? String == HostileStore.title)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            // CSV neutralises the formula.
            let list = text(try await client.execute(uri: "/api/ballots.csv?legislature=99", method: .get))
            #expect(list.contains("\"'=HYPERLINK(\"\"http://evil\"\")"))
        }
    }

    @Test func errorsNameWhatIsMissingOrWrong() async throws {
        let path = try #require(HostileStore.path)
        try await withServer(path) { client in
            let missing = try await client.execute(uri: "/ballots/99:12345", method: .get)
            #expect(missing.status == .notFound)
            #expect(text(missing).contains("12345") && text(missing).contains("Introuvable"))
            #expect(missing.headers[.contentSecurityPolicy] != nil)
            let malformed = try await client.execute(uri: "/api/ballots/abc%3Cb%3E", method: .get)
            #expect(malformed.status == .badRequest)
            #expect(text(malformed).contains("is not a ballot"))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text(malformed).utf8)) as? [String: Any])
            #expect(object["status"] as? Int == 400)
            // The reference echoed in an HTML error page is escaped.
            let echoed = try await client.execute(uri: "/ballots/%3Cscript%3Ex", method: .get)
            #expect(echoed.status == .badRequest && !text(echoed).contains("<script>") && text(echoed).contains("&lt;script&gt;x"))
            #expect(try await client.execute(uri: "/ballots/7?lang=de", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/?from=2025-13-45", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/ballots?limit=0", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/representatives", method: .get).status == .badRequest)
            // A missing deputy, group or dossier is named, on the page and in the API.
            for (uri, name) in [("/deputies/PA12345", "PA12345"), ("/groups/PO12345?lang=en", "PO12345"), ("/dossiers/DLR5L99N1", "DLR5L99N1"),
                                ("/api/deputies/PA12345", "PA12345"), ("/deputies/PA12345.json", "PA12345")] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound && text(response).contains(name), "\(uri) names \(name)")
            }
            #expect(try await client.execute(uri: "/api/scorecard", method: .get).status == .badRequest)
            let position = try await client.execute(uri: "/api/scorecard?ballot=99:7:maybe", method: .get)
            #expect(position.status == .badRequest && text(position).contains("'maybe' is not a wanted position"))
            #expect(try await client.execute(uri: "/api/scorecard?ballot=99:7:for&absent=never", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/api/scorecard?ballot=99:7777:for", method: .get).status == .notFound)
            let nowhere = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(nowhere.status == .notFound && text(nowhere).contains("/no/such/page"))
        }
    }

    @Test func anUnchangedDocumentIsNotSentAgainAndGzipIsTheSameDocument() async throws {
        let path = try #require(HostileStore.path)
        try await withServer(path) { client in
            let first = try await client.execute(uri: "/ballots/99:7", method: .get)
            let etag = try #require(first.headers[.eTag])
            let again = try await client.execute(uri: "/ballots/99:7", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            // Another language is another representation, another tag.
            let english = try await client.execute(uri: "/ballots/99:7?lang=en", method: .get)
            #expect(english.headers[.eTag] != etag)
            #expect(try await client.execute(uri: "/ballots/99:7?lang=en", method: .get, headers: [.ifNoneMatch: etag]).status == .ok)

            let compressed = try await client.execute(uri: "/ballots/99:7", method: .get, headers: [.acceptEncoding: "gzip, deflate"])
            #expect(compressed.headers[.contentEncoding] == "gzip")
            var body = compressed.body
            #expect(body.readableBytes < first.body.readableBytes)
            let inflated = try body.decompress(with: .gzip())
            #expect(String(buffer: inflated) == text(first))
            let refused = try await client.execute(uri: "/ballots/99:7", method: .get, headers: [.acceptEncoding: "gzip;q=0"])
            #expect(refused.headers[.contentEncoding] == nil)
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheAPIRoutes() async throws {
        let path = try #require(HostileStore.path)
        let server = try HemicycleServer(databasePath: path, connections: 1)
        // Routes as OpenAPI writes them (`{ref}`), the `.csv`/`.json` spellings of a path being the same operation.
        let routes = Set(server.router().routes.map { "\($0.path)" }.filter { $0.hasPrefix("/api/") }.map { route -> String in
            var route = route.replacingOccurrences(of: ":ref", with: "{ref}").replacingOccurrences(of: ":id", with: "{id}")
            for suffix in [".csv", ".json"] where route.hasSuffix(suffix) { route = String(route.dropLast(suffix.count)) }
            return route
        })
        try await withServer(path) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text(response).utf8)) as? [String: Any])
            #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
            let paths = try #require(document["paths"] as? [String: Any])
            #expect(Set(paths.keys) == routes)
            for (route, item) in paths {
                let operation = try #require((item as? [String: Any])?["get"] as? [String: Any], "\(route) has a GET")
                #expect(operation["responses"] != nil)
            }
        }
    }

    @Test func healthzAnswersWithTheBallotCount() async throws {
        let path = try #require(HostileStore.path)
        try await withServer(path) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok && text(response) == "ok: 1 ballots\n")
        }
    }
}
