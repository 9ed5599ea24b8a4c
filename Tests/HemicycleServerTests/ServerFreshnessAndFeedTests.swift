import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleServer
import HemicycleTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// "Data as of" on every page, card and response; the watches' feeds; the PNG card.
@Suite("hemicycle serve: data as of, feeds, PNG cards", .serialized)
struct ServerFreshnessAndFeedTests {
    /// A store of the hand-made fixtures with two watches, one named with characters a URL encodes.
    static let path: String? = {
        do {
            let folder = try SharedData.temporaryFolder()
            let path = folder.appendingPathComponent("watched.sqlite").path
            let files = ["organe-group.json", "acteur-quirks.json", "scrutin-quirks.json"].map { SharedData.fixture("an/\($0)").path }
            _ = try hemicycle(["import", "--quiet", "--db", path] + files)
            _ = try hemicycle(["watch", "add", "fixture ballots", "--ballots", "99:7", "--db", path])
            _ = try hemicycle(["watch", "add", "amendement", "--search", "amendement", "--db", path])
            return path
        } catch {
            Issue.record("building the watched store failed: \(error)")
            return nil
        }
    }()

    @Test func everyPageCardAndResponseSaysHowFreshTheDataIs() async throws {
        let path = try #require(Self.path)
        try await withServer(path) { client in
            for uri in ["/", "/ballots/99:7", "/town", "/ballots/99:7/card.svg"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                let body = text(response)
                let stamp = uri.hasSuffix(".svg") ? "Données au 2025-02-11 (99e législature, dernier scrutin)"
                    : "<footer class=\"data-as-of\"><dl class=\"key-values\">\n<dt>Données au</dt><dd>2025-02-11 (99e législature, dernier scrutin)"
                #expect(body.contains(stamp), "\(uri) says 'data as of' in French")
                #expect(EnglishLabels.leftovers(in: EnglishLabels.visibleText(ofMarkup: body)).filter { $0.contains("ata as of") }.isEmpty, "\(uri)")
            }
            let english = text(try await client.execute(uri: "/ballots/99:7?lang=en", method: .get))
            #expect(english.contains("Data as of</dt><dd>2025-02-11 (legislature 99, last ballot); imported from files, never updated"))
            // JSON and CSV are the command line's bytes: the stamp is a header.
            for uri in ["/api/ballots/99:7", "/api/ballots/99:7.csv", "/openapi.json"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers.first(where: { $0.name.canonicalName == "hemicycle-data-as-of" })?.value == "legislature=99 last-ballot=2025-02-11 imported-from-files", "\(uri)")
            }
        }
    }

    @Test func eachWatchHasItsFeedTheBytesOfHemicycleFeedLinkedFromTheHomePage() async throws {
        let path = try #require(Self.path)
        try await withServer(path) { client in
            let home = text(try await client.execute(uri: "/", method: .get))
            #expect(home.contains("href=\"/feeds/fixture%20ballots.atom\""))
            #expect(home.contains("href=\"/feeds/amendement.atom\""))
            for name in ["fixture ballots", "amendement"] {
                let encoded = name.replacingOccurrences(of: " ", with: "%20")
                let response = try await client.execute(uri: "/feeds/\(encoded).atom", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
                let served = text(response)
                #expect(served == (try hemicycle(["feed", name, "--db", path])), "the feed of \(name) is hemicycle feed's")
                #expect(served.contains("<id>urn:hemicycle:ballot:VTANR5L99V7</id>"))
                let parser = XMLParser(data: Data(served.utf8))
                #expect(parser.parse(), "the feed of \(name) is well-formed XML")
            }
            let missing = try await client.execute(uri: "/feeds/nothing.atom", method: .get)
            #expect(missing.status == .notFound && text(missing).contains("No watch is named nothing"))
            #expect(try await client.execute(uri: "/feeds/amendement.xml", method: .get).status == .notFound)
        }
    }

    @Test func thePNGCardIsRasterisedOrTheNotFoundPageSaysWhy() async throws {
        let path = try #require(Self.path)
        let canRasterise = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/rsvg-convert") } == true
        try await withServer(path) { client in
            let page = text(try await client.execute(uri: "/ballots/99:7", method: .get))
            for link in ["/ballots/99:7.csv", "/ballots/99:7.json", "/ballots/99:7/card.svg", "/ballots/99:7/card.png",
                         "https://www.assemblee-nationale.fr/dyn/99/scrutins/7"] {
                #expect(page.contains("href=\"\(link)"), "the ballot page links to \(link)")
            }
            let svg = try await client.execute(uri: "/ballots/99:7/card.svg", method: .get)
            #expect(text(svg) == text(try await client.execute(uri: "/ballots/99:7.svg", method: .get)))
            let png = try await client.execute(uri: "/ballots/99:7/card.png", method: .get)
            if canRasterise {
                #expect(png.status == .ok && png.headers[.contentType] == "image/png")
                #expect(Array(png.body.readableBytesView.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG signature")
            } else {
                #expect(png.status == .notFound && text(png).contains("rsvg-convert is not installed"))
            }
        }
    }
}
