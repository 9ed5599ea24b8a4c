import ArgumentParser

/// The commands of ``CompanionCommand`` as `hemicycle` lists them: each takes every argument as
/// given (`--help` included) and runs the companion's command with them.
package protocol CompanionDispatch: ParsableCommand {
    /// The companion's command this one runs.
    static var command: CompanionCommand { get }
    /// Every argument after the command's name, as given.
    var arguments: [String] { get }
}

extension CompanionDispatch {
    /// Lists the command with its abstract, and no help flag of its own: `--help` goes to the
    /// companion, whose help has the command's options.
    static func dispatchConfiguration() -> CommandConfiguration {
        CommandConfiguration(
            commandName: command.rawValue,
            abstract: command.abstract,
            discussion: "Run by the companion executable \(CompanionCommand.executableName), beside hemicycle "
                + "(swift build --product \(CompanionCommand.executableName)). hemicycle \(command.rawValue) --help lists its options.",
            helpNames: []
        )
    }

    package func run() throws {
        try Self.command.exec(arguments: arguments)
    }
}

/// `hemicycle serve …`: runs `hemicycle-online serve …`.
struct ServeDispatch: CompanionDispatch {
    static let command = CompanionCommand.serve
    static let configuration = dispatchConfiguration()
    @Argument(parsing: .captureForPassthrough, help: "The arguments of hemicycle-online serve.") var arguments: [String] = []
}

/// `hemicycle update …`: runs `hemicycle-online update …`.
struct UpdateDispatch: CompanionDispatch {
    static let command = CompanionCommand.update
    static let configuration = dispatchConfiguration()
    @Argument(parsing: .captureForPassthrough, help: "The arguments of hemicycle-online update.") var arguments: [String] = []
}
