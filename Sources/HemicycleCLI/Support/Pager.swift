import Foundation

/// Shows long output through a pager (`less`) when a person reads it on a terminal, the way `git`
/// does: only when standard output is a terminal, the text is taller than the terminal, and
/// neither `--no-pager` nor `NO_PAGER` asks otherwise. Captured output (notebooks, tests, a
/// collecting ``TextSink``) and pipes are never paged.
enum Pager {
    /// The pager used when `$PAGER` is unset: `-F` quits at once if the text fits after all,
    /// `-R` keeps colours, `-X` leaves the text on screen after quitting.
    static let defaultCommand = "less -FRX"

    /// The shell command to page through, or nil to write the text directly.
    ///
    /// - Parameters:
    ///   - lineCount: the text's height in terminal rows (a count of rows, wrapping included),
    ///     evaluated only when the output is a terminal that paging is not disabled for.
    ///   - terminalHeight: the terminal's height in rows, nil when unknown.
    ///   - isTerminal: whether the output is a terminal (never true for a collecting sink).
    ///   - disabled: `--no-pager`.
    ///   - environment: the process environment (`PAGER`, `NO_PAGER`).
    static func command(
        lineCount: @autoclosure () -> Int, terminalHeight: Int?, isTerminal: Bool, disabled: Bool, environment: [String: String]
    ) -> String? {
        guard isTerminal, !disabled, environment["NO_PAGER"] == nil else { return nil }
        // Counted only now: counting characters of a long report is wasted when it goes to a pipe.
        guard let height = terminalHeight, lineCount() > height else { return nil }
        let command = environment["PAGER"] ?? defaultCommand
        // As git does: an empty PAGER or `cat` means "no pager", and spawning one would be waste.
        let trimmed = command.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != "cat" else { return nil }
        return command
    }

    /// The number of terminal rows `text` takes at `width` columns (a long line wraps onto several
    /// rows); each line counts as one row when the width is unknown.
    static func rowCount(of text: String, width: Int?) -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        guard let width, width > 0 else { return lines.count }
        // Characters approximate columns: wide glyphs are rare in these reports, and an
        // underestimate only means `less -F` decides instead.
        return lines.reduce(0) { $0 + max(1, ($1.count + width - 1) / width) }
    }

    /// The terminal's height in rows, when standard output is one.
    static var terminalHeight: Int? {
        guard Console.output.isTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init)
    }

    /// Writes `text` to the command's output, through the pager when ``command(lineCount:terminalHeight:isTerminal:disabled:environment:)``
    /// says so; falls back to writing directly when the pager cannot be started.
    static func write(_ text: String, disabled: Bool) {
        let output = Console.output
        let pager = command(
            lineCount: rowCount(of: text, width: Console.terminalWidth), terminalHeight: terminalHeight,
            isTerminal: output.isTerminal, disabled: disabled, environment: ProcessInfo.processInfo.environment)
        guard let pager, page(text, through: pager) else {
            output.write(text)
            return
        }
    }

    /// Runs `sh -c pager` with `text` on its standard input and waits for it; false if it could
    /// not be started or was not found.
    private static func page(_ text: String, through pager: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        var environment = ProcessInfo.processInfo.environment
        // Like git: `less` without `LESS` set would drop colours and clear the screen.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return false
        }
        // Quitting the pager early closes the pipe: ignore SIGPIPE so the write fails quietly
        // instead of killing hemicycle.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        // 127: the shell did not find the pager (no `less` installed); show the text anyway.
        return !(process.terminationReason == .exit && process.terminationStatus == 127)
    }
}
