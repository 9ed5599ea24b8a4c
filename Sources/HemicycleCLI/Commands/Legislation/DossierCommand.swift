import ArgumentParser
import HemicycleModel
import HemicycleReport
import HemicycleStore

/// `hemicycle dossier ID | --search TEXT`
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "The timeline of a bill (dossier législatif): readings, committee, sittings, CMP, Conseil constitutionnel, promulgation.",
        discussion: """
            Each act is shown with its date, its texts, its outcome and its ballots (with their turnout line), \
            followed by the counts of amendments by fate. A CMP (commission mixte paritaire) is the joint \
            committee of both houses; a saisine is the referral of the law to the Conseil constitutionnel.

            Examples:
              hemicycle dossier DLR5L16N49176
              hemicycle dossier --search "sûreté dans les transports" --format markdown
            """
    )

    @Argument(help: "The dossier uid (DLR5L16N49176).")
    var uid: String?

    @Option(help: "Find the dossier by words of its title (case- and accent-insensitive).")
    var search: String?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if (uid == nil) == (search == nil) { throw ValidationError("give a dossier uid or --search TEXT (one of them)") }
    }

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openWithLegislation()
        var target = uid
        if let search {
            let matches = try database.searchDossiers(search)
            guard !matches.isEmpty else { throw StoreError.notFound("no dossier title contains « \(search) »") }
            if matches.count > 1 {
                let report = DossierMatchesReport(search: search, matches: matches)
                try output.emit(report.document(language: language), json: report.payload, csv: .payload(uid: "dossier_uid"), language: language)
                return
            }
            target = matches[0].uid
        }
        guard let target else { return }
        let report = DossierReport(dossier: try database.dossier(uid: target))
        try output.emit(report.document(language: output.format == .csv ? .english : language), json: report.payload,
                        title: report.dossier.title, csv: output.format == .csv ? .data(try report.csvTable()) : .payload(), language: language)
    }
}
