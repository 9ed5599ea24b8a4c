import Foundation
import HemicycleTestSupport

/// Headless Chromium (Debian package `chromium`), when installed: loads a page and gives its DOM
/// after parsing, or a screenshot.
public enum HeadlessChromium {
    /// `chromium` or `chromium-browser` on `$PATH`.
    public static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    public static var isAvailable: Bool { executable != nil }
    public static let skipMessage = "SKIPPED: Chromium not installed (Debian: apt-get install chromium; .ci/install does it)"

    /// Where tests save what a person should look at: `$HEMICYCLE_TEST_OUTPUT`, else
    /// `<project>/.build-test-output` (ignored by git like every `.build*`).
    public static let outputFolder: URL = {
        let env = ProcessInfo.processInfo.environment["HEMICYCLE_TEST_OUTPUT"]
        let url = env.map { URL(fileURLWithPath: $0) } ?? SharedData.projectRoot.appendingPathComponent(".build-test-output")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The serialized DOM of `file` after loading (`--dump-dom`).
    public static func dumpDOM(of file: URL) throws -> String {
        try run(["--dump-dom", file.absoluteString])
    }

    /// The DOM of `file` laid out in a window `width` CSS pixels wide.
    public static func dumpDOM(of file: URL, windowWidth width: Int) throws -> String {
        try run(["--window-size=\(width),900", "--dump-dom", file.absoluteString])
    }

    /// The DOM of `url` after `milliseconds` of the page's (virtual) time: long enough for a form
    /// a harness page submits to load its answer.
    public static func dumpDOM(of url: URL, afterMilliseconds milliseconds: Int) throws -> String {
        try run(["--virtual-time-budget=\(milliseconds)", "--dump-dom", url.absoluteString])
    }

    /// Saves a PNG screenshot of `file` at `width`×`height` CSS pixels.
    public static func screenshot(of file: URL, to png: URL, width: Int, height: Int) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", file.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> String {
        guard let executable else { throw BrowserError.notInstalled }
        let profile = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs must not hang the suite: stop it after two minutes.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0 else { throw BrowserError.failed(status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    public enum BrowserError: Error {
        case notInstalled
        case failed(status: Int32)
    }

    /// Occurrences of `needle` in `text`.
    public static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The first `<svg …class="hemicycle"…>…</svg>` element of a DOM.
    public static func hemicycleSVG(in dom: String) -> String? {
        guard let marker = dom.range(of: "class=\"hemicycle\""),
              let start = dom.range(of: "<svg", options: .backwards, range: dom.startIndex..<marker.lowerBound),
              let end = dom.range(of: "</svg>", range: marker.upperBound..<dom.endIndex)
        else { return nil }
        return String(dom[start.lowerBound..<end.upperBound])
    }
}
