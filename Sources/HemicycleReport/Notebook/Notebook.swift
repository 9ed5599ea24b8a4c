/// An executable notebook: a Markdown file whose fenced blocks marked ```` ```hemicycle ````
/// hold command-line invocations (one per line, without the leading `hemicycle`), each followed
/// by a fenced block (```` ```text ```` or ```` ```output ````) holding what they print.
///
/// This type only parses and rewrites the text; running the commands is the command line's job
/// (`hemicycle notebook run`). Rewriting is idempotent: writing back the outputs a file already
/// holds gives the same text, byte for byte.
public struct Notebook: Sendable, Hashable {
    /// One ```` ```hemicycle ```` block and the output block after it.
    public struct Cell: Sendable, Hashable {
        /// The 1-based line of the block's opening fence (for messages).
        public var line: Int
        /// The invocations, one per non-empty, non-comment line, as written.
        public var invocations: [String]
        /// The recorded output (lines joined by newlines, without a final newline), nil when
        /// the block has no output block yet.
        public var recordedOutput: String?

        // Line indices (0-based) in the notebook's lines.
        let closingFence: Int
        let outputBlock: OutputBlock?
    }

    /// Where an existing output block sits: its opening and closing fence lines (0-based).
    struct OutputBlock: Sendable, Hashable {
        let opening: Int
        let closing: Int
        let fence: Fence
    }

    /// The info string that marks command blocks.
    public static let commandInfo = "hemicycle"
    /// The info strings accepted on output blocks; new output blocks are written as `text`.
    public static let outputInfos: Set<String> = ["text", "output"]

    /// The notebook's file name or path, for messages.
    public let name: String
    /// The command blocks, in order.
    public let cells: [Cell]
    /// The text's lines (split on `\n`; a final newline gives a last empty line).
    let lines: [String]

    /// Parses a notebook.
    /// - Throws: ``NotebookError`` naming the file and line of an unclosed fence.
    public init(text: String, name: String) throws {
        self.name = name
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        var cells: [Cell] = []
        var index = 0
        while index < lines.count {
            guard let fence = Fence(openingLine: lines[index]) else { index += 1; continue }
            let closing = try Self.closingLine(of: fence, openedAt: index, in: lines, name: name)
            guard fence.info == Self.commandInfo else { index = closing + 1; continue }

            let body = lines[(index + 1)..<closing]
            let invocations = body.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            // The output block is the next fenced block if only blank lines separate them.
            var next = closing + 1
            while next < lines.count, lines[next].trimmingWhitespace().isEmpty { next += 1 }
            var output: OutputBlock?
            if next < lines.count, let outputFence = Fence(openingLine: lines[next]), Self.outputInfos.contains(outputFence.info) {
                let outputClosing = try Self.closingLine(of: outputFence, openedAt: next, in: lines, name: name)
                output = OutputBlock(opening: next, closing: outputClosing, fence: outputFence)
            }
            let recorded = output.map { lines[($0.opening + 1)..<$0.closing].joined(separator: "\n") }
            cells.append(Cell(line: index + 1, invocations: invocations, recordedOutput: recorded, closingFence: closing, outputBlock: output))
            index = (output?.closing ?? closing) + 1
        }
        self.cells = cells
    }

    private static func closingLine(of fence: Fence, openedAt index: Int, in lines: [String], name: String) throws -> Int {
        var line = index + 1
        while line < lines.count {
            if fence.isClosed(by: lines[line]) { return line }
            line += 1
        }
        throw NotebookError.unclosedFence(file: name, line: index + 1)
    }

    /// The notebook with each cell's output block holding `outputs[i]` (inserted after the
    /// command block as ```` ```text ```` when missing). Trailing spaces and final newlines of
    /// outputs are dropped, so that editors that trim them do not make a notebook stale.
    /// - Precondition: one output per cell.
    public func text(withOutputs outputs: [String]) -> String {
        precondition(outputs.count == cells.count, "one output per cell")
        var result: [String] = []
        var copied = 0  // lines before this index are in `result`
        for (cell, output) in zip(cells, outputs) {
            let outputLines = Self.normalizedLines(output)
            if let block = cell.outputBlock {
                result += lines[copied...block.opening].map { $0 }
                let fence = block.fence.fitting(outputLines)
                if fence != block.fence { result[result.count - 1] = fence.openingLine }
                result += outputLines
                result.append(fence == block.fence ? lines[block.closing] : fence.closingLine)
                copied = block.closing + 1
            } else {
                result += lines[copied...cell.closingFence].map { $0 }
                let fence = Fence(marker: "`", length: 3, indent: "", info: "text").fitting(outputLines)
                result += ["", fence.openingLine] + outputLines + [fence.closingLine]
                copied = cell.closingFence + 1
            }
        }
        result += lines[copied...].map { $0 }
        return result.joined(separator: "\n")
    }

    /// An output as the lines a block holds: trailing whitespace of each line and leading and
    /// trailing empty lines removed.
    public static func normalizedLines(_ output: String) -> [String] {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailingWhitespace() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }
}

/// What can be wrong with a notebook's text.
public enum NotebookError: Error, Hashable, CustomStringConvertible {
    /// A fenced block is never closed.
    case unclosedFence(file: String, line: Int)
    /// A command line cannot be split into arguments (an unclosed quote).
    case unclosedQuote(file: String, line: Int, text: String)

    public var description: String {
        switch self {
        case .unclosedFence(let file, let line):
            return "\(file):\(line): the fenced block opened here is never closed"
        case .unclosedQuote(let file, let line, let text):
            return "\(file):\(line): unclosed quote in the command '\(text)'"
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })).trimmingTrailingWhitespace()
    }

    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
