import ArgumentParser

/// The reports commands: notebook, card, report.
/// Registered in `Hemicycle.configuration.subcommands` through this list, so that each group of
/// commands is added in its own file.
enum ReportsCommands {
    static let all: [any ParsableCommand.Type] = [NotebookCommand.self, CardCommand.self, ReportCommand.self, ServeDispatch.self]
}
