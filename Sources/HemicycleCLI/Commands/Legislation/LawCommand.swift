import ArgumentParser
import Foundation
import HemicycleImport
import HemicycleLegislation
import HemicycleModel
import HemicycleReport

/// `hemicycle law diff A B`
struct LawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "law",
        abstract: "Law texts: compare two versions of a text.",
        subcommands: [LawDiffCommand.self]
    )
}

/// `hemicycle law diff A B`
struct LawDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a text article by article, alinéa by alinéa, word by word.",
        discussion: """
            Each file is a La Fabrique de la Loi text (.json: articles with their alinéas) or an Akoma Ntoso \
            document (.xml, LegalDocML). Articles are matched by number. In the table, deleted words are shown \
            [-like this-] and inserted words {+like this+}.

            Example:
              hemicycle law diff procedure/01_AN/texte/texte.json procedure/02_SENAT/texte/texte.json --format markdown
            """
    )

    @Argument(help: "The earlier version.")
    var old: String
    @Argument(help: "The later version.")
    var new: String

    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let language = try self.language.resolved()
        let before = try LawFile.read(old)
        let after = try LawFile.read(new)
        let changes = LawTextDiff.compare(before, after)
        let report = LawDiffReport(old: old, new: new, changes: changes)
        try output.emit(report.document(language: output.format == .csv ? .english : language), json: report.payload, title: "Diff", csv: .payload(list: "articles"), language: language)
    }
}

/// Reading a law text from a file, by its extension.
enum LawFile {
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String) throws -> LawText {
        guard let data = FileManager.default.contents(atPath: path) else { throw Unreadable(description: "\(path): cannot read the file") }
        if path.lowercased().hasSuffix(".xml") {
            return try AkomaNtoso.read(data, file: path).text
        }
        return try LaFabriqueReader.decode(data, entry: (path as NSString).lastPathComponent, path: path)
    }
}
