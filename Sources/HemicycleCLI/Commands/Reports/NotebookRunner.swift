import ArgumentParser
import Foundation
import HemicycleReport

/// Runs a notebook's command blocks in-process, in order, and gives the notebook's text with
/// fresh outputs (see ``Notebook`` for the format).
///
/// Each command prints into its own collecting sink, which is never a terminal: no colours, no
/// terminal widths, no progress bars, so the output depends only on the database.
struct NotebookRunner {
    /// The database given to every command that takes `--db` (unless the line names one).
    var databasePath: String?

    /// The outcome for one file.
    struct Result {
        let path: String
        let original: String
        let updated: String
        let cellCount: Int
        /// Invocations that failed, as "line N: message" (their error is also in the output).
        let failures: [String]

        var isUpToDate: Bool { original == updated }
    }

    /// Reads, runs and returns the updated text of one notebook (nothing is written here).
    func run(path: String) throws -> Result {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ValidationError("cannot read the notebook \(path): \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("the notebook \(path) is not UTF-8 text")
        }
        let notebook: Notebook
        do { notebook = try Notebook(text: text, name: path) } catch { throw ValidationError("\(error)") }

        var outputs: [String] = []
        var failures: [String] = []
        for cell in notebook.cells {
            var parts: [String] = []
            for invocation in cell.invocations {
                guard let arguments = CommandLineSplitting.arguments(invocation) else {
                    throw ValidationError("\(NotebookError.unclosedQuote(file: path, line: cell.line, text: invocation))")
                }
                let (output, failure) = execute(arguments)
                if let failure { failures.append("\(path):\(cell.line): `\(invocation)`: \(failure)") }
                parts.append(output)
            }
            // Several invocations in one block: their outputs one after the other, a blank line apart.
            outputs.append(parts.map { Notebook.normalizedLines($0).joined(separator: "\n") }.joined(separator: "\n\n"))
        }
        return Result(path: path, original: text, updated: notebook.text(withOutputs: outputs), cellCount: notebook.cells.count, failures: failures)
    }

    /// Runs one invocation; a failure is recorded in the output as `error: …` (so that a notebook
    /// may show one on purpose) and returned.
    private func execute(_ arguments: [String]) -> (output: String, failure: String?) {
        if arguments.first == "notebook" {
            return ("error: a notebook cannot run notebook commands", "a notebook cannot run notebook commands")
        }
        let sink = TextSink.collecting(stamps: false)
        do {
            var command = try Hemicycle.parseCommandLine(withDatabase(arguments))
            // `serve` and `update` would replace this process with hemicycle-online (execv): the
            // notebook would be lost. They are not analyses anyway (a server, a download).
            if let dispatch = command as? any CompanionDispatch {
                let message = "a notebook cannot run \(type(of: dispatch).command.rawValue): it is a network command of \(CompanionCommand.executableName)"
                return ("error: " + message, message)
            }
            try Console.$output.withValue(sink) { try command.run() }
            return (sink.text, nil)
        } catch {
            let message = Hemicycle.message(for: error)
            // `--help` and `--version` end with CleanExit: their text is the output, not a failure.
            if error is CleanExit { return (sink.text + Hemicycle.fullMessage(for: error), nil) }
            return (sink.text + "error: " + message, message)
        }
    }

    /// The arguments with `--db PATH` added when the command takes `--db` and the line names
    /// none.
    private func withDatabase(_ arguments: [String]) throws -> [String] {
        guard let databasePath, !arguments.contains("--db"), !arguments.contains(where: { $0.hasPrefix("--db=") }) else { return arguments }
        let command = try Hemicycle.parseAsRoot(arguments)
        guard Self.takesDatabase(command) else { return arguments }
        // Before a `--` terminator, if any, so that it is read as an option.
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        return Array(arguments[..<end]) + ["--db", databasePath] + Array(arguments[end...])
    }

    /// Whether a parsed command has the `--db` option group (``StoreOptions``).
    static func takesDatabase(_ command: any ParsableCommand) -> Bool {
        Mirror(reflecting: command).children.contains { $0.value is OptionGroup<StoreOptions> }
    }
}
