import Foundation
import HemicycleCLITestSupport
import HemicycleServer
import HemicycleTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages in headless Chromium, served on a free loopback port.
@Suite("hemicycle serve in a real browser", .serialized,
       .enabled(if: RegisteredShippedDatabase.isAvailable, ShippedDatabase.skipMessage),
       .enabled(if: HeadlessChromium.isAvailable, Comment(rawValue: HeadlessChromium.skipMessage)))
struct ServerBrowserTests {
    /// Runs `body` with the server live on a free port.
    func live(_ body: @Sendable (URL, any TestClientProtocol) async throws -> Void) async throws {
        let server = try HemicycleServer(databasePath: RegisteredShippedDatabase.path, port: 0, connections: 2)
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            try await body(try #require(URL(string: "http://127.0.0.1:\(port)")), client)
        }
    }

    @Test func theBallotPageHas577SeatsAndTheOfficialFigures() async throws {
        try await live { base, client in
            let dom = try HeadlessChromium.dumpDOM(of: base.appendingPathComponent("ballots/773"))
            let svg = try #require(HeadlessChromium.hemicycleSVG(in: dom), "the page has a hemicycle SVG")
            #expect(HeadlessChromium.count("<circle", in: svg) == 577, "one disc per seat")
            // Official record of ballot 773: 86 for, 37 against, 2 abstentions, 2 non-voting; 450 absent.
            for (state, seats) in ["for": 86, "against": 37, "abstention": 2, "non-voting": 2, "absent": 450] {
                #expect(HeadlessChromium.count("class=\"seat \(state)\"", in: svg) == seats, "seats \(state)")
            }
            #expect(dom.contains("125 votants sur 577 sièges (21,7"))
            #expect(dom.contains("86 pour, 37 contre, 2 abstentions"))
            #expect(dom.contains("href=\"/ballots/17:773.csv\"") && dom.contains("href=\"https://www.assemblee-nationale.fr/dyn/17/scrutins/773\""))
            #expect(dom.contains("Yaël Braun-Pivet"))
            #expect(!dom.contains("<script"))
            let english = try HeadlessChromium.dumpDOM(of: try #require(URL(string: base.absoluteString + "/ballots/773?lang=en")))
            #expect(english.contains("125 voters of 577 seats (21.7"))
        }
    }

    /// The deputy page in the browser: the career, the rates with their counts, the links; read
    /// once through the browser first (the first deputy page reads every ballot of every legislature).
    @Test func theDeputyPageLoads() async throws {
        try await live { base, client in
            let url = base.appendingPathComponent("deputies/PA721908")
            _ = try HeadlessChromium.dumpDOM(of: url, afterMilliseconds: 30_000)
            let dom = try HeadlessChromium.dumpDOM(of: url)
            #expect(dom.contains("<h1>Yaël Braun-Pivet (PA721908)</h1>"))
            #expect(dom.contains("16e et 17e législatures"))
            #expect(dom.contains("href=\"/deputies/PA721908.csv\"") && dom.contains("href=\"https://www.assemblee-nationale.fr/dyn/deputes/PA721908\""))
            #expect(dom.contains("Comment les taux sont calculés"))
            #expect(!dom.contains("<script"))
        }
    }

    /// The town form as the server writes it, submitted by the browser (a harness page fills
    /// the field and submits; the server's own pages run no script).
    @Test(arguments: [("59000", "Aurélien Le Coq"), ("Villeneuve-d'Ascq", "Ugo Bernalicis")])
    func theTownFormFindsTheDeputies(place: String, deputy: String) async throws {
        try await live { base, client in
            // The first town page reads who held which seat when (every vote): done before the
            // browser's visit, whose page time is bounded, so that a loaded machine cannot fail it.
            // (Asked through the browser: the test client's read timeout is shorter than a loaded machine.)
            _ = try HeadlessChromium.dumpDOM(of: try #require(URL(string: base.absoluteString + "/town?q=59000")))
            let page = try HeadlessChromium.dumpDOM(of: base.appendingPathComponent("town"))
            let start = try #require(page.range(of: "<form class=\"search\""))
            let end = try #require(page.range(of: "</form>", range: start.upperBound..<page.endIndex))
            let form = String(page[start.lowerBound..<end.upperBound])
                .replacingOccurrences(of: "name=\"q\" value=\"\"", with: "name=\"q\" value=\"\(place.replacingOccurrences(of: "'", with: "&#39;"))\"")
                .replacingOccurrences(of: "name=\"ballot\" value=\"\"", with: "name=\"ballot\" value=\"773\"")
            let harness = try SharedData.temporaryFolder().appendingPathComponent("town-form.html")
            try "<!DOCTYPE html><html><head><base href=\"\(base.absoluteString)/\"></head><body>\(form)<script>document.forms[0].submit()</script></body></html>"
                .write(to: harness, atomically: true, encoding: .utf8)
            let answer = try HeadlessChromium.dumpDOM(of: harness, afterMilliseconds: 30_000)
            #expect(answer.contains("Ma commune"), "the browser reached the town page")
            #expect(answer.contains(deputy), "\(place) → \(deputy)")
            #expect(answer.contains("<td>absent</td>"), "their vote on 773")
        }
    }

    /// At phone width (390 CSS pixels) the pages fit: measured in the browser on the served markup
    /// (a copy with a script that writes the widths; the server's own pages run none), and
    /// screenshots saved for a person to look at.
    @Test(arguments: ["ballots/773", "town?q=59000&ballot=16:1274&ballot=773", "?q=transports", "deputies/PA721908"])
    func phoneWidthHasNoHorizontalScroll(path: String) async throws {
        try await live { base, client in
            let url = try #require(URL(string: base.absoluteString + "/" + path))
            // A page slow to build the first time (a deputy's career) is built through the browser,
            // whose wait is longer than the test client's read timeout.
            _ = try HeadlessChromium.dumpDOM(of: url, afterMilliseconds: 30_000)
            let html = text(try await client.execute(uri: "/" + path, method: .get))
            let probe = "<script>document.body.setAttribute('data-widths', document.documentElement.scrollWidth + 'x' + window.innerWidth)</script></body>"
            let copy = try SharedData.temporaryFolder().appendingPathComponent("phone.html")
            try html.replacingOccurrences(of: "</body>", with: probe).write(to: copy, atomically: true, encoding: .utf8)
            let dom = try HeadlessChromium.dumpDOM(of: copy, windowWidth: 390)
            let marker = try #require(dom.range(of: "data-widths=\""))
            let widths = dom[marker.upperBound...].prefix { $0 != "\"" }.split(separator: "x").compactMap { Int($0) }
            #expect(widths.count == 2 && widths[0] <= widths[1], "\(path): scroll width \(widths) at 390 px")
            let name = path.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "?", with: "").prefix(40)
            for (width, height) in [(390, 2400), (1280, 2000)] {
                let png = HeadlessChromium.outputFolder.appendingPathComponent("serve-\(name)-\(width).png")
                try HeadlessChromium.screenshot(of: url, to: png, width: width, height: height)
                #expect(try Data(contentsOf: png).count > 10_000, "a screenshot with content at \(png.path)")
            }
        }
    }
}
