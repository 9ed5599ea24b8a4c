import ArgumentParser

/// The analytics commands: turnout, deputy, deputies, groups, agreement, corrections.
/// Registered in `Hemicycle.configuration.subcommands` through this list, so that each group of
/// commands is added in its own file.
enum AnalyticsCommands {
    static let all: [any ParsableCommand.Type] = [
        TurnoutCommand.self, DeputyCommand.self, DeputiesCommand.self, GroupsCommand.self, AgreementCommand.self,
        CorrectionsCommand.self,
    ]
}
