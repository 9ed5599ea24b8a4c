import ArgumentParser
import HemicycleAnalytics
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle agreement`: how often political groups (or two deputies) vote alike.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Agreement between groups (Hix–Noury–Roland index), or between two deputies.",
        discussion: """
            Groups: for each pair, the agreement index of their pooled published counts, (max(Y,N,A) − ½[(Y+N+A) − \
            max(Y,N,A)]) / (Y+N+A), averaged over the ballots on which both groups cast at least one vote; 1 on the \
            diagonal by convention. Two deputies (--deputies A B): ballots where both voted and took the same \
            position, over ballots where both voted. See README.md, "Methods".

            Examples:
              hemicycle agreement
              hemicycle agreement --search surveillance
              hemicycle agreement --deputies braun-pivet PA794502 --explain
            """
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Two deputies (names or ids) to compare instead of the groups.", valueName: "deputy"))
    var deputies: [String] = []

    @OptionGroup var filters: BallotFilterOptions
    @OptionGroup var count: CountOption
    @OptionGroup var numbers: BallotNumbersOption

    @Flag(help: "Apply the corrections (mises au point) before computing.")
    var withCorrections = false

    @Flag(help: "Print the number of ballots each figure is averaged over.")
    var explain = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if !deputies.isEmpty, deputies.count != 2 {
            throw ValidationError("--deputies takes exactly two deputies (names or ids), got \(deputies.count)")
        }
    }

    func run() throws {
        let language = try self.language.resolved(for: output)
        // The groups' index reads the published group breakdowns alone: the named votes (the larger
        // part of the packed copy) are loaded only to compare two deputies.
        let (database, context) = try AnalyticsContext.load(store: store, filters: filters, numbers: numbers, withCorrections: withCorrections,
                                                            needsVotes: deputies.count == 2, count: count.count)
        let report = deputies.count == 2
            ? AgreementReport(deputies: try context.resolveDeputy(deputies[0], in: database), try context.resolveDeputy(deputies[1], in: database),
                              selection: context.selection, explain: explain)
            : AgreementReport(groupsOf: context.selection, explain: explain)
        try output.emit(report.document(language: language), json: report.payload, title: language == .french ? "Accord" : "Agreement",
                        csv: .data(report.dataTable), language: language)
    }
}
