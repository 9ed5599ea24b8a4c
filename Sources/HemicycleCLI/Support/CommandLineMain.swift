import ArgumentParser
import Foundation

/// The run of a command-line executable, the same for `hemicycle` and its companion
/// `hemicycle-online`: parse, run, then exit with the documented status.
package enum CommandLineMain {
    /// Runs the command line of `root`, and exits with ArgumentParser's status for help and usage
    /// errors, `exitStatus(error)` for the errors it knows; returns when the command succeeded.
    package static func run<Root: ParsableCommand>(_ root: Root.Type, exitStatus: (any Error) -> Int32?) {
        do {
            var command = try parse(root, nil)
            try command.run()
            // Every write error on standard output is an error, reported once at the end.
            if let code = Console.output.writeError { throw OutputWriteError(code: code) }
        } catch {
            guard let status = exitStatus(error) else { Root.exit(withError: error) }
            // Messages quote the data (a title, a file name): shown with visible control characters.
            Console.status(TerminalSafeText.visible(Root.fullMessage(for: error)))
            Root.exit(withError: ExitCode(status))
        }
    }

    /// Parses `arguments` (nil: the process's) as `root.parseAsRoot`, with a clearer error for a
    /// negative number: ArgumentParser reads `-1` as an option and said "Missing expected argument
    /// '<reference>'" for `ballot -1` (issue 22).
    package static func parse<Root: ParsableCommand>(_ root: Root.Type, _ arguments: [String]?) throws -> any ParsableCommand {
        do {
            return try root.parseAsRoot(arguments)
        } catch {
            let given = arguments ?? Array(CommandLine.arguments.dropFirst())
            // No option of Hemicycle's is a digit: `-12` is a number, given where none can be negative.
            if let negative = given.first(where: { $0.count > 1 && $0.first == "-" && $0.dropFirst().allSatisfy(\.isNumber) }) {
                throw ValidationError("'\(negative)' is a negative number: ballot numbers, limits and counts are never negative "
                    + "(a ballot is 773, 16:1274 or its uid)")
            }
            throw error
        }
    }
}
