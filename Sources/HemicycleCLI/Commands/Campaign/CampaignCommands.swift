import ArgumentParser

/// The campaign commands: registers, representatives, scorecard, whatif, export.
/// Registered in `Hemicycle.configuration.subcommands` through this list, so that each
/// group of commands is added in its own file.
enum CampaignCommands {
    static let all: [any ParsableCommand.Type] = [RegistersCommand.self, RepresentativesCommand.self, ScorecardCommand.self, WhatIfCommand.self, ExportCommand.self]
}
