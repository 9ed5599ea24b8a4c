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

    @OptionGroup var output: OutputOptions

    func run() throws {
        let before = try LawFile.read(old)
        let after = try LawFile.read(new)
        let changes = LawTextDiff.compare(before, after)
        let report = LawDiffReport(old: old, new: new, changes: changes)
        try output.emit(report.document(), json: report.payload, title: "Diff")
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

/// A diff as a report and as JSON.
struct LawDiffReport {
    let old: String
    let new: String
    let changes: [LawTextDiff.ArticleChange]

    /// "[-old-]{+new+}" markup of a word-level difference.
    static func markup(_ words: [LawTextDiff.WordChange]) -> String {
        words.map { change in
            switch change {
            case .same(let text): return text
            case .deleted(let text): return "[-\(text)-]"
            case .inserted(let text): return "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    func document() -> ReportDocument {
        var document = ReportDocument()
        document.heading("Changes from \(old) to \(new)")
        var table = ReportTable(title: "\(changes.count) article(s) changed", columns: [
            .init("Article", key: "article"), .init("Alinéa", key: "alinea", alignment: .right), .init("Change", key: "change"), .init("Text", key: "text"),
        ])
        for change in changes {
            switch change {
            case .added(let article): table.append([article.title, "", "article added", article.alineas.joined(separator: " / ")])
            case .removed(let article): table.append([article.title, "", "article removed", article.alineas.joined(separator: " / ")])
            case .modified(let title, let alineas):
                var ordinal = 0
                for alinea in alineas {
                    switch alinea {
                    case .unchanged: ordinal += 1
                    case .added(let text): ordinal += 1; table.append([title, "\(ordinal)", "added", text])
                    case .removed(let text): table.append([title, "", "removed", text])
                    case .modified(_, _, let words): ordinal += 1; table.append([title, "\(ordinal)", "modified", Self.markup(words)])
                    }
                }
            }
        }
        document.table(table)
        if changes.isEmpty { document.paragraph("The two versions are identical, article by article.") }
        return document
    }

    struct WordJSON: Encodable { let op, text: String }
    struct AlineaJSON: Encodable {
        let change: String, old: String?, new: String?, words: [WordJSON]?
    }
    struct ArticleJSON: Encodable { let article, change: String, alineas: [AlineaJSON] }
    struct Payload: Encodable { let old, new: String, articles: [ArticleJSON] }

    var payload: Payload {
        func words(_ list: [LawTextDiff.WordChange]) -> [WordJSON] {
            list.map {
                switch $0 {
                case .same(let t): return WordJSON(op: "same", text: t)
                case .inserted(let t): return WordJSON(op: "inserted", text: t)
                case .deleted(let t): return WordJSON(op: "deleted", text: t)
                }
            }
        }
        return Payload(old: old, new: new, articles: changes.map { change in
            switch change {
            case .added(let a): return ArticleJSON(article: a.title, change: "added", alineas: a.alineas.map { AlineaJSON(change: "added", old: nil, new: $0, words: nil) })
            case .removed(let a): return ArticleJSON(article: a.title, change: "removed", alineas: a.alineas.map { AlineaJSON(change: "removed", old: $0, new: nil, words: nil) })
            case .modified(let title, let alineas):
                return ArticleJSON(article: title, change: "modified", alineas: alineas.map { alinea in
                    switch alinea {
                    case .unchanged(let t): return AlineaJSON(change: "unchanged", old: t, new: t, words: nil)
                    case .added(let t): return AlineaJSON(change: "added", old: nil, new: t, words: nil)
                    case .removed(let t): return AlineaJSON(change: "removed", old: t, new: nil, words: nil)
                    case .modified(let o, let n, let w): return AlineaJSON(change: "modified", old: o, new: n, words: words(w))
                    }
                })
            }
        })
    }
}
