import ArgumentParser
import HemicycleAnalytics

extension GroupLineSource: ExpressibleByArgument {}

/// `--group-line recounted|published`: which line of a group loyalty, rebellions and ballots won
/// compare with (``HemicycleAnalytics/GroupLine``).
struct GroupLineOption: ParsableArguments {
    @Option(name: .customLong("group-line"),
            help: ArgumentHelp("The group line votes are compared with: recounted (the position most of the group's voting members took, the default) or published (the Assemblée's positionMajoritaire, which in the 17th legislature contradicts the group's own counts on about 3 % of ballots). --explain shows the other where they differ.",
                               valueName: "recounted|published"))
    var source: GroupLineSource = .recounted

    /// The source `--explain` sets beside the chosen one.
    var other: GroupLineSource { source.other }
}
