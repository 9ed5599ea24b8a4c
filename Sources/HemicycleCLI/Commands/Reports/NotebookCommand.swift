import ArgumentParser
import Foundation
import HemicycleReport

/// `hemicycle notebook run|check FILE…`: executable Markdown notebooks.
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run or check executable Markdown notebooks.",
        discussion: """
            A notebook is a Markdown file. Each fenced block marked ```hemicycle holds hemicycle invocations, one \
            per line, without the leading `hemicycle` (lines starting with # are comments); the fenced block \
            right after it (```text or ```output) holds what they print. `run` executes the blocks in order, \
            in-process, and writes the outputs back (running twice changes nothing); `check` exits with status 1 \
            and a diff when an output no longer matches.

            Outputs are never coloured nor sized to a terminal. Write `--format markdown` in a block for \
            Markdown tables.

            Examples:
              hemicycle notebook run notebooks-md/vsa-2023-to-2026.md
              hemicycle notebook check notebooks-md/*.md --db /tmp/hemicycle.sqlite
            """,
        subcommands: [NotebookRunCommand.self, NotebookCheckCommand.self]
    )
}

/// Options shared by `notebook run` and `notebook check`.
struct NotebookOptions: ParsableArguments {
    @Argument(help: "The notebooks (Markdown files).")
    var files: [String]

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one notebook file") }
    }

    /// Runs every file.
    func results() throws -> [NotebookRunner.Result] {
        let runner = NotebookRunner(databasePath: store.databasePath)
        return try files.map { try runner.run(path: $0) }
    }

    typealias Row = NotebookSummary.Row

    /// Prints the summary table (after any diffs), in the chosen language; `title` in English, then French.
    func emit(_ rows: [Row], title: (english: String, french: String)) throws {
        let language = try self.language.resolved()
        let summary = NotebookSummary(rows: rows)
        try output.emit(summary.document(language: language), json: summary.rows, title: language == .french ? title.french : title.english, language: language)
    }
}

/// `hemicycle notebook run FILE…`
struct NotebookRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Execute the notebooks' command blocks and write their outputs back.",
        discussion: """
            Exit status 1 when a command failed (its error is written in its output block).

            Example:
              hemicycle notebook run notebooks-md/turnout-17th-legislature.md
            """
    )

    @OptionGroup var options: NotebookOptions

    func run() throws {
        var rows: [NotebookOptions.Row] = []
        for result in try options.results() {
            if !result.isUpToDate {
                try OutputFile.write(result.updated, to: result.path)
            }
            rows.append(.init(file: result.path, blocks: result.cellCount, status: result.isUpToDate ? "unchanged" : "updated",
                              failures: result.failures, diff: nil))
        }
        try options.emit(rows, title: ("Notebooks run", "Carnets exécutés"))
        if rows.contains(where: { !$0.failures.isEmpty }) { throw ExitCode.failure }
    }
}

/// `hemicycle notebook check FILE…`
struct NotebookCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the notebooks' recorded outputs still match what the commands print.",
        discussion: """
            Nothing is written. Exit status 1, with a unified diff (recorded → now) per stale notebook, when \
            any output differs or a command fails.

            Example:
              hemicycle notebook check notebooks-md/*.md
            """
    )

    @OptionGroup var options: NotebookOptions

    func run() throws {
        var rows: [NotebookOptions.Row] = []
        for result in try options.results() {
            let diff = LineDiff.unified(old: result.original, new: result.updated, oldName: "\(result.path) (recorded)", newName: "\(result.path) (now)")
            let status = result.isUpToDate ? (result.failures.isEmpty ? "ok" : "failed") : "stale"
            rows.append(.init(file: result.path, blocks: result.cellCount, status: status, failures: result.failures, diff: diff.isEmpty ? nil : diff))
        }
        if options.output.format != .json {
            for row in rows { if let diff = row.diff { Console.print(diff) } }
        }
        try options.emit(rows, title: ("Notebooks checked", "Carnets vérifiés"))
        if rows.contains(where: { $0.status != "ok" }) { throw ExitCode.failure }
    }
}
