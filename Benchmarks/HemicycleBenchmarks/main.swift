// Hemicycle benchmarks: `swift run -c release hemicycle-benchmarks [DATASETS_DIR]`.
//
// Measures, in one run and on the same machine, each figure as a ratio to the floor (the time
// just to inflate and read every entry of the shipped zips):
//   1. floor: inflate every entry of the three dumps (ZIPFoundation), nothing else;
//   2. full import of the 17th legislature into a new database (decode, check, write, commit);
//   3. `hemicycle ballot 773` on the warm database (query + report document), in-process.
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
func line(_ name: String, _ seconds: Double) -> String {
    "\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.3f s", seconds))  \(String(format: "%6.2f", seconds / floor))× floor"
}
print("Hemicycle benchmarks (median; \(bytes / 1_000_000) MB of JSON in \(dumps.count) zips)")
print(line("floor: inflate every zip entry", floor))
print(line("full import into a new database", fullImport))
print(line("ballot 773 on the warm database", ballot))
