// Hemicycle benchmarks: `swift run -c release hemicycle-benchmarks [--scaling] [DATASETS_DIR [BENCH_DIR]]`.
//
// Without `--scaling`: import, `ballot 773` and the four analytics tables as ratios to the floor
// (inflating the shipped zips), and the Python baselines (FloorBenchmark.swift).
// With `--scaling` (alone, since it takes several minutes): a store of ten legislatures against
// a store of one, for import and the same queries (ScalingBenchmark.swift, SyntheticCorpus.swift).
// With `--tables DB`: only the four analytics tables, in-process, on the store DB
// (TablesBenchmark.swift). Each figure is the median of several runs. Speed is measured here, never in timed tests.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let scaling = arguments.contains("--scaling")
if let flag = arguments.firstIndex(of: "--tables") {
    guard flag + 1 < arguments.endIndex else { print("benchmarks: --tables needs a database path"); exit(1) }
    do { try runTablesBenchmark(database: arguments[flag + 1]) } catch { print("benchmarks: \(error)"); exit(1) }
    exit(0)
}
let positional = arguments.filter { !$0.hasPrefix("--") }
let datasets = URL(fileURLWithPath: positional.first ?? "datasets")
// The 17th legislature as shipped (persons, supplement, active deputies, ballots to 2026-07-02),
// and the 16th (persons and bodies, ballots), in import order.
let dumps = ["AMO_acteurs_organes_mandats_XVII.json.zip", "AMO_supplement_XVII.json.zip",
             "AMO10_deputes_actifs_XVII_20260702.json.zip", "Scrutins_XVII_20260702.json.zip"]
    .map { datasets.appendingPathComponent($0).path }
let sixteenth = ["AMO_acteurs_organes_XVI.json.zip", "Scrutins_XVI.json.zip"].map { datasets.appendingPathComponent($0).path }
guard (dumps + sixteenth).allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
    print("benchmarks: the dumps were not found in \(datasets.path); pass the datasets folder as argument")
    exit(1)
}
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

// Errors are caught here so that the scratch folder (gigabytes for --scaling) is always removed,
// unless HEMICYCLE_BENCH_KEEP is set (to inspect the databases, e.g. with EXPLAIN QUERY PLAN).
let keep = ProcessInfo.processInfo.environment["HEMICYCLE_BENCH_KEEP"] != nil
func removeScratch() {
    if keep { print("benchmarks: scratch folder kept: \(folder.path)") } else { try? FileManager.default.removeItem(at: folder) }
}
do {
    if scaling {
        try runScalingBenchmark(dumps: dumps, folder: folder)
    } else {
        let bench = URL(fileURLWithPath: positional.dropFirst().first ?? "../shared/bench")
        try runFloorBenchmark(dumps: dumps, sixteenth: sixteenth, datasets: datasets, bench: bench, folder: folder)
    }
    removeScratch()
} catch {
    print("benchmarks: \(error)")
    removeScratch()
    exit(1)
}
