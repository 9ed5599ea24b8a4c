import ArgumentParser

/// The `hemicycle` command: parliamentary votes from official open data.
public struct Hemicycle: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hemicycle",
        abstract: "Parliamentary vote analysis from official open data (Assemblée nationale).",
        discussion: """
            On first use, the database is built from the datasets shipped in datasets/.

            Exit codes: 0 success; 1 an error (bad input, unknown ballot, unusable database), with a message \
            naming the file, the record and what was wrong; 64 a usage error.

            Examples:
              hemicycle ballot 773
              hemicycle ballots --search "sûreté dans les transports"
              hemicycle import path/to/Scrutins_XVII.json.zip
            """,
        subcommands: [BallotCommand.self, BallotsCommand.self, ImportCommand.self]
            + AnalyticsCommands.all + CampaignCommands.all + LegislationCommands.all + ReportsCommands.all
    )

    public init() {}
}
