import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleServer
import HemicycleStore
import HemicycleTestSupport
import Hummingbird
import HummingbirdTesting
import Testing

/// A store of hand-made records whose text is hostile everywhere it can be: the title of ballot
/// 99:7, the deputy PA1's first and last names, the group's name and label (markup, quotes, a
/// formula, control characters).
enum HostileStore {
    static let title = "=HYPERLINK(\"http://evil\") <script>alert(\"t\")</script> & 'q' \"quoted\" <img src=x onerror=alert(1)>\nline\u{07}"
    static let firstName = "<script>alert('n')</script>Élise"
    static let lastName = "O'Brien \"<b>\" & <iframe src=//evil>"
    static let groupName = "Groupe </style><script>alert(1)</script>"
    static let groupLabel = "<svg onload=alert(1)>"

    static let path: String? = {
        do {
            let folder = try SharedData.temporaryFolder()
            func hostile(_ fixture: String, _ replacements: [(String, String)]) throws -> URL {
                var text = try String(contentsOf: SharedData.fixture("an/\(fixture)"), encoding: .utf8)
                for (original, replacement) in replacements {
                    #expect(text.contains(original), "the fixture \(fixture) changed shape")
                    let encoded = String(decoding: try JSONEncoder().encode(replacement), as: UTF8.self)
                    text = text.replacingOccurrences(of: "\"\(original)\"", with: encoded)
                }
                let file = folder.appendingPathComponent(fixture)
                try Data(text.utf8).write(to: file)
                return file
            }
            let files = [
                try hostile("organe-group.json", [("Groupe A", groupName), ("A", groupLabel)]),
                try hostile("acteur-quirks.json", [("Élise", firstName), ("Dupré", lastName)]),
                try hostile("scrutin-quirks.json", [("l'amendement n° 1 (fixture)", title)]),
            ]
            let path = folder.appendingPathComponent("hostile.sqlite").path
            _ = try hemicycle(["import", "--quiet", "--db", path] + files.map(\.path))
            return path
        } catch {
            Issue.record("importing the hostile fixtures failed: \(error)")
            return nil
        }
    }()
}

/// The server over a store, in process (HummingbirdTesting's router client).
func withServer<Value: Sendable>(_ path: String, language: SiteLanguage = .fr, _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    let server = try HemicycleServer(databasePath: path, language: language, connections: 2)
    return try await server.application().test(.router, body)
}

/// A response's body as text.
func text(_ response: TestResponse) -> String {
    String(buffer: response.body)
}

/// A copy of the registered shipped database with the shipped legislation imported (`datasets/law`),
/// once per test process: the dossier pages need it, and the shared registered database must not
/// change under the suites that compare it with golden outputs.
enum LegislatedShippedDatabase {
    static let path: String = {
        let folder = (try? SharedData.temporaryFolder()) ?? FileManager.default.temporaryDirectory
        let path = folder.appendingPathComponent("legislated.sqlite").path
        do {
            try HemicycleDatabase(path: RegisteredShippedDatabase.path).copy(to: path)
            _ = try hemicycle(["legislation", "import", "--db", path, SharedData.datasets.appendingPathComponent("law").path])
        } catch {
            Issue.record("importing the shipped legislation failed: \(error)")
        }
        return path
    }()
}
