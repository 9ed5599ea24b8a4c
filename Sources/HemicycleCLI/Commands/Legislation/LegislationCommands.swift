import ArgumentParser

/// The legislation commands: dossier, amendment, law.
/// Registered in `Hemicycle.configuration.subcommands` through this list, so that each group of
/// commands is added in its own file.
enum LegislationCommands {
    static let all: [any ParsableCommand.Type] = [LegislationCommand.self, DossierCommand.self, AmendmentCommand.self, ProvisionCommand.self, LawCommand.self]
}
