import HemicycleCLI
import HemicycleOnlineCLI

/// Runs `hemicycle ARGS…` in-process and returns what it printed. `serve` and `update`, which the
/// executable runs in its companion `hemicycle-online`, are run here by the companion's commands.
public func hemicycle(_ arguments: [String]) throws -> String {
    let sink = TextSink.collecting()
    try Console.$output.withValue(sink) {
        var command = try arguments.first.flatMap(CompanionCommand.init(rawValue:)) == nil
            ? Hemicycle.parseCommandLine(arguments) : HemicycleOnline.parseCommandLine(arguments)
        try command.run()
    }
    return sink.text
}
