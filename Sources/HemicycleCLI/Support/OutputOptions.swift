import ArgumentParser
import Foundation
import HemicycleCSV
import HemicycleReport

extension OutputFormat: ExpressibleByArgument {}

/// `--format`: how a command prints its result.
public struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: table, markdown, csv, json or html.")
    public var format: OutputFormat = .table

    public init() {}

    /// Prints a report document in the chosen format; `json` prints `payload` instead.
    func emit(_ document: ReportDocument, json payload: some Encodable, title: String? = nil) throws {
        switch format {
        case .table:
            Console.print(TerminalRenderer(useColor: Console.colorAllowed, width: Console.terminalWidth).render(document))
        case .markdown:
            Console.print(MarkdownRenderer().render(document))
        case .csv:
            // CSV holds one table: the document's main (largest) one, with its stable keys as header.
            let main = document.tables.max { $0.rows.count < $1.rows.count }
            if let main {
                Console.output.write(CSVWriter.string(header: main.columns.map(\.key), rows: main.rows))
            }
        case .json:
            Console.print(try Self.json(payload))
        case .html:
            Console.print(HTMLRenderer().render(document, title: title))
        }
    }

    /// Stable, pretty JSON with sorted keys.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
