import Foundation

/// `--tables DB`: only the four analytics tables, in-process, on an existing store (the median of
/// `runs` runs each, in milliseconds) — the quick loop while working on the tables' speed. The
/// full run (no flag) measures them against the peer script in the same run.
func runTablesBenchmark(database: String, runs: Int = 7) throws {
    var total = 0.0
    for (name, commandArguments) in analyticsCommands {
        try run(commandArguments + ["--db", database])  // first use: page cache, lazily built statics
        let seconds = try measure(runs) { try run(commandArguments + ["--db", database]) }
        total += seconds
        print(name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%7.1f ms", seconds * 1000))
    }
    print("four".padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%7.1f ms", total * 1000))
}
