import ArgumentParser
import Foundation
import HemicycleCSV
import HemicycleReport

extension OutputFormat: ExpressibleByArgument {}

/// `--format`: how a command prints its result.
public struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: table, markdown, csv, json or html.")
    public var format: OutputFormat = .table

    @Flag(help: "Never page long output on a terminal (also: NO_PAGER set). Otherwise output taller than the terminal goes through $PAGER, or 'less -FRX'.")
    public var noPager = false

    public init() {}

    /// Prints a report document in the chosen format; `json` prints `payload` instead. Long
    /// output on a terminal goes through the pager (see ``Pager``). Terminal, Markdown and HTML
    /// documents end with the "data as of" of the store the command read (``Console/stamped(_:)``);
    /// JSON and CSV are data and stay as they were.
    ///
    /// Both arguments are evaluated only when their format is asked for: a command builds one
    /// of the two, not both (a ballot's context, for one, parses its amendments' texts).
    /// `language` is the one the document was built in: the HTML page's `lang`.
    package func emit<Payload: Encodable>(
        _ document: @autoclosure () throws -> ReportDocument,
        json payload: @autoclosure () throws -> Payload,
        title: String? = nil,
        csv: CSVSource = .payload(),
        language: NumberFormatting.Language = .english
    ) throws {
        let text: String
        switch format {
        case .table:
            text = TerminalRenderer(useColor: Console.colorAllowed, width: Console.terminalWidth).render(Console.stamped(try document()).withVisibleControlCharacters())
        case .markdown:
            text = MarkdownRenderer().render(Console.stamped(try document()).withVisibleControlCharacters())
        case .csv:
            // CSV holds one table of data, never the readable document (issue 18): the JSON
            // payload laid flat (CSVDataTable: ids first, numbers as numbers, rates with their
            // counts and interval bounds), or a table the report lays out as data. Cells a
            // spreadsheet would run as formulas (a title starting with `=`) are neutralised.
            let main: ReportTable?
            switch csv {
            case .payload(let list, let uid):
                // No row gives no column: the document's table then says at least the header.
                main = try DocumentOutput.csvTable(payload: try payload(), list: list, uid: uid, document: document)
            case .data(let table): main = table
            }
            // Written as is, like Console.output.write: the CSV ends its own records.
            if let main { page(CSVRenderer().render(main)) }
            return
        case .json:
            text = try Self.json(try payload())
        case .html:
            text = Console.stamped(page: HTMLRenderer(languageCode: language == .french ? "fr" : "en").render(try document(), title: title))
        }
        // As Console.print: one final newline.
        page(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Where `--format csv` takes its table from: data in either case, the readable document
    /// (`21.7 %`, `n<30`) is for the table and Markdown formats.
    package enum CSVSource {
        /// The JSON payload laid flat (``HemicycleReport/CSVDataTable``): the payload itself when
        /// it is a list, else the member named `list`, else one row of the payload; a row's own
        /// `uid` is named `uid` (`ballot_uid`, `step_uid`…).
        case payload(list: String? = nil, uid: String = "ballot_uid")
        /// A table the report lays out as data itself (ids first, numbers as numbers), when its
        /// payload does not flatten into rows (a matrix, distributions) or the CSV has columns the
        /// readable table does not (the contact list).
        case data(ReportTable?)
    }

    /// Writes text to the command's output, through the pager when it is long and on a terminal.
    func page(_ text: String) {
        Pager.write(text, disabled: noPager)
    }

    /// Stable, pretty JSON with sorted keys (``DocumentOutput/json(_:)``).
    static func json(_ value: some Encodable) throws -> String {
        try DocumentOutput.json(value)
    }
}
