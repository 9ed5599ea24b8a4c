import ArgumentParser
import HemicycleReport
import HemicycleStore

/// `hemicycle provision N [--dossier ID]`
struct ProvisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provision",
        abstract: "Follow an amendment's provision through the readings: text adopted, joint committee, Conseil constitutionnel, law.",
        discussion: """
            One line per step of the legislative file after the amendment, with its date, the texts it names, the \
            article carrying the provision when known (the Conseil constitutionnel's decision, once imported with \
            `legislation import`, numbers it in the text adopted by Parliament) and what happened; then what is \
            missing at each step (the texts' content is not in the Assemblée's files). The same table ends \
            `hemicycle amendment`.

            Examples:
              hemicycle provision 237 --dossier DLR5L16N49176
              hemicycle provision AMANR5L17PO838901BTC0636P0D1N000237 --format json
            """
    )

    @Argument(help: "The amendment number (237) or its uid.")
    var reference: String

    @Option(help: "The dossier uid, when the number exists in several dossiers.")
    var dossier: String?

    @OptionGroup var language: LanguageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved()
        let database = try store.openWithLegislation()
        let stored = try FollowedProvision.amendment(reference, dossier: dossier, in: database)
        guard let path = try FollowedProvision(stored, in: database).path else {
            throw StoreError.notFound("amendment \(stored.amendment.numberLabel) names no legislative file: there is no path to follow")
        }
        let report = ProvisionPathReport(amendmentUID: stored.amendment.uid, path: path)
        try output.emit(report.document(language: language), json: report.payload,
                        title: (language == .french ? "Disposition de l'amendement " : "Provision of amendment ") + stored.amendment.numberLabel,
                        csv: .payload(list: "steps"), language: language)
    }
}
