import HemicycleCLI

/// Runs `hemicycle ARGS…` in-process and returns what it printed.
public func hemicycle(_ arguments: [String]) throws -> String {
    let sink = TextSink.collecting()
    try Console.$output.withValue(sink) {
        var command = try Hemicycle.parseCommandLine(arguments)
        try command.run()
    }
    return sink.text
}
