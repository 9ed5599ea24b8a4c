import Foundation
import HemicycleCLI
import HemicycleCLITestSupport
import HemicycleTestSupport
import Testing

/// Runs `hemicycle ARGS…` in-process and returns what it printed and the error it threw, if any
/// (`notebook check` prints its diff, then fails).
private func hemicycleCapturing(_ arguments: [String]) -> (output: String, error: (any Error)?) {
    let sink = TextSink.collecting()
    do {
        try Console.$output.withValue(sink) {
            var command = try Hemicycle.parseAsRoot(arguments)
            try command.run()
        }
        return (sink.text, nil)
    } catch {
        return (sink.text, error)
    }
}

/// The notebooks shipped in `notebooks-md/`.
private let shippedNotebooks: [URL] = {
    let folder = SharedData.projectRoot.appendingPathComponent("notebooks-md")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
}()

@Suite("Notebooks", .serialized, .enabled(if: LegislationDatabase.isAvailable, "SKIPPED: datasets/ lacks the ballots or the legislative files"))
struct NotebookTests {
    @Test func theShippedNotebooksAreUpToDate() throws {
        let names = shippedNotebooks.map(\.lastPathComponent)
        for required in ["vsa-2023-to-2026.md", "turnout-17th-legislature.md", "groups-and-agreement.md"] {
            #expect(names.contains(required), "notebooks-md/\(required) is missing")
        }
        for notebook in shippedNotebooks {
            let (output, error) = hemicycleCapturing(["notebook", "check", notebook.path, "--db", LegislationDatabase.path])
            #expect(error == nil, "\(notebook.lastPathComponent) is stale; run `hemicycle notebook run notebooks-md/*.md`:\n\(output)")
            #expect(output.contains(" ok"))
        }
    }

    @Test func checkCatchesAStaleOutputAndRunRestoresIt() throws {
        let original = try String(contentsOf: SharedData.projectRoot.appendingPathComponent("notebooks-md/vsa-2023-to-2026.md"), encoding: .utf8)
        // The official turnout of ballot 773 is 125 voters of 577; make the record say 126.
        let goodRow = "| 773 | 2025-02-11 | adopted | 125 | 577 |"
        #expect(original.contains(goodRow))
        let stale = original.replacingOccurrences(of: goodRow, with: "| 773 | 2025-02-11 | adopted | 126 | 577 |")
        let file = try SharedData.temporaryFolder().appendingPathComponent("stale.md")
        try stale.write(to: file, atomically: true, encoding: .utf8)

        let (diff, error) = hemicycleCapturing(["notebook", "check", file.path, "--db", LegislationDatabase.path])
        #expect(error != nil, "check must fail on a stale output")
        #expect(diff.contains("--- \(file.path) (recorded)"))
        #expect(diff.contains("\n-| 773 | 2025-02-11 | adopted | 126 | 577 |"))
        #expect(diff.contains("\n+| 773 | 2025-02-11 | adopted | 125 | 577 |"))
        #expect(diff.contains("stale"))
        #expect(try String(contentsOf: file, encoding: .utf8) == stale, "check writes nothing")

        // run writes the fresh outputs back: the file is the shipped notebook again…
        let (_, runError) = hemicycleCapturing(["notebook", "run", file.path, "--db", LegislationDatabase.path])
        #expect(runError == nil)
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        // …and a second run changes nothing.
        let (second, secondError) = hemicycleCapturing(["notebook", "run", file.path, "--db", LegislationDatabase.path, "--format", "json"])
        #expect(secondError == nil)
        #expect(second.contains("\"status\" : \"unchanged\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
    }

    @Test func runFillsMissingOutputsAndRecordsFailures() throws {
        let folder = try SharedData.temporaryFolder()
        let file = folder.appendingPathComponent("new.md")
        try """
            # Test

            ```hemicycle
            report 773 --section summary --format csv
            ballots --search "sûreté dans les transports" --title-only --type solemn --format csv
            ```

            ```hemicycle
            ballot 99999
            ```
            """.write(to: file, atomically: true, encoding: .utf8)
        let (_, error) = hemicycleCapturing(["notebook", "run", file.path, "--db", LegislationDatabase.path])
        #expect(error != nil, "a failing command makes run fail")
        let text = try String(contentsOf: file, encoding: .utf8)
        // Two outputs in one block, a blank line apart; figures of ballots 773 and 1041 (the
        // bill's only solemn ballot: 445 voters, 303 for, 135 against).
        // The report's CSV is data: ballot_uid first, the official counts as numbers.
        #expect(text.contains("```text\nballot_uid,number,date,result,title,voters,seats,for,against,abstentions,non_voting,required\nVTANR5L17V773,773,2025-02-11,adopted,"))
        #expect(text.contains("(première lecture).,125,577,86,37,2,2,62\n"))
        #expect(text.contains("\n\nballot_uid,number,legislature,date,type,result,title,voters,seats,for,against,abstentions,turnout\nVTANR5L17V1041,1041,17,2025-03-18,solemn,adopted,"))
        #expect(text.contains("```hemicycle\nballot 99999\n```\n\n```text\nerror: no ballot n° 99999 in legislature 17"))
    }

    /// `serve` and `update` would replace the process with hemicycle-online (the test process
    /// too): a notebook refuses them, names them, and goes on.
    @Test func theNetworkCommandsAreRefused() throws {
        let folder = try SharedData.temporaryFolder()
        let file = folder.appendingPathComponent("network.md")
        try "```hemicycle\nupdate --dry-run --quiet\n```\n\n```hemicycle\nserve --port 0\n```\n\n```hemicycle\nwhatif 773 --format csv\n```\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let (_, error) = hemicycleCapturing(["notebook", "run", file.path, "--db", LegislationDatabase.path])
        #expect(error != nil, "a refused command makes run fail")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("```text\nerror: a notebook cannot run update: it is a network command of hemicycle-online\n```"), "\(text)")
        #expect(text.contains("```text\nerror: a notebook cannot run serve: it is a network command of hemicycle-online\n```"), "\(text)")
        #expect(text.contains("```hemicycle\nwhatif 773 --format csv\n```\n\n```text\n"), "the next block still runs:\n\(text)")
    }

    @Test func theDatabaseOptionReachesEveryCommand() throws {
        // A file that is not a Hemicycle database: if --db reaches the command, it refuses it.
        let folder = try SharedData.temporaryFolder()
        let bogus = folder.appendingPathComponent("not-a-database.sqlite")
        try Data("not SQLite".utf8).write(to: bogus)
        let file = folder.appendingPathComponent("db.md")
        try "```hemicycle\nballots --limit 1\n```\n".write(to: file, atomically: true, encoding: .utf8)
        let (_, error) = hemicycleCapturing(["notebook", "run", file.path, "--db", bogus.path])
        #expect(error != nil)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("error: "))
        #expect(text.contains("not-a-database.sqlite"), "the error names the database given to the notebook:\n\(text)")
    }
}
