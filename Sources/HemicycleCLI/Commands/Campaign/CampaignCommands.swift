import ArgumentParser

/// The campaign commands: representatives, scorecard, whatif, export (issue: campaign toolkit).
/// Registered in `Hemicycle.configuration.subcommands` through this list, so that each group of
/// commands is added in its own file.
enum CampaignCommands {
    static let all: [any ParsableCommand.Type] = []
}
