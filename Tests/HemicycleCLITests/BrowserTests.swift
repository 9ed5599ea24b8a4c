import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

@Suite("HTML pages in a real browser", .serialized,
       .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage),
       .enabled(if: HeadlessChromium.isAvailable, Comment(rawValue: HeadlessChromium.skipMessage)))
struct BrowserTests {
    @Test func ballot773HasItsSeatsAndFiguresInTheBrowser() throws {
        let html = try hemicycle(["ballot", "773", "--format", "html", "--db", ShippedDatabase.path])
        let page = try SharedData.temporaryFolder().appendingPathComponent("ballot-773.html")
        try html.write(to: page, atomically: true, encoding: .utf8)

        let dom = try HeadlessChromium.dumpDOM(of: page)
        let svg = try #require(HeadlessChromium.hemicycleSVG(in: dom), "the page has a hemicycle SVG")
        #expect(HeadlessChromium.count("<circle", in: svg) == 577, "one disc per seat")
        // Official record of ballot 773: 86 for, 37 against, 2 abstentions, 2 non-voting (the
        // presiding officers); the other 577 − 86 − 37 − 2 − 2 = 450 seats were absent.
        let expected = ["for": 86, "against": 37, "abstention": 2, "non-voting": 2, "absent": 450]
        for (state, seats) in expected {
            #expect(HeadlessChromium.count("class=\"seat \(state)\"", in: svg) == seats, "seats \(state)")
        }
        #expect(HeadlessChromium.count("class=\"seat vacant\"", in: svg) == 0)
        // The text figures, as the browser parsed them.
        #expect(dom.contains("125 voters of 577 seats"))
        #expect(dom.contains("86 for, 37 against, 2 abstentions"))
        #expect(dom.contains("majority required: 62 of 123 votes cast"), "the terminal's summary line")
        #expect(dom.contains("VTANR5L17V773"))
        #expect(dom.contains("https://www.assemblee-nationale.fr/dyn/17/scrutins/773"))
        #expect(dom.contains("Yaël Braun-Pivet"))
        #expect(!dom.contains("<script"))

        let screenshot = HeadlessChromium.outputFolder.appendingPathComponent("ballot-773.png")
        try? FileManager.default.removeItem(at: screenshot)
        try HeadlessChromium.screenshot(of: page, to: screenshot, width: 1200, height: 2400)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG at \(screenshot.path)")
        #expect(png.count > 20_000, "a screenshot with content, not a blank page")
    }

    @Test func aHostileTitleStaysTextInTheBrowser() throws {
        let hostile = #"<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)>"#
        let html = try hemicycle(["report", "773", "774", "--format", "html", "--title", hostile, "--db", ShippedDatabase.path])
        let page = try SharedData.temporaryFolder().appendingPathComponent("hostile.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let dom = try HeadlessChromium.dumpDOM(of: page)
        #expect(!dom.contains("<script"), "no script element")
        #expect(!dom.contains("<img"), "no image element")
        // The browser serializes the text node with < > & escaped and quotes as they are.
        #expect(dom.contains(#"<h1>&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'quotes' &lt;img src=x onerror=alert(1)&gt;</h1>"#))
        // Both ballots, each with its own 577 seats and prefixed anchors.
        #expect(HeadlessChromium.count("<circle class=\"seat ", in: dom) == 2 * 577)
        #expect(dom.contains("id=\"b773-groups\"") && dom.contains("id=\"b774-groups\""))
        #expect(dom.contains("href=\"#b774\""))
    }
}

@Suite("card and report commands", .serialized, .enabled(if: ShippedDatabase.isAvailable, ShippedDatabase.skipMessage))
struct CardAndReportCommandTests {
    @Test func cardFiguresComeFromTheDatabase() throws {
        let french = try hemicycle(["card", "773", "--lang", "fr", "--db", ShippedDatabase.path])
        #expect(french.hasPrefix("<svg"))
        // 86 for of 577 seats, 125 voters (French: narrow no-break space before ";").
        #expect(french.contains("86 député·es sur 577 ont voté pour\u{202F}; 125 ont pris part au vote."))
        #expect(HeadlessChromium.count("<circle", in: french) == 577)
        #expect(HeadlessChromium.count("class=\"seat for\"", in: french) == 86)
        let english = try hemicycle(["card", "773", "--lang", "en", "--subject", "the amendment", "--title", "VSA <2027>", "--db", ShippedDatabase.path])
        #expect(english.contains("86 deputies out of 577 voted for the amendment; 125 took part."))
        #expect(english.contains("VSA &lt;2027&gt;"))
        #expect(!english.contains("VSA <2027>"))
    }

    @Test func cardWritesSVGAndPNG() throws {
        let folder = try SharedData.temporaryFolder()
        let svg = folder.appendingPathComponent("card-773.svg")
        let canRasterise = FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert")
            || ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/rsvg-convert") } == true
        let arguments = ["card", "773", "--lang", "fr", "--output", svg.path, "--png", "--format", "json", "--db", ShippedDatabase.path]
        if canRasterise {
            let json = try hemicycle(arguments)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["for"] as? Int == 86)
            #expect(object["voters"] as? Int == 125)
            let png = try Data(contentsOf: folder.appendingPathComponent("card-773.png"))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // PNG header: width and height, big-endian, at bytes 16…23: 1200 × 675.
            #expect(Array(png[16..<24]) == [0, 0, 0x04, 0xB0, 0, 0, 0x02, 0xA3])
        } else {
            #expect { try hemicycle(arguments) } throws: { "\($0)".contains("rsvg-convert is not installed") }
        }
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("125 ont pris part au vote"))
    }

    @Test func pngNeedsAnOutputFile() {
        #expect { try hemicycle(["card", "773", "--png", "--db", ShippedDatabase.path]) } throws: { error in
            Hemicycle.message(for: error).contains("--png needs --output")
        }
    }

    @Test func reportSectionsAndJSON() throws {
        let json = try hemicycle(["report", "773", "1041", "--section", "groups", "--section", "against", "--section", "source",
                                  "--format", "json", "--db", ShippedDatabase.path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["number"] as? Int } == [773, 1041])
        #expect(rows.map { $0["voters"] as? Int } == [125, 445])
        let votes = try #require(rows.first?["votes"] as? [[String: Any]])
        #expect(votes.count == 37, "only the 37 against")
        #expect(votes.allSatisfy { $0["position"] as? String == "against" })
        let groups = try #require(rows.first?["groups"] as? [[String: Any]])
        // Groups' published "for" counts add up to the official 86.
        #expect(groups.compactMap { $0["for"] as? Int }.reduce(0, +) == 86)
        let source = try #require(rows.first?["source"] as? [String: String])
        #expect(source["dump_file"] == "Scrutins_XVII_20260702.json.zip", "the file name only, the same on every machine")

        let folder = try SharedData.temporaryFolder()
        let page = folder.appendingPathComponent("report.html")
        _ = try hemicycle(["report", "773", "774", "--output", page.path, "--db", ShippedDatabase.path])
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(HeadlessChromium.count("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hemicycle\"", in: html) == 2)
        #expect(html.contains("<a href=\"#b773\">773</a>"))
        #expect(html.contains("fill=\"url(#b774-hc-hatch-against)\""), "pattern references follow their prefixed ids")
        #expect(html.contains("<pattern id=\"b774-hc-hatch-against\""))
    }
}
