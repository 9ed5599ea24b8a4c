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

/// Runs an executable with `arguments` and waits for it, its output discarded. Spawned and
/// awaited with posix_spawn and waitpid: Foundation's `Process.waitUntilExit` polls its run loop
/// every 50 ms on Linux, which would be measured instead of the command.
func runProcess(_ executable: URL, _ arguments: [String]) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable.path, &actions, nil, argv, environ) == 0 else {
        print("\(executable.path) did not start")
        return
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}

/// The four analytics tables of the baselines in ../shared/bench (per-ballot turnout, per-group
/// positions and cohesion, per-deputy participation and loyalty, group agreement), as CSV; each
/// defaults to the latest legislature of the store.
let analyticsCommands: [(name: String, arguments: [String])] = [
    ("turnout", ["turnout", "--format", "csv"]), ("groups", ["groups", "--format", "csv"]),
    ("deputies", ["deputies", "--format", "csv"]), ("agreement", ["agreement", "--format", "csv"]),
]
