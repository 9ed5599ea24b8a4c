import Foundation
import HemicycleCLI

/// The median of some durations, in seconds.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// The wall-clock time of one call of `body`, in seconds.
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The median wall-clock time of `runs` calls of `body`, in seconds.
func measure(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try time(body)) }
    return median(times)
}

/// Runs a `hemicycle` command in-process, its output discarded (collected, never printed), as a
/// user's command would run minus the terminal.
func run(_ arguments: [String]) throws {
    let sink = TextSink.collecting()
    try Console.$output.withValue(sink) {
        var command = try Hemicycle.parseAsRoot(arguments)
        try command.run()
    }
}

/// The four analytics tables of the baselines in ../shared/bench (per-ballot turnout, per-group
/// positions and cohesion, per-deputy participation and loyalty, group agreement), as CSV; each
/// defaults to the latest legislature of the store.
let analyticsCommands: [(name: String, arguments: [String])] = [
    ("turnout", ["turnout", "--format", "csv"]), ("groups", ["groups", "--format", "csv"]),
    ("deputies", ["deputies", "--format", "csv"]), ("agreement", ["agreement", "--format", "csv"]),
]
