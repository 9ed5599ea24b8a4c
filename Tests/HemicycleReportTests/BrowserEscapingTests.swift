import Foundation
import HemicycleTestSupport
import Testing
@testable import HemicycleReport

/// `chromium` or `chromium-browser` on `$PATH`.
private enum Chromium {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return ["chromium", "chromium-browser"].lazy
            .flatMap { name in folders.map { "\($0)/\(name)" } }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The DOM of `html` after Chromium parsed it.
    static func dom(of html: String) throws -> String {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "chromium")
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--dump-dom", file.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Opens hand-made pages with hostile text in headless Chromium, when installed, and checks
/// that the browser built no element from the text.
@Suite("Escaping in a real browser", .enabled(if: Chromium.path != nil, "SKIPPED: Chromium not installed (Debian: apt-get install chromium)"))
struct BrowserEscapingTests {
    @Test func hostileBallotPageHasNoScriptElement() throws {
        // Title, a group label and a deputy's name all hold `<script>alert("x")</script> & 'quotes'`.
        let dom = try Chromium.dom(of: BallotPage(input: Fixtures.pageInput).html())
        #expect(dom.contains("<h1>"), "the browser loaded the page")
        #expect(!dom.contains("<script"), "no script element")
        // Chromium serializes text with < > & escaped and quotes as they are.
        let asText = #"&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'quotes'"#
        #expect(dom.contains("<h1>\(asText)</h1>"))
        #expect(dom.contains("<title>Ballot no. 773 — \(asText)</title>"))
        // The hostile colour did not become a style that loads anything.
        #expect(!dom.contains("url(http://evil)"))
    }

    @Test func hostileShareCardInAPageHasNoScriptElement() throws {
        let card = ShareCard(input: Fixtures.pageInput, language: .english, title: Fixtures.hostile, sentence: Fixtures.hostile)
        let dom = try Chromium.dom(of: HTMLPage.document(title: "card", body: card.svg()))
        #expect(dom.contains("share-card"), "the browser loaded the card")
        #expect(!dom.contains("<script"))
    }
}
