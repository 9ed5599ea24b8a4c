// Hemicycle benchmarks: `swift run -c release hemicycle-benchmarks [DATASETS_DIR [BENCH_DIR]]`.
//
// Measures, in one run and on the same machine, each figure as a ratio to the floor (the time
// just to inflate and read every entry of the shipped zips):
//   1. floor: inflate every entry of the three dumps (ZIPFoundation), nothing else;
//   2. full import of the 17th legislature into a new database (decode, check, write, commit);
//   3. `hemicycle ballot 773` on the warm database (query + report document), in-process;
//   4. the four analytics tables (turnout, groups, deputies, agreement) on the warm database,
//      and the Python baselines of ../shared/bench computing the same four tables from the zips.
// Each figure is the median of several runs. Speed is measured here, never in timed tests.
import Foundation
import HemicycleCLI
import HemicycleImport
import HemicycleStore

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func measure(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return median(times)
}

let arguments = CommandLine.arguments.dropFirst()
let datasets = URL(fileURLWithPath: arguments.first ?? "datasets")
let dumps = ["AMO_acteurs_organes_mandats_XVII.json.zip", "AMO_supplement_XVII.json.zip", "Scrutins_XVII.json.zip"]
    .map { datasets.appendingPathComponent($0).path }
guard dumps.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
    print("benchmarks: the dumps were not found in \(datasets.path); pass the datasets folder as argument")
    exit(1)
}
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

var bytes = 0
let floor = try measure(3) {
    bytes = 0
    for dump in dumps {
        try DumpReader(path: dump).forEachEntry { bytes += $0.data.count }
    }
}
var importNumber = 0
let fullImport = try measure(3) {
    importNumber += 1
    let path = folder.appendingPathComponent("import-\(importNumber).sqlite").path
    let sink = TextSink.collecting()
    try Console.$output.withValue(sink) {
        var command = try Hemicycle.parseAsRoot(["import", "--quiet", "--db", path] + dumps)
        try command.run()
    }
}
let warm = folder.appendingPathComponent("import-1.sqlite").path
let ballot = try measure(20) {
    let sink = TextSink.collecting()
    try Console.$output.withValue(sink) {
        var command = try Hemicycle.parseAsRoot(["ballot", "773", "--db", warm])
        try command.run()
    }
}
/// Runs a command in-process, output discarded.
func run(_ arguments: [String]) throws {
    let sink = TextSink.collecting()
    try Console.$output.withValue(sink) {
        var command = try Hemicycle.parseAsRoot(arguments)
        try command.run()
    }
}

// The four analytics tables of the baselines in ../shared/bench (per-ballot turnout, per-group
// positions and cohesion, per-deputy participation and loyalty, group agreement), from the warm
// database, in one process each as a user runs them.
let analytics: [(String, [String])] = [
    ("turnout", ["turnout", "--format", "csv"]), ("groups", ["groups", "--format", "csv"]),
    ("deputies", ["deputies", "--format", "csv"]), ("agreement", ["agreement", "--format", "csv"]),
]
var analyticsTimes: [(String, Double)] = []
for (name, commandArguments) in analytics {
    analyticsTimes.append((name, try measure(3) { try run(commandArguments + ["--db", warm]) }))
}
let analyticsTotal = analyticsTimes.reduce(0) { $0 + $1.1 }

// The Python baselines, timed as whole processes in the same run (skipped when absent).
let bench = URL(fileURLWithPath: arguments.dropFirst().first ?? "../shared/bench")
var baselines: [(String, Double)] = []
for script in ["peer_python.py", "peer_polars.py"] where FileManager.default.fileExists(atPath: bench.appendingPathComponent(script).path) {
    let out = folder.appendingPathComponent("peer-\(script)")
    let zips = [datasets.appendingPathComponent("Scrutins_XVII.json.zip").path, datasets.appendingPathComponent("AMO_acteurs_organes_mandats_XVII.json.zip").path]
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
    "\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.3f s", seconds))  \(String(format: "%6.2f", seconds / floor))× floor"
}
print("Hemicycle benchmarks (median; \(bytes / 1_000_000) MB of JSON in \(dumps.count) zips)")
print(line("floor: inflate every zip entry", floor))
print(line("full import into a new database", fullImport))
print(line("ballot 773 on the warm database", ballot))
for (name, seconds) in analyticsTimes { print(line("analytics: \(name)", seconds)) }
print(line("analytics: the four tables", analyticsTotal))
for (script, seconds) in baselines {
    print(line("baseline \(script) (four tables)", seconds) + String(format: "   Hemicycle's four tables: %.2f× its time", analyticsTotal / seconds))
}
