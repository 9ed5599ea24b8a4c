import Foundation
import HemicycleServer
import HemicycleTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// Bounded mutation fuzzing of `serve`'s requests (the in-process stand-in for a network fuzzer,
/// as `MutationFuzzTests` is for the dumps): every route's URI, its path and its query, edited the
/// way a scanner, a broken link or a hostile visitor writes them. Each answer must be a page or a
/// named error — never a server error (5xx), never a crash, always with the security headers, and
/// never markup echoed raw.
@Suite("hemicycle serve: mutated requests (smoke)", .serialized)
struct ServerRequestMutationTests {
    /// One URI per route and query parameter the server reads.
    static let seeds = [
        "/", "/?q=vid%C3%A9osurveillance&from=2024-01-01&to=2025-12-31&lang=en", "/?q=HYPERLINK&title_only=1&limit=5",
        "/ballots/99:7", "/ballots/99:7.json", "/ballots/99:7.csv", "/ballots/99:7.svg", "/ballots/VTANR5L99V7?lang=en",
        "/api/ballots?legislature=99&limit=10&search=script", "/api/ballots.csv?legislature=99", "/api/ballots/99:7?format=csv",
        "/deputies/PA1", "/deputies/PA1.csv?lang=en", "/api/deputies/PA1?format=csv", "/groups/POA.json", "/dossiers/DLR5L99N1",
        "/api/scorecard?ballot=99:7:against&absent=half&min_ballots=1&group=POA", "/api/scorecard.csv?search=amendement&position=for&legislature=99",
        "/town?q=59000&ballot=99:7&ballot=7", "/town?q=Villeneuve-d%27Ascq&date=2025-02-11", "/api/representatives?postcode=59000",
        "/api/representatives.csv?town=Lille", "/openapi.json", "/healthz",
    ]

    /// What breaks URIs and the parsers behind them: escapes, separators, traversal, numbers that
    /// do not fit, FTS5 query syntax, bidirectional overrides, references half written.
    static let tokens = [
        "%", "%0", "%00", "%ZZ", "%C3", "%FF%FE", "%E2%80%AE", "%3Cscript%3E", "%22", "%27", "..", "/..", "//", "?", "&",
        "=", "&&", "==", "#", "+", "%20", "*", "NEAR(", "%20OR%20", "%20AND%20NOT%20", "^", ":", "-1", "99999999999999999999",
        "0", "16:", ":1274", "lang=", "lang=de", "format=", "format=xml", "limit=", "limit=-5", "q=", "from=2025-02-30",
        "to=", "ballot=", "ballot=16:-1", "postcode=", "postcode=ABCDE", ".csv", ".json", ".svg", ".png", ".atom", "ballots",
    ]

    @Test("every mutated request gets a page or a named error, with the security headers")
    func mutatedRequests() async throws {
        let path = try #require(HostileStore.path)
        var rng = SplitMix64(state: 0x5345_5256_45)
        var uris: [String] = []
        for round in 0..<30 {
            for seed in Self.seeds {
                var scalars = Array(seed.unicodeScalars)
                for _ in 0..<Int.random(in: 1...(round < 10 ? 2 : 5), using: &rng) {
                    let i = Int.random(in: 1...scalars.count, using: &rng)
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0 where i < scalars.count: scalars.remove(at: i)
                    case 1 where i < scalars.count: scalars.removeSubrange(i..<scalars.count)
                    default: scalars.insert(contentsOf: Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &rng)].unicodeScalars, at: i)
                    }
                }
                var uri = String.UnicodeScalarView()
                uri.append(contentsOf: scalars)
                uris.append(String(uri))
            }
        }
        let requests = uris
        let serverErrors = try await withServer(path) { client in
            var failures: [String] = []
            for uri in requests {
                let response = try await client.execute(uri: uri, method: .get)
                let body = text(response)
                if response.status.code >= 500 { failures.append("\(response.status.code) \(uri): \(body.prefix(200))") }
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(uri): CSP")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri): nosniff")
                if response.headers[.contentType]?.hasPrefix("text/html") == true {
                    #expect(!body.contains("<script"), "\(uri) echoes markup")
                }
            }
            return failures
        }
        #expect(uris.count == 30 * Self.seeds.count)
        #expect(serverErrors.isEmpty, "server errors: \(serverErrors.prefix(5))")
    }
}
