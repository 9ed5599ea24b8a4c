import Foundation
import HemicycleStore

/// The scaling benchmark (issue 8): a store of ten legislatures (8…17, the real 17th and nine
/// renumbered copies, see ``SyntheticCorpus``) against a store of the real one alone, in the
/// same run:
///   - import, persons + one ballot dump vs persons + ten ballot dumps, each into a new
///     database in one `hemicycle import`: target ≤ 10.5× (linear, plus a little);
///   - `ballot 773 --legislature 17` and the four analytics tables (which default to the latest
///     legislature, the 17th) on each warm database: target ≤ 2× each, since they read one
///     legislature whatever the size of the store.
/// Imports alternate (one, ten, one, ten…) so that a slow spell of the shared machine hits
/// both; each figure is the median of the runs.
///
/// - Parameters:
///   - dumps: the persons, supplement and real ballot zips, in import order (ballots last).
///   - folder: a scratch folder for the synthetic dumps and the databases (about 2.5 GB).
///   - rounds: how many times each import runs.
func runScalingBenchmark(dumps: [String], folder: URL, rounds: Int = 2) throws {
    guard let realBallots = dumps.last else { return }
    let persons = Array(dumps.dropLast())
    let legislatures = Array(8...SyntheticCorpus.realLegislature)

    var ballotDumps: [String] = []
    let generation = try time {
        ballotDumps = try SyntheticCorpus(realDump: realBallots, folder: folder).dumps(legislatures: legislatures)
    }
    print(String(format: "scaling: %d ballot dumps (legislatures %d…%d) ready in %.1f s", ballotDumps.count,
                 legislatures[0], SyntheticCorpus.realLegislature, generation))

    // Each import goes into a new database; the previous round's is removed (about 1 GB for ten).
    func importTimed(_ name: String, _ files: [String]) throws -> (seconds: Double, path: String) {
        let path = folder.appendingPathComponent("\(name).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let seconds = try time { try run(["import", "--quiet", "--db", path] + files) }
        return (seconds, path)
    }
    var oneImports: [Double] = [], tenImports: [Double] = []
    var one = "", ten = ""
    for _ in 0..<rounds {
        let a = try importTimed("one-legislature", persons + [realBallots])
        oneImports.append(a.seconds); one = a.path
        let b = try importTimed("ten-legislatures", persons + ballotDumps)
        tenImports.append(b.seconds); ten = b.path
    }

    // The corpus is what it claims: ten legislatures of as many ballots each.
    let oneStore = try HemicycleDatabase(path: one), tenStore = try HemicycleDatabase(path: ten)
    let oneCount = try oneStore.ballots(BallotFilter(legislature: SyntheticCorpus.realLegislature)).count
    let tenLegislatures = try tenStore.legislatures()
    var tenCounts: [Int] = []
    for legislature in tenLegislatures { tenCounts.append(try tenStore.ballots(BallotFilter(legislature: legislature)).count) }
    guard tenLegislatures == legislatures, tenCounts.allSatisfy({ $0 == oneCount }) else {
        throw BenchmarkFailure(description: "the ten-legislature store holds legislatures \(tenLegislatures) with \(tenCounts) ballots, expected \(legislatures) with \(oneCount) each")
    }

    // Queries on each warm database, one store after the other for each query.
    var rows: [(name: String, one: Double, ten: Double, target: Double)] = [
        ("import (persons + ballots)", median(oneImports), median(tenImports), 10.5),
    ]
    let ballot = ["ballot", "773", "--legislature", "\(SyntheticCorpus.realLegislature)"]
    rows.append(("ballot 773 --legislature 17", try measure(20) { try run(ballot + ["--db", one]) },
                 try measure(20) { try run(ballot + ["--db", ten]) }, 2))
    for (name, arguments) in analyticsCommands {
        rows.append(("\(name) --format csv", try measure(3) { try run(arguments + ["--db", one]) },
                     try measure(3) { try run(arguments + ["--db", ten]) }, 2))
    }

    print("Hemicycle scaling (median; \(oneCount) ballots per legislature; 1 = the 17th alone, 10 = legislatures 8…17)")
    print("\("".padding(toLength: 30, withPad: " ", startingAt: 0))  1 legislature  10 legislatures   ratio  target")
    for row in rows {
        let ratio = row.ten / row.one
        print("\(row.name.padding(toLength: 30, withPad: " ", startingAt: 0))  \(String(format: "%11.3f s  %13.3f s  %5.2f×  ≤ %4.1f×", row.one, row.ten, ratio, row.target))  \(ratio <= row.target ? "ok" : "OVER")")
    }
    print("import runs (s): 1 legislature \(oneImports.map { String(format: "%.2f", $0) }), 10 legislatures \(tenImports.map { String(format: "%.2f", $0) })")
}

/// A benchmark whose setup did not produce what it measures.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}
