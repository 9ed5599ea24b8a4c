import ArgumentParser
import HemicycleCLI
import HemicycleUpdate

/// The companion executable `hemicycle-online`: the commands that link the network modules
/// (`serve`, `update`). Users run them as `hemicycle serve …` and
/// `hemicycle update …`, which start this executable with the same arguments (`CompanionCommand`
/// of HemicycleCLI); its name in the help is therefore `hemicycle`.
public struct HemicycleOnline: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hemicycle",
        abstract: "The network commands of hemicycle (serve, update), in their own executable, hemicycle-online.",
        discussion: "Exit codes: those of hemicycle --help.",
        subcommands: [ServeCommand.self, UpdateCommand.self]
    )

    public init() {}

    /// Runs the command line and exits with the status `hemicycle --help` documents.
    public static func main() {
        CommandLineMain.run(HemicycleOnline.self, exitStatus: exitStatus(for:))
    }

    /// Parses `arguments` (nil: the process's), as ``HemicycleCLI/Hemicycle/parseCommandLine(_:)``.
    public static func parseCommandLine(_ arguments: [String]? = nil) throws -> any ParsableCommand {
        try CommandLineMain.parse(HemicycleOnline.self, arguments)
    }

    /// The exit status for an error of the network commands (sysexits.h values), else
    /// ``HemicycleCLI/Hemicycle/exitStatus(for:)``'s.
    public static func exitStatus(for error: any Error) -> Int32? {
        guard let error = error as? UpdateError else { return Hemicycle.exitStatus(for: error) }
        switch error {
        case .badSource: return 64
        case .missingFile: return 66
        case .corruptDump: return 65
        case .temporaryFile: return 74
        // EX_UNAVAILABLE: the server or the network, not the user's input.
        case .network, .httpStatus, .truncated: return 69
        }
    }
}
