import Foundation
import HemicycleImport
import HemicycleStore

/// The default benchmark: each figure as a ratio to the floor (the time just to inflate and read
/// every entry of the shipped zips), in one run and on the same machine:
///   1. floor: inflate every entry of the three dumps (ZIPFoundation), nothing else;
///   2. the import's reading alone (inflate, decode, check: no database), then the full import of
///      the 17th legislature into a new database (decode, check, write, commit);
///   3. `hemicycle ballot 773` on the warm database, with the legislative files of `datasets/law`
///      imported as on first use (query + report document with its context), in-process, and as
///      a whole process (the release `hemicycle` binary built beside this one: `swift build -c
///      release` first), with `hemicycle --help` as the cost of starting a process at all;
///   4. the four analytics tables (turnout, groups, deputies, agreement) on the warm database,
///      in-process and as whole processes, and the Python baselines of `bench` computing the same
///      four tables from the zips.
///   5. a store that grows: the 16th legislature imported into a new database, then into a copy
///      of the warm database that holds the 17th (target: at most 1.3× the first), and imported
///      again there (a no-op).
/// Each figure is the median of several runs.
///
/// - Parameters:
///   - dumps: the 17th legislature's persons, supplement, active deputies and ballot zips, in import order.
///   - sixteenth: the 16th legislature's persons and ballot zips.
///   - datasets: the folder holding them (the baselines read two of them).
///   - bench: the folder of the Python baselines (skipped when absent).
///   - folder: a scratch folder for the databases.
func runFloorBenchmark(dumps: [String], sixteenth: [String], datasets: URL, bench: URL, folder: URL) throws {
    var bytes = 0
    let floor = try measure(3) {
        bytes = 0
        for dump in dumps {
            try DumpReader(path: dump).forEachEntry { bytes += $0.data.count }
        }
    }
    // The import's reading half alone: inflate, decode on both cores, check; nothing written.
    let readOnly = try measure(3) {
        for dump in dumps { try ANDumpReader(path: dump).read { _ in } }
    }
    var importNumber = 0
    let fullImport = try measure(3) {
        importNumber += 1
        try run(["import", "--quiet", "--db", folder.appendingPathComponent("import-\(importNumber).sqlite").path] + dumps)
    }
    let warm = folder.appendingPathComponent("import-1.sqlite").path
    // The legislative files too, as in the database `hemicycle` builds on first use: the report of
    // ballot 773 then has its "Context" section (amendments 237 and 211, parsed to say what they
    // change in the law), as users see it. Not timed.
    let law = datasets.appendingPathComponent("law")
    if FileManager.default.fileExists(atPath: law.path) {
        try run(["legislation", "import", "--db", warm, law.path])
    } else {
        print("note: \(law.path) not found; ballot 773 is measured without its legislative context")
    }
    let ballot = try measure(20) { try run(["ballot", "773", "--db", warm]) }
    let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hemicycle")
    var processTimes: [(String, Double)] = []
    if FileManager.default.isExecutableFile(atPath: tool.path) {
        processTimes.append(("ballot 773, whole process", measure(20) { runProcess(tool, ["ballot", "773", "--db", warm, "--no-pager"]) }))
        processTimes.append(("hemicycle --help, whole process", measure(20) { runProcess(tool, ["--help"]) }))
    } else {
        print("note: \(tool.path) not built; run `swift build -c release` for the whole-process figures")
    }

    // A store that grows: the 16th legislature into an empty store, then into a store holding the
    // 17th (a fresh copy of the warm database each time, legislative files included), then again.
    var growNumber = 0
    let emptyStoreImport = try measure(3) {
        growNumber += 1
        try run(["import", "--quiet", "--db", folder.appendingPathComponent("sixteenth-\(growNumber).sqlite").path] + sixteenth)
    }
    var populatedCopies: [String] = []
    for copy in 1...3 {
        let path = folder.appendingPathComponent("populated-\(copy).sqlite").path
        try HemicycleDatabase(path: warm).copy(to: path)
        populatedCopies.append(path)
    }
    let populatedStoreImport = try measure(3) {
        try run(["import", "--quiet", "--db", populatedCopies.removeFirst()] + sixteenth)
    }
    let grown = folder.appendingPathComponent("populated-1.sqlite").path
    let reimport = try measure(3) { try run(["import", "--quiet", "--db", grown] + sixteenth) }

    // The four tables from the warm database, in one process each as a user runs them.
    var analyticsTimes: [(String, Double)] = []
    for (name, commandArguments) in analyticsCommands {
        analyticsTimes.append((name, try measure(3) { try run(commandArguments + ["--db", warm]) }))
    }
    let analyticsTotal = analyticsTimes.reduce(0) { $0 + $1.1 }
    // The same four as whole processes of the release `hemicycle`, start-up included.
    var analyticsProcessTotal: Double?
    if FileManager.default.isExecutableFile(atPath: tool.path) {
        analyticsProcessTotal = analyticsCommands.reduce(0) { total, command in
            total + measure(3) { runProcess(tool, command.arguments + ["--db", warm]) }
        }
    }

    // The Python baselines, timed as whole processes in the same run (skipped when absent).
    var baselines: [(String, Double)] = []
    for script in ["peer_python.py", "peer_polars.py"] where FileManager.default.fileExists(atPath: bench.appendingPathComponent(script).path) {
        let out = folder.appendingPathComponent("peer-\(script)")
        // The same ballots as the import above (the last dump), and the 17th legislature's persons export.
        let zips = [dumps[dumps.count - 1], datasets.appendingPathComponent("AMO_acteurs_organes_mandats_XVII.json.zip").path]
        var ok = true
        let seconds = measure(3) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", bench.appendingPathComponent(script).path, out.path] + zips
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run(); process.waitUntilExit(); ok = ok && process.terminationStatus == 0 } catch { ok = false }
        }
        if ok { baselines.append((script, seconds)) } else { print("baseline \(script) did not run (missing module?); skipped") }
    }

    func line(_ name: String, _ seconds: Double) -> String {
        "\(name.padding(toLength: 38, withPad: " ", startingAt: 0)) \(String(format: "%8.3f s", seconds))  \(String(format: "%6.2f", seconds / floor))× floor"
    }
    print("Hemicycle benchmarks (median; \(bytes / 1_000_000) MB of JSON in \(dumps.count) zips)")
    print(line("floor: inflate every zip entry", floor))
    print(line("import's reading alone (no database)", readOnly))
    print(line("full import into a new database", fullImport))
    print(line("ballot 773 on the warm database", ballot))
    for (name, seconds) in processTimes { print(line(name, seconds)) }
    for (name, seconds) in analyticsTimes { print(line("analytics: \(name)", seconds)) }
    print(line("16th legislature into an empty store", emptyStoreImport))
    print(line("16th into a store holding the 17th", populatedStoreImport)
          + String(format: "   %.2f× the empty-store import (target ≤ 1.3)", populatedStoreImport / emptyStoreImport))
    print(line("16th imported again (no-op)", reimport))
    print(line("analytics: the four tables", analyticsTotal))
    if let analyticsProcessTotal { print(line("analytics: the four, whole processes", analyticsProcessTotal)) }
    for (script, seconds) in baselines {
        print(line("baseline \(script) (four tables)", seconds) + String(format: "   Hemicycle's four tables: %.2f× its time", analyticsTotal / seconds))
    }
    printGoals(floor: floor, fullImport: fullImport, analyticsTotal: analyticsTotal,
               peer: baselines.first { $0.0 == "peer_python.py" }?.1,
               ballotProcess: processTimes.first { $0.0 == "ballot 773, whole process" }?.1)
}

/// The hardening issue's four goals, as measured in this run: the import against the floor, a cold
/// start (import + the four tables) and the warm tables against the Python peer (as speed: the
/// peer's time over ours, so higher is faster), and `ballot 773` as a whole process.
func printGoals(floor: Double, fullImport: Double, analyticsTotal: Double, peer: Double?, ballotProcess: Double?) {
    func verdict(_ met: Bool) -> String { met ? "met" : "not met" }
    print("Goals (this run)")
    let importRatio = fullImport / floor
    print(String(format: "  import / floor                              %6.2f×   goal ≤ 3×     ", importRatio) + verdict(importRatio <= 3))
    if let peer {
        let cold = peer / (fullImport + analyticsTotal)
        let warm = peer / analyticsTotal
        print(String(format: "  peer / (import + four tables), speed        %6.2f×   goal ≥ 1×     ", cold) + verdict(cold >= 1))
        print(String(format: "  peer / four warm tables, speed              %6.2f×   goal ≥ 15×    ", warm) + verdict(warm >= 15))
    } else {
        print("  peer_python.py did not run: the two ratios to the peer are not measured")
    }
    if let ballotProcess {
        let milliseconds = ballotProcess * 1000
        print(String(format: "  ballot 773, whole process                   %6.1f ms  goal ≤ 20 ms  ", milliseconds) + verdict(milliseconds <= 20))
    } else {
        print("  ballot 773 as a whole process: the release `hemicycle` was not built beside the benchmarks")
    }
}
